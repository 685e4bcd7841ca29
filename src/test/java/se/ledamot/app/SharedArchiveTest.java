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

        assertThat(SharedArchive.prepareFolder()).as("the JVM can write it").isTrue();

        assertThat(archive.getParent()).isDirectory();
        assertThat(archive).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInSwedishAndStartsAnyway() throws Exception {
        Path file = home.resolve("fil");
        java.nio.file.Files.writeString(file, "x");
        System.setProperty(SharedArchive.PROPERTY, file.resolve("ledamot/ledamot.jsa").toString());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(SharedArchive.prepareFolder()).as("the JVM cannot write it").isFalse();
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("snabbare start")
                .contains(file.resolve("ledamot").toString());
    }
}
