package se.ledamot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ledamot.store.jooq.Tables.MATTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 compacts its file when it is closed unless told not to. That cost every command seconds at 100 000 matters even
 * when it only read (issue 15), and a process killed while the compaction moved chunks lost the matter it had just
 * reported saved ({@code KillAtEveryWriteTest}). So no close compacts in place: a turn that only read leaves the file
 * as it was, and a file that has doubled since it was last compacted is compacted after a write, into a copy renamed
 * over it ({@link CompactInCopy}), so a file written turn after turn does not grow without end.
 */
class CloseWithoutCompactionTest {
    private static final int TURNS = 40;
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
    void aTurnThatWroteToAMostlyDeadFileHasItCompactedInACopy() throws Exception {
        untidyDatabase();
        Path file = DatabaseFile.in(folder);
        long before = Files.size(file);
        try (Database db = TestDatabases.local(folder)) {
            db.dsl().execute("delete from junk where id = 1");
        }
        assertTrue(Files.size(file) * 2 < before, "not compacted: " + before + " -> " + Files.size(file) + " bytes");
        assertFalse(Files.exists(folder.resolve(CompactInCopy.LEFTOVER)));
        if (PrivateFiles.posix(file)) {
            assertEquals(PrivateFiles.FILE, Files.getPosixFilePermissions(file));
        }
        try (Database db = TestDatabases.local(folder)) {
            assertEquals(9, db.dsl().fetchCount(db.dsl().selectFrom("junk")));
        }
    }

    /**
     * The generator writes its rows through plain JDBC and commits every so many matters (here 500): its program is
     * still seen to have written, so the file it leaves is compacted when it is done. Before, the folder kept every
     * dead page (a generated 100 000-matter folder was 1.45 GB) and was never measured for later compactions.
     */
    @Test
    void aFolderTheGeneratorFilledIsCompactedWhenItIsDone() throws Exception {
        Path file = DatabaseFile.in(folder);
        long written;
        try (Database db = TestDatabases.local(folder)) {
            new se.ledamot.store.generate.CouncilGenerator(db.dsl(), java.time.LocalDate.parse("2026-11-25"), 15, 500)
                    .generate(3_000, n -> { });
            written = Files.size(file);
        }
        assertTrue(written > CompactInCopy.SMALLEST, "wrote only " + written + " bytes");
        assertTrue(Files.size(file) * 2 < written, "not compacted: " + written + " -> " + Files.size(file) + " bytes");
        assertEquals(Files.size(file), FolderSettings.read(folder).compactedSize().orElseThrow());
        try (Database db = TestDatabases.local(folder)) {
            assertEquals(3_000, db.dsl().fetchCount(MATTER));
        }
    }

    /**
     * A password-protected file is compacted too, and stays protected: the copy keeps the key's stretch in its first
     * block (the password opens it, nothing typed is readable in it) and every row. Before, a protected folder's file
     * was never compacted and grew with every change.
     */
    @Test
    void aProtectedFileIsCompactedAndStaysProtected() throws Exception {
        PasswordSource password = ProtectionTest.always("rätt hästbatteri");
        try (Database db = TestDatabases.local(folder)) {
            db.protect("rätt hästbatteri".toCharArray());
        }
        Path file = DatabaseFile.in(folder);
        FileKey.Stretch stretch = FileKey.stretchOf(file).orElseThrow();
        try (Database db = Database.open(folder, TestDatabases.options().withPasswords(password))) {
            db.dsl().execute("create table junk (id int primary key, text varchar(4000))");
        }
        long largest = 0;
        try (Database db = Database.open(folder, TestDatabases.options().withPasswords(password))) {
            for (int round = 0; round < 3; round++) {
                db.dsl().execute("merge into junk key (id) select x, 'Zyxwvut " + round + "' || repeat('x', 3900)"
                        + " from system_range(0, 1499)");
                largest = Math.max(largest, Files.size(file));
            }
            db.dsl().execute("delete from junk where id >= 9");
        }
        assertTrue(largest > 2 * CompactInCopy.SMALLEST, "grew to " + largest + " bytes only");
        assertTrue(Files.size(file) < CompactInCopy.SMALLEST, "not compacted: " + Files.size(file) + " bytes");
        assertFalse(Files.exists(folder.resolve(CompactInCopy.LEFTOVER)));
        assertEquals(stretch, FileKey.stretchOf(file).orElseThrow());
        assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Zyxwvut"));
        try (Database db = Database.open(folder, TestDatabases.options().withPasswords(password))) {
            assertTrue(db.isProtected());
            assertEquals(9, db.dsl().fetchCount(db.dsl().selectFrom("junk")));
        }
    }

    @Test
    void aFileWrittenTurnAfterTurnDoesNotGrowWithoutEnd() throws Exception {
        TestDatabases.local(folder).close();
        Path file = DatabaseFile.in(folder);
        long largest = 0;
        for (int turn = 1; turn <= TURNS; turn++) {
            try (Database db = TestDatabases.local(folder)) {
                if (turn == 1) {
                    db.dsl().execute("create table junk (id int primary key, text varchar(4000))");
                }
                for (int row = 0; row < 50; row++) {
                    db.dsl().execute("merge into junk key (id) values (?, ?)", row, turn + "x".repeat(3900));
                }
            }
            largest = Math.max(largest, Files.size(file));
        }
        System.out.printf("close without compaction: %d turns each rewriting 50 rows of 4 KB: at most %d KiB, %d KiB"
                + " at the end%n", TURNS, largest / 1024, Files.size(file) / 1024);
        assertTrue(largest <= 2 * CompactInCopy.SMALLEST, "the file grew to " + largest + " bytes");
    }

    /**
     * A database as a program that never compacted would leave it: many rows written, rewritten and removed after
     * Ledamot last measured it.
     */
    private void untidyDatabase() throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            db.dsl().execute("create table junk (id int primary key, text varchar(4000))");
        }
        Path base = folder.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MAX_COMPACT_TIME=0", "sa", "");
                Statement s = c.createStatement()) {
            for (int round = 0; round < 3; round++) {
                s.execute("merge into junk key (id) select x, '" + round + "' || repeat('x', 3900)"
                        + " from system_range(0, 1499)");
            }
            s.execute("delete from junk where id >= 10");
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
