package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A published kallelse imported on the command line becomes the meeting with its agenda (issue 17 parts 1 and 5): a
 * text kallelse, a PDF one with wrapped item lines and a Dnr column, and a changed one (an item added, one moved);
 * each makes the expected meeting, agenda and matters, and importing it again changes nothing.
 */
class KallelseImportTest extends CommandLineTest {
    static final Path SAMPLE = Path.of("src/test/resources/kallelse/kallelse-kf-2027-02-15.txt");

    private JsonNode importJson(Path file) throws Exception {
        assertThat(run("import", "--json", file.toString())).as(err).isZero();
        JsonNode all = json.readTree(out);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<String> agenda(long meeting) {
        assertThat(run("agenda", String.valueOf(meeting))).as(err).isZero();
        return out.lines().filter(l -> l.startsWith("Punkt ")).map(String::strip).toList();
    }

    private int matterCount() throws Exception {
        assertThat(run("list", "--json")).isZero();
        return json.readTree(out).size();
    }

    @Test
    void aTextKallelseBecomesTheMeetingWithItsAgendaAndAgainChangesNothing() throws Exception {
        JsonNode first = importJson(SAMPLE);
        assertThat(first.get("type").asText()).isEqualTo("meeting");
        JsonNode meeting = first.get("meeting");
        assertThat(meeting.get("body").asText()).isEqualTo("KF");
        assertThat(meeting.get("date").asText()).isEqualTo("2027-02-15");
        assertThat(meeting.get("time").asText()).isEqualTo("18:30");
        assertThat(meeting.get("place").asText()).isEqualTo("Sessionssalen, Kommunhuset, Stenungsund");
        assertThat(meeting.get("new").asBoolean()).isTrue();
        JsonNode items = first.get("items");
        assertThat(items).hasSize(13);
        assertThat(items.get(0).get("free_text").asBoolean()).isTrue();
        assertThat(items.get(0).get("text").asText()).isEqualTo("Upprop");
        JsonNode interpellation = items.get(5);
        assertThat(interpellation.get("match").asText()).isEqualTo("new");
        assertThat(interpellation.get("matter_id").isNumber()).isTrue();
        JsonNode m = interpellation.get("matter");
        assertThat(m.get("kind").asText()).isEqualTo("interpellation");
        assertThat(m.get("number").asText()).isEqualTo("KS 2027/14");
        assertThat(m.get("title").asText()).isEqualTo("Integrationsenhetens lokaler");
        assertThat(m.get("authors").get(0).get("name").asText()).isEqualTo("Jan Alexandersson");
        assertThat(m.get("addressee").get("name").asText()).isEqualTo("Anna Lindqvist");
        assertThat(m.get("addressee").get("role").asText()).isEqualTo("kommunstyrelsens ordförande");
        assertThat(items.get(6).get("matter").get("kind").asText()).isEqualTo("question");
        assertThat(items.get(7).get("matter").get("kind").asText()).isEqualTo("motion");
        assertThat(items.get(7).get("matter").get("authors")).hasSize(2);
        assertThat(items.get(9).get("matter").get("kind").asText()).isEqualTo("citizen_proposal");
        assertThat(items.get(10).get("matter").get("kind").asText()).isEqualTo("referral");
        assertThat(items.get(11).get("matter").get("kind").asText()).isEqualTo("other");
        assertThat(items.get(12).get("free_text").asBoolean()).isTrue();
        long id = meeting.get("id").asLong();
        List<String> agenda = agenda(id);
        assertThat(agenda).hasSize(13);
        // Numbered as the window numbers them, after the body's standard items, as the kallelse printed them ("1.
        // Upprop" … "13. Meddelanden"); a § is the protokoll's number, set when the minutes are written.
        assertThat(agenda.get(0)).isEqualTo("Punkt 1   Upprop");
        assertThat(agenda.get(5)).startsWith("Punkt 6   ").contains("Integrationsenhetens lokaler");
        assertThat(agenda.get(12)).isEqualTo("Punkt 13  Meddelanden");
        // In the kallelse's own order and numbers: "4. Allmänhetens frågestund" before "5. Anmälan av nya motioner …"
        // (a standard item), not 1, 2, 3, 5, 4, 6 as when the standard item was pulled up to its usual place.
        assertThat(agenda).extracting(line -> line.split("\\s+")[1])
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(agenda.get(3)).contains("Allmänhetens frågestund");

        assertThat(matterCount()).isEqualTo(7);

        JsonNode again = importJson(SAMPLE);
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(again.get("meeting").get("id").asLong()).isEqualTo(id);
        assertThat(again.get("meeting").get("new").asBoolean()).isFalse();
        assertThat(again.get("items").get(5).get("match").asText()).isEqualTo("by_number");
        assertThat(again.get("items").get(5).get("change").asText()).isEqualTo("same");
        assertThat(agenda(id)).isEqualTo(agenda);
        assertThat(matterCount()).isEqualTo(7);
        assertThat(run("meetings")).isZero();
        assertThat(out.lines().filter(l -> l.contains("2027-02-15")).count()).isEqualTo(1);
    }

    @Test
    void theTextOutputSaysWhatWasStoredAndThenThatNothingChanged() throws Exception {
        assertThat(run("import", SAMPLE.toString())).as(err).isZero();
        assertThat(out).contains("sparat som sammanträde 1, Kommunfullmäktige 2027-02-15 kl. 18.30")
                .contains("Nytt sammanträde. 13 punkter: 7 nya ärenden, 13 nya punkter, ingen flyttad.")
                .contains("6. Interpellation från Jan Alexandersson (V) till kommunstyrelsens ordförande Anna "
                        + "Lindqvist (S) om integrationsenhetens lokaler (KS 2027/14) — nytt ärende")
                .contains("Kontrollera: punkt 6: rubrik, punkt 12: typ").contains("Klart: 1 sparat,");
        assertThat(run("import", SAMPLE.toString())).as(err).isZero();
        assertThat(out).contains("13 punkter, inget ändrat: sammanträdet och föredragningslistan finns redan så.")
                .contains("— ärende 1 (samma Dnr)");
    }

    @Test
    void aPdfKallelseWithWrappedItemsAndADnrColumnIsReadLikeTheText() throws Exception {
        Path pdf = data.resolve("kallelse-bun.pdf");
        Files.write(pdf, pdfKallelse());
        JsonNode first = importJson(pdf);
        JsonNode meeting = first.get("meeting");
        assertThat(meeting.get("body_name").asText()).isEqualTo("Barn- och utbildningsnämnden");
        assertThat(meeting.get("body").asText()).isEqualTo("BUN");
        assertThat(meeting.get("date").asText()).isEqualTo("2027-03-02");
        assertThat(meeting.get("time").asText()).isEqualTo("13:15");
        JsonNode items = first.get("items");
        assertThat(items).extracting(i -> i.get("text").asText()).containsExactly(
                "Val av justerare",
                "Godkännande av dagordningen",
                "Motion från Karin Sjöberg (C) och Olof Berg (C) om fler cykelbanor vid skolorna i centrum",
                "Fråga från Emma Ramhult (V) till barn- och utbildningsnämndens ordförande Olle Berg (M) om "
                        + "skolskjutsarna på landsbygden",
                "Remiss: Skolplan för Västra Götaland 2027–2030",
                "Meddelanden");
        assertThat(items).extracting(i -> i.get("dnr").isNull() ? null : i.get("dnr").asText())
                .containsExactly(null, null, "BUN 2027/30", "BUN 2027/41", "BUN 2027/7", null);
        JsonNode motion = items.get(2).get("matter");
        assertThat(motion.get("title").asText()).isEqualTo("Fler cykelbanor vid skolorna i centrum");
        assertThat(items.get(2).get("unsure")).extracting(JsonNode::asText).containsExactly("title");
        assertThat(items.get(3).get("matter").get("addressee").get("role").asText())
                .isEqualTo("barn- och utbildningsnämndens ordförande");
        long id = meeting.get("id").asLong();
        List<String> agenda = agenda(id);
        assertThat(agenda).hasSize(6);
        assertThat(matterCount()).isEqualTo(3);

        JsonNode again = importJson(pdf);
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(agenda(id)).isEqualTo(agenda);
        assertThat(matterCount()).isEqualTo(3);
    }

    @Test
    void aChangedKallelseAddsTheNewItemMovesTheMovedOneAndDuplicatesNothing() throws Exception {
        long id = importJson(SAMPLE).get("meeting").get("id").asLong();
        List<String> before = agenda(id);
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(lines.indexOf("KALLELSE"), "ÄNDRAD KALLELSE");
        // The citizen proposal (item 10) moves up before the interpellation; a new question comes after item 9.
        int proposal = lines.indexOf("10. Medborgarförslag om belysning vid badplatsen i Stora Höga");
        List<String> moved = new ArrayList<>(lines.subList(proposal, proposal + 2));
        lines.subList(proposal, proposal + 2).clear();
        int interpellation = lines.indexOf(lines.stream().filter(l -> l.startsWith("6. ")).findFirst().orElseThrow());
        lines.addAll(interpellation, moved);
        int afterMotion = lines.indexOf("   Dnr KS 2027/30") + 1;
        lines.addAll(afterMotion, List.of("9 a. placeholder"));
        lines.set(afterMotion, "10. Fråga från Lena Holm (L) till kommunalrådet Per Lund (S) om simhallens öppettider");
        List<String> renumbered = renumber(lines);
        Path changed = data.resolve("andrad-kallelse.txt");
        Files.write(changed, renumbered);

        JsonNode result = importJson(changed);
        assertThat(result.get("meeting").get("id").asLong()).isEqualTo(id);
        assertThat(result.get("meeting").get("amended").asBoolean()).isTrue();
        JsonNode items = result.get("items");
        assertThat(items).hasSize(14);
        assertThat(items).filteredOn(i -> i.get("change").asText().equals("added"))
                .extracting(i -> i.get("text").asText())
                .containsExactly("Fråga från Lena Holm (L) till kommunalrådet Per Lund (S) om simhallens öppettider");
        assertThat(items).filteredOn(i -> i.get("change").asText().equals("moved"))
                .extracting(i -> i.get("old_number").asInt()).containsExactly(10);
        assertThat(result.get("summary").asText()).contains("1 nytt ärende, 1 ny punkt, 1 flyttad");
        List<String> after = agenda(id);
        assertThat(after).hasSize(14);
        assertThat(after.get(5)).contains("Belysning vid badplatsen i Stora Höga");
        assertThat(after.get(6)).contains("Integrationsenhetens lokaler");
        assertThat(after.get(10)).startsWith("Punkt 11 ").contains("Simhallens öppettider");
        assertThat(after.stream().filter(l -> l.contains("Belysning vid badplatsen")).count()).isEqualTo(1);
        assertThat(before.get(5)).contains("Integrationsenhetens lokaler");
        assertThat(matterCount()).isEqualTo(8);

        JsonNode again = importJson(changed);
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(agenda(id)).isEqualTo(after);
        assertThat(matterCount()).isEqualTo(8);
    }

    @Test
    void aTitleNeverMatchesAStoredMatterWithAnotherDnrButDoesOneWithout() throws Exception {
        // As the README's commands run: the samples, then its kallelse. Item 8 ("… om att upprätta en
        // integrationsplan", KS 2015/123) has sample matter 2's title, but matter 2 has a Dnr of this year's (its
        // serial follows the day the samples are loaded: KS 2026/430 on 1 December): another matter.
        assertThat(run("samples")).as(err).isZero();
        assertThat(run("show", "2", "--json")).as(err).isZero();
        String sampleDnr = json.readTree(out).get("number").asText();
        assertThat(sampleDnr).matches("KS 20\\d\\d/\\d+").isNotEqualTo("KS 2015/123");
        assertThat(run("add", "--kind", "motion", "--title", "Motion om fler cykelbanor i centrum", "--submitted",
                "2026-11-02", "--author", "Karin Sjöberg (C)")).as(err).isZero();
        long noDnr = Long.parseLong(out.strip().replaceAll("\\D+", ""));
        JsonNode items = importJson(SAMPLE).get("items");
        JsonNode eight = items.get(7);
        assertThat(eight.get("match").asText()).isEqualTo("new");
        assertThat(eight.get("matter_id").asLong()).isNotEqualTo(2);
        assertThat(eight.get("matter").get("number").asText()).isEqualTo("KS 2015/123");
        // A stored matter without a Dnr may still be the kallelse's by its title.
        JsonNode nine = items.get(8);
        assertThat(nine.get("match").asText()).isEqualTo("by_title");
        assertThat(nine.get("matter_id").asLong()).isEqualTo(noDnr);
        assertThat(run("show", "2", "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("number").asText()).as("matter 2 kept its Dnr").isEqualTo(sampleDnr);
    }

    @Test
    void fullmaktigeByAnyNameIsTheCouncilAndADryRunStoresNothing() throws Exception {
        Path kallelse = data.resolve("kallelse.txt");
        Files.writeString(kallelse, """
                Kallelse till fullmäktige
                torsdagen den 4 mars 2027 kl. 19.00

                1. Upprop
                2. Motion från Anna Ek (V) om skolans kök
                """);
        assertThat(run("import", "--dry-run", "--json", kallelse.toString())).as(err).isZero();
        assertThat(json.readTree(out).get(0).get("items")).hasSize(2);
        assertThat(matterCount()).isZero();
        JsonNode stored = importJson(kallelse);
        assertThat(stored.get("meeting").get("body_name").asText()).isEqualTo("Fullmäktige");
        assertThat(stored.get("meeting").get("body").asText()).isEqualTo("KF");
    }

    @Test
    void aKallelseWithItsPapersInOnePdfTellsWhereEachPaperIsKeptAndAgainChangesNothing() throws Exception {
        Path file = Files.write(data.resolve("kf-2027-03-11.pdf"), se.ledamot.importer.read.CombinedPdfs.of(
                new String[] {se.ledamot.importer.read.CombinedPdfs.KALLELSE,
                    se.ledamot.importer.read.CombinedPdfs.BY_DNR[0],
                    se.ledamot.importer.read.CombinedPdfs.BY_DNR[1]}));
        assertThat(run("import", "--json", file.toString())).as(err).isZero();
        JsonNode all = json.readTree(out);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("type").asText()).isEqualTo("meeting");
        JsonNode kept = all.get(2).get("part").get("kept_with");
        assertThat(kept.get("match").asText()).isEqualTo("number");
        assertThat(kept.get("agenda_item").asInt()).isEqualTo(4);
        assertThat(kept.get("unsure").asBoolean()).isFalse();
        assertThat(kept.get("matter_id").isNumber()).isTrue();
        assertThat(all.get(2).get("id").asLong()).isEqualTo(kept.get("matter_id").asLong());
        assertThat(matterCount()).isEqualTo(3);

        assertThat(run("import", "--json", file.toString())).as(err).isZero();
        JsonNode again = json.readTree(out);
        assertThat(again.get(0).get("changed").asBoolean()).isFalse();
        assertThat(again.get(1).get("duplicate_of").asLong()).isEqualTo(all.get(1).get("part").get("kept_with")
                .get("matter_id").asLong());
        assertThat(matterCount()).isEqualTo(3);
    }

    /** The item lines numbered 1, 2, 3 … in their new order. */
    private static List<String> renumber(List<String> lines) {
        List<String> out = new ArrayList<>();
        int n = 0;
        boolean items = false;
        for (String l : lines) {
            items |= l.equals("FÖREDRAGNINGSLISTA");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d+\\. (.*)").matcher(l);
            out.add(items && m.matches() ? (++n) + ". " + m.group(1) : l);
        }
        return out;
    }

    /** A nämnd's kallelse as a PDF: a table of items, titles wrapped in their column, the Dnr in a column of its own. */
    static byte[] pdfKallelse() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                text(s, bold, 12, 50, 740, "Stenungsunds kommun");
                text(s, bold, 14, 50, 715, "Barn- och utbildningsnämnden");
                text(s, bold, 18, 50, 685, "Kallelse");
                text(s, font, 10, 50, 660, "Tid: tisdagen den 2 mars 2027 kl. 13.15");
                text(s, font, 10, 50, 645, "Plats: Beslutet, Kommunhuset");
                text(s, bold, 10, 50, 615, "Nr");
                text(s, bold, 10, 80, 615, "Ärende");
                text(s, bold, 10, 460, 615, "Dnr");
                String[][] rows = {
                    {"1", "Val av justerare", null, ""},
                    {"2", "Godkännande av dagordningen", null, ""},
                    {"3", "Motion från Karin Sjöberg (C) och Olof Berg (C) om fler", "cykelbanor vid skolorna i centrum",
                        "BUN 2027/30"},
                    {"4", "Fråga från Emma Ramhult (V) till barn- och", "utbildningsnämndens ordförande Olle Berg (M) om "
                        + "skolskjutsarna på landsbygden", "BUN 2027/41"},
                    {"5", "Remiss: Skolplan för Västra Götaland 2027–2030", null, "BUN 2027/7"},
                    {"6", "Meddelanden", null, ""}};
                float y = 595;
                for (String[] row : rows) {
                    text(s, font, 10, 50, y, row[0]);
                    text(s, font, 10, 80, y, row[1]);
                    if (!row[3].isEmpty()) {
                        text(s, font, 10, 460, y, row[3]);
                    }
                    if (row[2] != null) {
                        y -= 13;
                        text(s, font, 10, 80, y, row[2]);
                    }
                    y -= 22;
                }
                text(s, font, 8, 50, 40, "Sida 1 av 1");
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws Exception {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
