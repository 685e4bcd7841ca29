package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;

/**
 * In the handlingar each item's documents start a page, so the page before holds the end of the last item's: the
 * sample interpellation's answer ran three lines onto a page of their own. A typesetter moves the break earlier so
 * that the last page of a document holds at least a few lines ({@code Typesetter.TAIL_LINES}).
 */
class HandlingarTailTest {
    @TempDir
    Path folder;

    private Ledamot app;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
        app.samples().load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theAnswersLastLinesAreNotLeftAloneOnAPage() throws Exception {
        Meeting next = app.meetings().list().stream().filter(m -> m.status() == MeetingStatus.PLANNED).findFirst()
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(app.papers().handlingar(next.id()), out, PdfWriter.Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                if (text.contains("endast stötta detta")) {
                    List<String> body = Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank())
                            .filter(l -> !l.startsWith("Handlingar") && !l.startsWith("Sida ")).toList();
                    assertThat(body).as("the answer's last page, page %d", page).hasSizeGreaterThanOrEqualTo(5);
                    return;
                }
            }
        }
        throw new AssertionError("the answer's last words are not in the handlingar");
    }
}
