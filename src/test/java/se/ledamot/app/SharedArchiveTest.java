package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedArchiveTest {
    @TempDir
    Path home;

    @AfterEach
    void clearProperty() {
        System.clearProperty(SharedArchive.PROPERTY);
    }

    @Test
    void theFolderOfTheStartUpCacheIsMadeSoTheJvmCanWriteItAtExit() {
        Path archive = home.resolve(".cache/ledamot/ledamot.jsa");
        System.setProperty(SharedArchive.PROPERTY, archive.toString());

        SharedArchive.prepareFolder();

        assertThat(archive.getParent()).isDirectory();
        assertThat(archive).doesNotExist();
    }
}
