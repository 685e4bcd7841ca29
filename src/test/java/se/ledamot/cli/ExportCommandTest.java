package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export -o and import of an export on the command line: out of one data folder, into a new one, the same. */
class ExportCommandTest extends CommandLineTest {
    @TempDir
    Path elsewhere;

    @Test
    void anExportImportedIntoANewFolderListsTheSameMattersWithTheSameIds() throws Exception {
        assertThat(run("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--author", "Eva Berg (S)"))
                .isZero();
        assertThat(run("add", "--kind", "question", "--title", "Fråga om simhallen")).isZero();
        assertThat(run("list", "--json")).isZero();
        String before = out;
        Path export = elsewhere.resolve("export");

        assertThat(run("export", "-o", export.toString())).isZero();
        assertThat(out.strip()).startsWith("Exporterat till " + export + ": ").contains("2 ärenden");
        assertThat(export.resolve("matter.jsonl")).exists();
        assertThat(export.resolve("FORMAT.md")).exists();

        Path other = elsewhere.resolve("ny-datamapp");
        assertThat(runWithoutData("import", "--dry-run", export.toString(), "--data", other.toString())).isZero();
        assertThat(out).contains("2 ärenden");
        assertThat(runWithoutData("import", export.toString(), "--data", other.toString())).isZero();
        assertThat(out.strip()).startsWith("Exporten i " + export + " är inläst: ").contains("2 ärenden");
        assertThat(runWithoutData("list", "--json", "--data", other.toString())).isZero();
        assertThat(out).isEqualTo(before);
    }

    @Test
    void anExportIsNotReadIntoAFolderWithDataNorWrittenIntoAFolderWithFiles() throws Exception {
        assertThat(run("add", "--kind", "motion", "--title", "Motion om cykelvägar")).isZero();
        Path export = elsewhere.resolve("export");
        assertThat(run("export", "-o", export.toString())).isZero();

        assertThat(run("import", export.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("En export kan bara läsas in i en tom datamapp").doesNotContain("Exception");
        assertThat(run("list", "--json")).isZero();
        assertThat(json.readTree(out)).hasSize(1);

        Path full = Files.createDirectories(elsewhere.resolve("full"));
        Files.writeString(full.resolve("annat.txt"), "annat");
        assertThat(run("export", "-o", full.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Mappen " + full + " finns redan och är inte tom.");
        assertThat(full.resolve("annat.txt")).hasContent("annat");
    }
}
