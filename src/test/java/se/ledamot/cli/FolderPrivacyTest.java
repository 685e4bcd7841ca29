package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder is the user's alone whatever the umask: folder 0700, every file 0600 (database, lock file,
 * settings, backups), and no trace file. Run with umask 000, the most open there is.
 */
class FolderPrivacyTest {
    @TempDir
    Path root;

    private AppProcess.Result withOpenUmask(Path data, String... args) {
        ProcessBuilder ledamot = AppProcess.ledamot(data, args);
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\""));
        shell.addAll(ledamot.command());
        ProcessBuilder pb = new ProcessBuilder(shell);
        pb.environment().remove("LEDAMOT_LANG");
        return AppProcess.run(pb, Duration.ofSeconds(120));
    }

    @Test
    void everyFileOfTheFolderIsPrivateEvenWithAnOpenUmask() throws Exception {
        assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path data = root.resolve("ny").resolve("data");
        assertThat(withOpenUmask(data, "add", "--kind", "motion", "--title", "Motion om insyn").exit()).isZero();
        assertThat(withOpenUmask(data, "backup").exit()).isZero();
        assertThat(withOpenUmask(data, "backup", "--folder", root.resolve("usb").toString()).exit()).isZero();
        assertThat(withOpenUmask(data, "backup").exit()).isZero();

        List<String> wrong = new ArrayList<>();
        for (Path top : List.of(data, root.resolve("usb"))) {
            try (Stream<Path> all = Files.walk(top)) {
                for (Path p : all.toList()) {
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                    String wanted = Files.isDirectory(p) ? "rwx------" : "rw-------";
                    if (!mode.equals(wanted)) {
                        wrong.add(root.relativize(p) + " " + mode);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("ledamot.mv.db", "ledamot.lock",
                    "settings.properties").noneMatch(n -> n.endsWith(".trace.db"));
        }
        try (Stream<Path> backups = Files.list(root.resolve("usb"))) {
            assertThat(backups.map(p -> p.getFileName().toString()))
                    .as("the day's first backup in the new folder, and the one asked for")
                    .satisfiesExactlyInAnyOrder(n -> assertThat(n).endsWith("-dag.zip"),
                            n -> assertThat(n).endsWith("-manuell.zip"));
        }
    }
}
