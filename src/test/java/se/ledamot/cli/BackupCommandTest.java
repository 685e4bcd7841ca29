package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.service.FolderLock;

/** backup, restore and their previews on the command line, as a script or a councillor uses them. */
class BackupCommandTest extends CommandLineTest {
    @TempDir
    Path elsewhere;

    private void twoMatters() {
        assertThat(run("add", "--kind", "motion", "--title", "Motion om cykelvägar")).isZero();
        assertThat(run("add", "--kind", "question", "--title", "Fråga om simhallen")).isZero();
    }

    @Test
    void aBackupToAFileRestoredIntoAWipedFolderGivesTheSameRegister() throws Exception {
        twoMatters();
        assertThat(run("list", "--json")).isZero();
        String before = out;
        Path copy = elsewhere.resolve("kopia.zip");
        assertThat(run("backup", "-o", copy.toString())).isZero();
        assertThat(out.strip()).isEqualTo("Säkerhetskopia sparad: " + copy);

        try (Stream<Path> all = Files.walk(data)) {
            all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(data)).forEach(p -> p.toFile().delete());
        }
        assertThat(run("restore", "--preview", copy.toString())).isZero();
        assertThat(out).contains("Ärenden: 2 (och 0 i papperskorgen)")
                .contains("Senast tillagda ärende: ”Fråga om simhallen”").contains("Skyddad med lösenord: nej");
        // When it was made, written out as every message says a moment.
        assertThat(out).containsPattern("Gjord den \\d{1,2} [a-zåäö]+ \\d{4} kl\\. \\d{2}\\.\\d{2}");
        assertThat(data.resolve("ledamot.mv.db")).doesNotExist();

        assertThat(run("restore", copy.toString())).isZero();
        assertThat(out).contains("Säkerhetskopian är återställd. Datamappen hade ingen databas innan.");
        assertThat(run("list", "--json")).isZero();
        assertThat(out).isEqualTo(before);
    }

    @Test
    void aRestoreSavesWhatWasThereFirstAndListsItAmongTheBackups() throws Exception {
        twoMatters();
        assertThat(run("backup")).isZero();
        Path backup = Path.of(out.strip().substring("Säkerhetskopia sparad: ".length()));
        assertThat(run("add", "--kind", "motion", "--title", "Skriven efter kopian")).isZero();

        assertThat(run("restore", backup.toString())).isZero();
        assertThat(out).contains("Det som fanns innan sparades i ").contains("-fore-aterstallning.zip");
        assertThat(run("list")).isZero();
        assertThat(out).doesNotContain("Skriven efter kopian");
        assertThat(run("backup", "--list")).isZero();
        assertThat(out).contains("egen").contains("före återställning");
    }

    @Test
    void noRestoreUnderAnOpenWindowAndNoRawErrorForABadFile() throws Exception {
        twoMatters();
        assertThat(run("backup")).isZero();
        Path backup = Path.of(out.strip().substring("Säkerhetskopia sparad: ".length()));
        try (FolderLock window = FolderLock.tryAcquire(data).orElseThrow()) {
            assertThat(run("restore", backup.toString())).isEqualTo(Cli.REFUSED);
            assertThat(err).startsWith("Ledamot-fönstret har datamappen");
        }
        Path junk = Files.writeString(elsewhere.resolve("junk.zip"), "inte en zip");
        assertThat(run("restore", junk.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err.strip()).isEqualTo(junk + " är ingen säkerhetskopia från Ledamot.");
    }

    @Test
    void aBackupFolderWhoseParentIsMissingIsRefusedAndNothingIsWritten() throws Exception {
        twoMatters();
        Path settings = data.resolve("settings.properties");
        String before = Files.exists(settings) ? Files.readString(settings) : null;
        // A USB stick that is not mounted: its mount point is missing, so the folder on it cannot be meant here.
        Path stick = elsewhere.resolve("USB-MINNE").resolve("ledamot");
        assertThat(run("backup", "--folder", stick.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err.strip()).isEqualTo("Mappen " + elsewhere.resolve("USB-MINNE") + " finns inte, så "
                + stick + " kan inte bli mapp för säkerhetskopior. Sitter USB-minnet i? Välj en mapp som finns, "
                + "eller en ny mapp i en som finns.");
        assertThat(elsewhere.resolve("USB-MINNE")).doesNotExist();
        assertThat(Files.exists(settings) ? Files.readString(settings) : null).isEqualTo(before);
        assertThat(run("backup")).isZero();
        assertThat(out).doesNotContain(stick.toString());

        // A new folder in one that exists is made, as before.
        Path fresh = elsewhere.resolve("kopior");
        assertThat(run("backup", "--folder", fresh.toString())).isZero();
        assertThat(run("backup")).isZero();
        assertThat(out.strip()).startsWith("Säkerhetskopia sparad: " + fresh);
    }

    @Test
    void aBackupWithTheStickOutIsMadeOnTheComputerAndSaysWhereAndWhy() throws Exception {
        twoMatters();
        Path mount = Files.createDirectories(elsewhere.resolve("USB-MINNE"));
        Path stick = mount.resolve("ledamot");
        assertThat(run("backup", "--folder", stick.toString())).isZero();
        Files.delete(mount); // pulled out

        assertThat(run("backup")).isZero();

        assertThat(mount).as("never made on the laptop's own disk").doesNotExist();
        Path made = Path.of(out.lines().findFirst().orElseThrow().substring("Säkerhetskopia sparad: ".length()));
        assertThat(made.getParent()).isEqualTo(data.resolve("säkerhetskopior"));
        assertThat(out).contains("USB-minnet").contains(stick.toString());
        assertThat(run("backup", "--list")).isZero();
        assertThat(out).contains(made.getFileName().toString());
    }
}
