package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Limit;

/**
 * A field read from a file that is longer than the database holds is cut, with a warning in the preview, and the
 * file is stored; never an SQL error, never a folder import that stops half-way.
 */
class ImportLimitsTest extends CommandLineTest {
    private static final String LONG_PLACE = "Ö" + "a".repeat(250);

    @TempDir
    Path files;

    private Path motion(String name, String topic, String place) throws Exception {
        return Files.writeString(files.resolve(name), """
                Motion om %s

                Vi föreslår att kommunfullmäktige beslutar
                att en plan tas fram

                %s, 16 februari 2015

                Anna Ek (V)
                """.formatted(topic, place));
    }

    @Test
    void aTooLongPlaceIsCutWithAWarningInThePreviewAndThenStored() throws Exception {
        Path file = motion("lang-ort.txt", "cykelvägar", LONG_PLACE);
        assertThat(run("import", "--dry-run", "--json", file.toString())).as(err).isZero();
        JsonNode preview = json.readTree(out).get(0);
        assertThat(preview.get("place").asText()).hasSize(Limit.PLACE.max()).startsWith("Öaaa").endsWith("…");
        assertThat(preview.get("warnings")).extracting(JsonNode::asText).contains(
                "Fältet ”ort” var längre än de 200 tecken som får plats och har kortats. Hela texten finns kvar i "
                        + "dokumentet; kontrollera fältet.");

        assertThat(run("import", file.toString())).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(out).contains("Klart: 1 sparat, 0 dubbletter, 0 kunde inte läsas.")
                .contains("Fältet ”ort” var längre än de 200 tecken");
        assertThat(run("list", "--json")).isZero();
        assertThat(json.readTree(out).get(0).get("place").asText()).hasSize(Limit.PLACE.max());
    }

    @Test
    void aFolderWithATooLongPlaceIsImportedWhole() throws Exception {
        motion("a-lang-ort.txt", "cykelvägar", LONG_PLACE);
        motion("b-kort-ort.txt", "gångvägar", "Stenungsund");
        assertThat(run("import", files.toString())).as(err).isZero();
        assertThat(out).contains("Klart: 2 sparade, 0 dubbletter, 0 kunde inte läsas.");
    }

    @Test
    void aDateOutOfRangeInAFileIsLeftOutWithAWarning() throws Exception {
        Path file = Files.writeString(files.resolve("fel-ar.txt"), """
                Motion om cykelvägar

                Vi föreslår att kommunfullmäktige beslutar
                att en plan för cykelvägar tas fram

                Stenungsund, 16 februari 1066

                Anna Ek (V)
                """);
        assertThat(run("import", "--dry-run", "--json", file.toString())).as(err).isZero();
        JsonNode preview = json.readTree(out).get(0);
        assertThat(preview.get("submitted").isNull()).isTrue();
        assertThat(preview.get("warnings")).extracting(JsonNode::asText).contains(
                "Datumet 1066-02-16 för ”inlämnad” ligger utanför åren 1900–2200 och har tagits bort. Ange datum "
                        + "själv.");
    }
}
