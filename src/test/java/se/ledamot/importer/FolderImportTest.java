package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder import reads every file in the folder, nothing outside it, and always ends with its summary. */
class FolderImportTest {
    private static final String QUESTION = "Fråga till Anna Ek (C)\nVarför är simhallen stängd?\nPer Lund (M)\n";

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private final Importer importer = new Importer();

    private Map<String, ImportItem> byName(List<ImportItem> items) {
        return items.stream().collect(Collectors.toMap(i -> Path.of(i.file()).getFileName().toString(),
                Function.identity()));
    }

    @Test
    void aLinkOutOfTheFolderIsLeftOutAndSaidSoWhileLinksInsideAreRead() throws Exception {
        Path secret = Files.writeString(outside.resolve("hemligt.txt"), "Motion om hemligheter\nAnna Ek (C)\n");
        Files.createDirectories(outside.resolve("mapp"));
        Path folder = Files.createDirectories(dir.resolve("import"));
        Path question = Files.writeString(folder.resolve("fraga.txt"), QUESTION);
        Files.createSymbolicLink(folder.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(folder.resolve("utanför"), outside.resolve("mapp"));
        Files.createSymbolicLink(folder.resolve("samma.txt"), question);
        Files.createSymbolicLink(folder.resolve("borta.txt"), dir.resolve("finns-inte.txt"));

        List<ImportItem> items = importer.prepare(List.of(folder), ImportProgress.NONE, () -> false);
        Map<String, ImportItem> by = byName(items);
        assertThat(by.keySet()).containsExactlyInAnyOrder("fraga.txt", "passwd.txt", "utanför", "samma.txt",
                "borta.txt");
        assertThat(by.get("passwd.txt").isSkipped()).isTrue();
        assertThat(by.get("passwd.txt").failureText()).isEqualTo("Länken passwd.txt leder till en fil utanför mappen "
                + folder + " och importerades inte.");
        assertThat(by.get("utanför").isSkipped()).isTrue();
        assertThat(by.get("samma.txt").duplicateOfFile()).isEqualTo(by.get("fraga.txt").file());
        assertThat(by.get("borta.txt").failureText()).isEqualTo("Filen borta.txt finns inte (längre).");
        assertThat(items).noneMatch(i -> i.source() != null && new String(i.source().bytes()).contains("hemligheter"));
        assertThat(ImportSummary.of(items).dryRunText()).isEqualTo(
                "Provkörning, inget sparat: 1 lästa, 1 dubblett, 1 kunde inte läsas. "
                        + "2 länkar utanför mappen hoppades över.");
    }

    /** Issue 10, defect 8: a name that is not there may have been meant as a folder; the message says neither. */
    @Test
    void aNameThatIsNotThereIsNotCalledAFile() {
        Path motioner = dir.resolve("motioner");
        List<ImportItem> items = importer.prepare(List.of(motioner), ImportProgress.NONE, () -> false);
        assertThat(items).singleElement().extracting(ImportItem::failureText)
                .isEqualTo("Det finns ingen fil eller mapp som heter " + motioner + ". Kontrollera namnet och var den ligger.");
    }

    @Test
    void aFolderNamedThroughALinkIsWalkedWhereItIs() throws Exception {
        Path real = Files.createDirectories(outside.resolve("riktig"));
        Files.writeString(real.resolve("fraga.txt"), QUESTION);
        Path link = Files.createSymbolicLink(dir.resolve("genväg"), real);
        List<ImportItem> items = importer.prepare(List.of(link), ImportProgress.NONE, () -> false);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.isFailed()).isFalse();
            assertThat(i.file()).isEqualTo(link.resolve("fraga.txt").toString());
        });
    }

    @Test
    void aPipeInTheFolderIsReportedAndNeverReadWhileTheOtherFilesAre() throws Exception {
        Path pipe = dir.resolve("rör");
        assumeThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).as("mkfifo").isZero();
        Files.writeString(dir.resolve("fraga.txt"), QUESTION);
        Map<String, ImportItem> by = byName(importer.prepare(List.of(dir), ImportProgress.NONE, () -> false));
        assertThat(by.get("rör").failureText()).startsWith("”rör” är ingen vanlig fil");
        assertThat(by.get("fraga.txt").isFailed()).isFalse();
        assertThat(importer.prepare(pipe).failureText()).startsWith("”rör” är ingen vanlig fil");
    }

    @Test
    void aFolderThatCannotBeReadIsSaidSoAndTheRestIsRead() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads every folder").isNotEqualTo("root");
        Path locked = Files.createDirectories(dir.resolve("låst"));
        Files.writeString(locked.resolve("inne.txt"), QUESTION);
        Files.writeString(dir.resolve("fraga.txt"), QUESTION);
        locked.toFile().setReadable(false);
        try {
            Map<String, ImportItem> by = byName(importer.prepare(List.of(dir), ImportProgress.NONE, () -> false));
            assertThat(by.get("låst").failureText()).contains("kunde inte gås igenom");
            assertThat(by.get("fraga.txt").isFailed()).isFalse();
        } finally {
            locked.toFile().setReadable(true);
        }
    }
}
