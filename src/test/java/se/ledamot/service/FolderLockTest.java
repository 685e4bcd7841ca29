package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondWindowOnTheSameFolderIsRefusedUntilTheFirstCloses() throws Exception {
        Optional<FolderLock> first = FolderLock.tryAcquire(folder);
        assertThat(first).isPresent();
        assertThat(FolderLock.tryAcquire(folder)).isEmpty();
        first.get().close();
        Optional<FolderLock> again = FolderLock.tryAcquire(folder);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void anotherFolderIsNotLocked(@TempDir Path other) throws Exception {
        try (FolderLock a = FolderLock.tryAcquire(folder).orElseThrow();
                FolderLock b = FolderLock.tryAcquire(other).orElseThrow()) {
            assertThat(a).isNotSameAs(b);
        }
    }
}
