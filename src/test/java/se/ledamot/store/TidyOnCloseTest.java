package se.ledamot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ledamot.store.jooq.Tables.MATTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 compacts its file whenever it is closed, which at 100 000 matters cost every command seconds even when it only
 * read (issue 15: {@code show} grew with the file). A turn that only reads leaves the file as it was but for H2's
 * header and the small chunk it writes at every close; a turn that wrote still has the file compacted, so it does not
 * grow without end. Compaction rewrites over a thousand of the 4 KiB blocks of the file made here on an idle machine
 * (it has a time budget: 70 under heavy load), a close without it a handful.
 */
class TidyOnCloseTest {
    private static final int BLOCK = 4096;
    /** The two headers at the start and a closing chunk of a few blocks at the end. */
    private static final int SMALL_CHANGE = 16;

    @TempDir
    Path folder;

    @Test
    void aTurnThatOnlyReadsLeavesTheFileAsItWas() throws Exception {
        untidyDatabase();
        Path file = DatabaseFile.in(folder);
        byte[] before = Files.readAllBytes(file);
        try (Database db = TestDatabases.local(folder)) {
            assertEquals(0, db.dsl().fetchCount(MATTER));
        }
        int rewritten = blocksChanged(before, Files.readAllBytes(file));
        assertTrue(rewritten <= SMALL_CHANGE, rewritten + " blocks rewritten by a turn that only read");
    }

    @Test
    void aTurnThatWroteTidiesTheFile() throws Exception {
        untidyDatabase();
        Path file = DatabaseFile.in(folder);
        byte[] before = Files.readAllBytes(file);
        try (Database db = TestDatabases.local(folder)) {
            db.dsl().execute("delete from junk where id = 1");
        }
        int rewritten = blocksChanged(before, Files.readAllBytes(file));
        assertTrue(rewritten > SMALL_CHANGE, "not compacted after a write: " + rewritten + " blocks rewritten");
    }

    /** A database as a program that never compacted would leave it: many rows written, rewritten and removed. */
    private void untidyDatabase() throws Exception {
        TestDatabases.local(folder).close();
        Path base = folder.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MAX_COMPACT_TIME=0", "sa", "");
                Statement s = c.createStatement()) {
            s.execute("create table junk (id int primary key, text varchar(4000))");
            String text = "x".repeat(2000);
            for (int round = 0; round < 4; round++) {
                try (PreparedStatement p = c.prepareStatement("merge into junk key (id) values (?, ?)")) {
                    for (int i = 0; i < 3000; i++) {
                        p.setInt(1, i);
                        p.setString(2, round + text);
                        p.executeUpdate();
                    }
                }
            }
            s.execute("delete from junk where id >= 100");
        }
    }

    /** How many 4 KiB blocks differ between two versions of the file (a longer one's tail counts as changed). */
    private static int blocksChanged(byte[] a, byte[] b) {
        int blocks = (Math.max(a.length, b.length) + BLOCK - 1) / BLOCK;
        int changed = 0;
        for (int i = 0; i < blocks; i++) {
            int from = i * BLOCK;
            if (!java.util.Arrays.equals(a, Math.min(from, a.length), Math.min(from + BLOCK, a.length),
                    b, Math.min(from, b.length), Math.min(from + BLOCK, b.length))) {
                changed++;
            }
        }
        return changed;
    }
}
