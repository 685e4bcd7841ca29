package se.ledamot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives back the space that changes left dead in the H2 file, without ever rewriting the file in place. H2's
 * close-time compaction moves chunks inside the live file, and a process killed meanwhile lost what it had just
 * saved ({@code KillAtEveryWriteTest}); so every connection is opened without it (see {@link DatabaseUrl}), and when
 * the file is mostly dead space it is compacted the way {@code SHUTDOWN COMPACT} does it: the live pages are copied
 * into {@code ledamot.mv.db.tempFile}, which is renamed over the file only when complete. A crash meanwhile leaves
 * the old file whole and the copy is removed at the next start.
 */
final class CompactInCopy {
    /** Below this a file is left as it is: the copy would cost more than the space it gives back. */
    static final long SMALLEST = 8L << 20;
    /** Compacted when less than this share of the space in the file's chunks is live (H2's CHUNKS_FILL_RATE). */
    static final int FILL_RATE = 50;
    static final String LEFTOVER = Database.FILE_NAME + DatabaseUrl.SUFFIX + ".tempFile";

    private CompactInCopy() {
    }

    /** Whether the open database, as this connection sees it, is worth compacting when it is closed. */
    static boolean worthIt(Connection c) throws SQLException {
        long size = 0;
        int fill = 100;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM"
                + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2));
                } else {
                    fill = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return size >= SMALLEST && fill < FILL_RATE;
    }

    /**
     * Opens the closed file alone and closes it with a compaction into a copy. Ledamot's own header of a file
     * protected by a password (the key's stretch) would not survive H2's copy, so such a file is left as it is.
     */
    static void run(DatabaseUrl url) throws SQLException {
        if (url.key() != null) {
            return;
        }
        try (Connection c = url.connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }
}
