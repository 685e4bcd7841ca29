package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.BriefPdf;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * Issue 10, defect 3: "Svar att läsa upp" prints what the councillor sees in Svar — the draft saved while writing —
 * and says so, instead of an older answer kept in the matter.
 */
class AnswerBriefPrintsWhatIsWrittenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:15:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    private static String text(se.ledamot.brief.layout.Document document) throws Exception {
        byte[] pdf = BriefPdf.write(document, PdfWriter.Progress.NONE).bytes();
        // Kept to look at: pdftoppm -r 70 -png target/answer-draft.pdf
        java.nio.file.Files.write(Path.of("target/answer-draft.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replaceAll("\\s+", " ");
        }
    }

    private static Matter interpellation(String answer) {
        return Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om integrationsenheten")
                .submitted(LocalDate.parse("2026-11-10")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                .questions(List.of("Hur långt har arbetet kommit?")).answer(answer).build();
    }

    @Test
    void theDraftBeingWrittenIsPrintedAndTheBriefSaysItIsTheDraft() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long id = app.matters().add(interpellation("Ett gammalt svar som inte gäller längre.")).id();
            app.answers().open(app.matters().require(id));
            app.answers().autosave(id, "Arbetet med integrationsenheten är i gång, säger vi på Södra Åby.", Set.of(1));

            String printed = text(app.briefs().answer(id));
            assertThat(printed).contains("Arbetet med integrationsenheten är i gång, säger vi på Södra Åby.")
                    .doesNotContain("Ett gammalt svar")
                    .contains("Utkastet i Svar, sparat söndagen den 22 november 2026 kl. 10.15. Det är ännu inte infört i ärendet.");
        }
    }

    @Test
    void anAnswerPutIntoTheMatterIsPrintedWithoutTheDraftNote() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long id = app.matters().add(interpellation("")).id();
            Matter m = app.matters().require(id);
            app.answers().open(m);
            app.answers().autosave(id, "Svaret är färdigt.", Set.of(1));
            app.answers().finish(m, "Svaret är färdigt.", Set.of(1));

            String printed = text(app.briefs().answer(id));
            assertThat(printed).contains("Svaret är färdigt.").doesNotContain("Utkastet i Svar");
        }
    }
}
