package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CliTest extends CommandLineTest {

    private JsonNode listJson() throws Exception {
        assertThat(run("list", "--json")).isZero();
        return json.readTree(out);
    }

    @Test
    void addedMotionIsListedAsJsonWithTheAgreedNames() throws Exception {
        assertThat(run("add", "--kind", "motion", "--title", "Motion om att upprätta en integrationsplan",
                "--submitted", "2015-02-16", "--author", "Jan Alexandersson (V)", "--author", "Emma Ramhult (V)",
                "--proposal", "att en integrationsplan tas fram", "--proposal", "arbetet ges hög prioritet"))
                .as(err).isZero();
        long id = Long.parseLong(out.strip());

        JsonNode m = listJson().get(0);
        assertThat(m.get("id").asLong()).isEqualTo(id);
        assertThat(m.get("kind").asText()).isEqualTo("motion");
        assertThat(m.get("title").asText()).isEqualTo("Motion om att upprätta en integrationsplan");
        assertThat(m.get("submitted").asText()).isEqualTo("2015-02-16");
        assertThat(m.get("authors").get(1).get("name").asText()).isEqualTo("Emma Ramhult");
        assertThat(m.get("authors").get(1).get("party").asText()).isEqualTo("V");
        assertThat(m.get("addressee").isNull()).isTrue();
        assertThat(m.get("proposals")).extracting(JsonNode::asText)
                .containsExactly("en integrationsplan tas fram", "arbetet ges hög prioritet");
        assertThat(m.get("questions")).isEmpty();
        assertThat(m.get("status").asText()).isEqualTo("submitted");
        assertThat(m.get("deadline").asText()).isEqualTo("2016-02-16");
        assertThat(m.has("number")).isTrue();
    }

    @Test
    void interpellationHasAnAddresseeAndQuestions() throws Exception {
        assertThat(run("add", "--kind", "interpellation", "--title", "Interpellation om integrationsenheten",
                "--to", "Anna Ek (C)", "--question", "Hur långt har arbetet kommit?")).isZero();
        assertThat(run("show", out.strip(), "--json")).isZero();
        JsonNode m = json.readTree(out);
        assertThat(m.get("addressee").get("name").asText()).isEqualTo("Anna Ek");
        assertThat(m.get("addressee").get("party").asText()).isEqualTo("C");
        assertThat(m.get("questions").get(0).asText()).isEqualTo("Hur långt har arbetet kommit?");
        assertThat(m.get("status").asText()).isEqualTo("draft");
    }

    @Test
    void showNamesAnAddresseeGivenOnlyByRoleWithoutEmptyParts() throws Exception {
        java.nio.file.Path file = data.resolve("fraga.txt");
        java.nio.file.Files.writeString(file, "Fråga till kommunstyrelsens ordförande om simhallen\n\n"
                + "Varför är simhallen stängd?\n\nAnna Ek (C)\n");
        assertThat(run("import", file.toString())).as(err).isZero();
        assertThat(run("show", "1")).isZero();
        assertThat(out).contains("Ställd till:     kommunstyrelsens ordförande\n").doesNotContain(", ,");
        assertThat(run("add", "--kind", "question", "--title", "Fråga om badet", "--to", "Per Lund (S)")).isZero();
        assertThat(run("show", out.strip())).isZero();
        assertThat(out).contains("Ställd till:     Per Lund (S)\n");
    }

    @Test
    void listFiltersByKindStatusAndText() throws Exception {
        run("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-01-10");
        run("add", "--kind", "question", "--title", "Fråga om simhallen");
        assertThat(run("list", "--json", "--kind", "question")).isZero();
        assertThat(json.readTree(out)).extracting(n -> n.get("title").asText()).containsExactly("Fråga om simhallen");
        assertThat(run("list", "--json", "--query", "CYKEL")).isZero();
        assertThat(json.readTree(out)).extracting(n -> n.get("title").asText()).containsExactly("Motion om cykelvägar");
        assertThat(run("list", "--json", "--status", "draft")).isZero();
        assertThat(json.readTree(out)).hasSize(1);
        assertThat(run("list")).isZero();
        assertThat(out).contains("Motion om cykelvägar").contains("Fråga om simhallen").contains("Inlämnad");
        // As the register's search field finds it: word forms and compounds (the search index), with the filters.
        run("add", "--kind", "motion", "--title", "Motion om att upprätta en integrationsplan");
        assertThat(run("list", "--json", "--query", "plan för integration")).isZero();
        assertThat(json.readTree(out)).extracting(n -> n.get("title").asText())
                .containsExactly("Motion om att upprätta en integrationsplan");
        assertThat(run("list", "--json", "--query", "cykelvägen", "--kind", "question")).isZero();
        assertThat(json.readTree(out)).isEmpty();
    }

    @Test
    void unknownKindIsRefusedInSwedishAndNothingIsStored() throws Exception {
        assertThat(run("add", "--kind", "proposition", "--title", "X")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Okänd ärendetyp ”proposition”").contains("motion, interpellation");
        assertThat(listJson()).isEmpty();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedAndNothingIsStored() throws Exception {
        assertThat(run("add", "--kind", "motion", "--title", "X", "--submitted", "2025-02-30"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("”2025-02-30” är inget giltigt datum");
        assertThat(listJson()).isEmpty();
    }

    @Test
    void aMissingOrBlankTitleIsRefused() throws Exception {
        assertThat(run("add", "--kind", "motion")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Det saknas ett värde för --title");
        assertThat(run("add", "--kind", "motion", "--title", "  ")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Ärendet måste ha en rubrik.");
        assertThat(listJson()).isEmpty();
    }

    @Test
    void showOfAnUnknownMatterSaysSo() {
        assertThat(run("show", "42")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns inget ärende med nummer 42.");
    }

    @Test
    void everyCommandHasSwedishHelp() {
        for (String command : new String[] {"list", "show", "add"}) {
            assertThat(run(command, "--help")).isZero();
            assertThat(out).contains("Användning:").contains("--data").contains("--help");
        }
        assertThat(out).contains("Lägger till ett ärende.");
    }

    @Test
    void noSubcommandOpensTheWindow() {
        assertThat(run()).isZero();
        assertThat(windowOpened).isTrue();
    }

    /** {@code ledamot --data DIR} names the folder, so the window opens it rather than the server worked on last. */
    @Test
    void theWindowHearsWhetherDataNamedItsFolder() {
        assertThat(run()).isZero();
        assertThat(windowFolderNamed).isTrue();
        assertThat(runWithoutData()).isZero();
        assertThat(windowFolderNamed).isFalse();
    }
}
