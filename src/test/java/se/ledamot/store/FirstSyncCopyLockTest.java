package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a folder's opening does with first-sync copies no program uses: a whole one (its lock file names the database
 * it was made from) stays for the next sync to go on with; one never made whole, and one without its lock file, go.
 * (One a running program fills stays too: {@code FirstSyncCopyTest} starts a second program beside a sync.)
 */
class FirstSyncCopyLockTest {
    @TempDir
    Path folder;

    @Test
    void theOpeningKeepsAWholeCopyAndRemovesOneNeverWholeAndOneWithoutItsLockFile() throws Exception {
        TestDatabases.local(folder).close();
        Path whole = write("ledamot-firstsync-whole.lock", "ab".repeat(32));
        Path wholeCopy = write("ledamot-firstsync-whole.mv.db", "a copy");
        Path neverWhole = write("ledamot-firstsync-cut.lock", "");
        Path neverWholeCopy = write("ledamot-firstsync-cut.mv.db", "half a copy");
        Path lockless = write("ledamot-firstsync-lockless.mv.db", "an older Ledamot's copy");

        TestDatabases.local(folder).close();

        assertThat(whole).exists();
        assertThat(wholeCopy).exists();
        assertThat(neverWhole).doesNotExist();
        assertThat(neverWholeCopy).doesNotExist();
        assertThat(lockless).doesNotExist();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }
}
