package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest extends CommandLineTest {
    @Override
    protected Path dataFolder() {
        return data.resolve("db");
    }

    @TempDir
    Path files;

    private JsonNode byFile(JsonNode array, String prefix) {
        for (JsonNode n : array) {
            if (Path.of(n.get("file").asText()).getFileName().toString().startsWith(prefix)) {
                return n;
            }
        }
        throw new AssertionError("no " + prefix + " in " + array);
    }

    @Test
    void dryRunJsonOnTheSeedsGivesTheAgreedFieldsAndStoresNothing() throws Exception {
        assertThat(run("import", "--dry-run", "--json", "seeds/")).as(err).isZero();
        JsonNode all = json.readTree(out);
        assertThat(all).hasSize(4);

        JsonNode motion = byFile(all, "001_");
        assertThat(motion.get("kind").asText()).isEqualTo("motion");
        assertThat(motion.get("submitted").asText()).isEqualTo("2015-02-16");
        assertThat(motion.get("place").asText()).isEqualTo("Stenungsund");
        assertThat(motion.get("authors")).extracting(a -> a.get("name").asText() + " (" + a.get("party").asText() + ")")
                .containsExactly("Jan Alexandersson (V)", "Emma Ramhult (V)");
        assertThat(motion.get("proposals")).hasSize(6);
        assertThat(motion.get("warnings")).isEmpty();

        JsonNode answer = byFile(all, "002_");
        assertThat(answer.get("kind").asText()).isEqualTo("interpellation");
        assertThat(answer.get("questions")).hasSize(3);
        assertThat(answer.get("answer").asText()).startsWith("Sävsjö kommun har idag");
        assertThat(answer.get("missing")).extracting(JsonNode::asText).contains("submitted");

        JsonNode referral = byFile(all, "004_");
        assertThat(referral.get("kind").asText()).isEqualTo("referral");
        assertThat(referral.get("deadline").asText()).isEqualTo("2010-06-30");

        assertThat(byFile(all, "000_").get("kind").asText()).isEqualTo("speech");
        for (String field : List.of("file", "kind", "title", "submitted", "place", "authors", "addressee",
                "proposals", "questions", "answer", "deadline", "warnings")) {
            assertThat(motion.has(field)).as(field).isTrue();
        }
        assertThat(data.resolve("db")).doesNotExist();
    }

    @Test
    void realImportStoresOnceAndSaysSoTheSecondTime() throws Exception {
        assertThat(run("import", "seeds/")).as(err).isZero();
        assertThat(out).contains("Klart: 4 sparade, 0 dubbletter, 0 kunde inte läsas.");
        assertThat(run("list", "--json")).isZero();
        assertThat(json.readTree(out)).hasSize(4);

        assertThat(run("import", "--json", "seeds/001_5b9219ef532998c6.txt")).isZero();
        JsonNode again = json.readTree(out).get(0);
        assertThat(again.get("duplicate_of").isNumber()).isTrue();
        assertThat(run("list", "--json")).isZero();
        assertThat(json.readTree(out)).hasSize(4);
    }

    @Test
    void badFileIsReportedInSwedishWhileTheOthersAreImported() throws Exception {
        Files.write(files.resolve("tom.txt"), new byte[0]);
        Files.writeString(files.resolve("fraga.txt"), "Fråga till Anna Ek (C)\nVarför är simhallen stängd?\n");
        assertThat(run("import", files.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Filen tom.txt är tom.");
        assertThat(out).contains("Klart: 1 sparat, 0 dubbletter, 1 kunde inte läsas.");
        assertThat(run("import", "--dry-run", "--json", files.toString())).isEqualTo(Cli.REFUSED);
        JsonNode items = json.readTree(out);
        assertThat(byFile(items, "tom").get("error").asText()).isEqualTo("Filen tom.txt är tom.");
        assertThat(byFile(items, "fraga").get("duplicate_of").isNumber()).isTrue();
    }

    @Test
    void aScannedPaperGivesEachFieldItsOcrConfidenceInJson() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("tesseract", "--list-langs").start().waitFor() == 0, "tesseract installed");
        Files.write(files.resolve("inskannad.pdf"), se.ledamot.importer.read.ScannedPdfs.of(
                "MOTION\n\nMotion om fler bänkar i Stadsparken\n\nKungälv den 3 mars 2024\n\nAnna Ek (V)\n"));
        assertThat(run("import", "--dry-run", "--json", files.toString())).as(err).isZero();
        JsonNode ocr = json.readTree(out).get(0).get("ocr_confidence");
        assertThat(ocr.get("title").get("mean").asInt()).isBetween(60, 100);
        assertThat(ocr.get("title").get("lowest").asInt()).isLessThanOrEqualTo(ocr.get("title").get("mean").asInt());
        assertThat(ocr.get("authors").get("unsure").isBoolean()).isTrue();
        assertThat(ocr.has("submitted")).isTrue();
    }

    @Test
    void importWithoutFilesIsWrongUse() {
        assertThat(run("import")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("FIL|MAPP");
    }
}
