package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PdfA;
import se.ledamot.brief.Samples;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;

class MatterBriefTest {

    static byte[] pdf(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(d, out, PdfWriter.Progress.NONE);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // A word broken by hyphenation ends its line with a soft hyphen: joined again, as a reader reads it.
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    static byte[] motionBrief() throws Exception {
        Matter m = Samples.motion();
        return pdf(MatterBrief.of(m, Samples.history(1), Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE));
    }

    @Test
    void matterBriefShowsEveryFieldInReadingOrder() throws Exception {
        String text = text(motionBrief());
        Matter m = Samples.motion();
        assertThat(text).containsSubsequence("KS 2015/123", m.title(),
                "Ärendetyp", "Motion", "Diarienummer", "KS 2015/123", "Inlämnad", "16 februari 2015, Stenungsund",
                "Undertecknare", "Jan Alexandersson (V), Emma Ramhult (V), Łukasz Đorđević Şahin (MP)",
                "Ansvarig nämnd", "Kommunstyrelsen", "Status", "Remitterad", "Tidsgräns",
                "16 februari 2016 (ettårsgränsen för motioner,", "Motionärernas förslag",
                "att en integrationsplan med övergripande strategiska mål",
                "att arbetet med att ta fram integrationsplanen ges hög prioritet",
                "Motionen", "En framgångsrik integrationspolitisk kräver",
                "Tidslinje", "16 februari 2015", "Motion inlämnad", "2 mars 2015", "Status: Remitterad",
                "16 februari 2016",
                "Historik", "2015-02-16 11.00", "Registrerat", "Status", "Inlämnad → Remitterad",
                "Ansvarig nämnd", "– → Kommunstyrelsen");
        assertThat(text).contains("Sida 1 (", "Arbetsmaterial");
    }

    /**
     * The party group's walk (walkcllr): the sample referral's brief read "Inlämnad 23 november 2026" and "Remiss
     * inlämnad", but a referral comes in from another body; its status already says "Inkommen".
     */
    @Test
    void aReferralSaysWhenItCameInNotWhenItWasHandedIn() throws Exception {
        Matter referral = Matter.newMatter(se.ledamot.domain.MatterKind.REFERRAL, "Remiss om integrationsprogram")
                .submitted(java.time.LocalDate.parse("2015-05-27")).status(se.ledamot.domain.Status.RECEIVED).build();
        String text = text(pdf(MatterBrief.of(referral, List.of(), Deadlines.standard(), Samples.TODAY,
                Samples.CREATED, Samples.ZONE)));
        assertThat(text).contains("Inkommen 27 maj 2015", "Remiss inkommen").doesNotContain("nlämnad");
    }

    /**
     * Walked: a remiss's facts said its reply date twice, as the Tidsgräns ("28 december 2026 (svarsdatum, …)") and
     * again as "Svar senast 28 december 2026". Said once, where the deadline is; a reply date that is not the deadline
     * shown keeps its own row.
     */
    @Test
    void aReferralsReplyDateIsSaidOnceWhenItIsTheDeadlineShown() throws Exception {
        Matter referral = Matter.newMatter(se.ledamot.domain.MatterKind.REFERRAL, "Remiss om integrationsprogram")
                .submitted(java.time.LocalDate.parse("2015-05-27")).replyBy(java.time.LocalDate.parse("2015-06-30"))
                .status(se.ledamot.domain.Status.RECEIVED).build();
        String text = text(pdf(MatterBrief.of(referral, List.of(), Deadlines.standard(), Samples.TODAY,
                Samples.CREATED, Samples.ZONE)));
        assertThat(text).contains("30 juni 2015 (svarsdatum").doesNotContain("Svar senast");
    }

    @Test
    void matterBriefIsPdfA2aAndUa1WithBookmarksPerSection() throws Exception {
        byte[] pdf = motionBrief();
        assertThat(PdfA.failures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("Motion om att upprätta en integrationsplan", "Motionen", "Tidslinje",
                    "Historik");
            assertThat(doc.getDocumentInformation().getAuthor()).contains("Jan Alexandersson (V)");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
    }

    /**
     * Round 24's look at the sample papers: the handlingar set out an interpellation's questions run into its text
     * (papers24), but the matter brief still printed "… om integrationsenhet. 1 Hur långt …? 2 När …? 3 Vad …?" as
     * one paragraph under "Interpellationen". It sets them out as the handlingar do, the text leading into them first.
     */
    @Test
    void questionsRunIntoTheInterpellationsTextAreSetOutAsANumberedList() throws Exception {
        Matter m = Samples.interpellation().toBuilder().body("Patrik Christierson har skickat in en interpellation "
                + "med följande tre frågor om integrationsenhet. 1 Hur långt har arbetet kommit med "
                + "integrationsenheten? 2 När kommer den att vara klar? 3 Vad är det som saknas?").build();
        try (PDDocument doc = Loader.loadPDF(pdf(MatterBrief.of(m, List.of(), Deadlines.standard(), Samples.TODAY,
                Samples.CREATED, Samples.ZONE)))) {
            List<String> lines = new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "")
                    .replace('\u00A0', ' ').lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
            assertThat(String.join("\n", lines)).contains("om integrationsenhet.\n"
                    + "1. Hur långt har arbetet kommit med integrationsenheten?\n2. När kommer den att vara klar?\n"
                    + "3. Vad är det som saknas?\nSvar");
            assertThat(String.join(" ", lines)).doesNotContain("? 2 När", "integrationsenhet. 1 Hur");
        }
    }

    /**
     * papers24b set the questions out under "Interpellationen", but the brief still printed them under "Frågor" just
     * above: the councillor read the same three questions twice in a row. They print once, in the text; "Frågor" stays
     * for questions the text does not hold.
     */
    @Test
    void questionsTheTextHoldsPrintOnce() throws Exception {
        Matter m = Samples.interpellation().toBuilder().body("Patrik Christierson har skickat in en interpellation "
                + "med följande tre frågor om integrationsenhet. 1 Hur långt har arbetet kommit med "
                + "integrationsenheten? 2 När kommer den att vara klar? 3 Vad är det som saknas?").build();
        String text = text(pdf(MatterBrief.of(m, List.of(), Deadlines.standard(), Samples.TODAY, Samples.CREATED,
                Samples.ZONE)));
        for (String q : m.questions()) {
            assertThat(text.split(java.util.regex.Pattern.quote(q), -1)).as(q).hasSize(2);
        }
        assertThat(text).doesNotContain("Frågor").containsSubsequence("Interpellationen", "om integrationsenhet.",
                "1. Hur långt");

        Matter apart = m.toBuilder().body("Patrik Christierson frågar om integrationsenheten.").build();
        String kept = text(pdf(MatterBrief.of(apart, List.of(), Deadlines.standard(), Samples.TODAY, Samples.CREATED,
                Samples.ZONE)));
        assertThat(kept).containsSubsequence("Frågor", "1. Hur långt", "Interpellationen", "frågar om");
    }

    @Test
    void seedNamesPrintWithEveryCharacter() throws Exception {
        Matter m = Samples.motion().toBuilder().body(String.join(", ", Samples.SPECIAL_NAMES)).build();
        String text = text(pdf(MatterBrief.of(m, List.of(), Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE)));
        assertThat(text).contains(Samples.SPECIAL_NAMES);
    }
}
