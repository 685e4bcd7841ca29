package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PdfA;
import se.ledamot.brief.Samples;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.LineBreaker;
import se.ledamot.brief.layout.Span;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.SpeakingTime;

class AnswerBriefTest {

    @Test
    void answerShowsQuestionsThenTheAnswerAndItsSpeakingTime() throws Exception {
        Matter m = Samples.interpellation();
        int words = SpeakingTime.wordCount(m.answer());
        Duration time = SpeakingTime.standard().ofWords(words);
        assertThat(SpeakingTime.standard().wordsPerMinute()).isEqualTo(130);
        byte[] pdf = MatterBriefTest.pdf(AnswerBrief.of(m, Samples.TODAY, Samples.CREATED));
        String text = MatterBriefTest.text(pdf);
        // The role under the name begins its own line, so with a capital (walk15: "kommunstyrelsens ordförande").
        assertThat(text).containsSubsequence("Interpellation · KF 2017/45",
                "Svar på interpellation: Integrationsenhet",
                "Interpellation från Patrik Christierson (KD) till kommunstyrelsens ordförande Nguyễn Thị Åsa Müller (M)",
                "Inlämnad måndagen den 6 november 2017",
                "Beräknad taltid: cirka " + time.toMinutes() + " min " + time.toSecondsPart() + " s (" + words
                        + " ord i 130 ord per minut)",
                "Frågor", "1.", "Hur långt har arbetet kommit", "2.", "När kommer den att vara klar?", "3.",
                "Vad är det som saknas?", "Sävsjö kommun har idag", "Kommunens insatser kan",
                "Nguyễn Thị Åsa Müller (M) Kommunstyrelsens ordförande", "Utskrivet den 23 november 2026");
        // Each of the author's paragraphs is kept, with its own speaking time in the margin beside it.
        List<Paragraphs.Paragraph> paragraphs = Paragraphs.of(m.answer());
        assertThat(paragraphs).hasSize(3);
        for (Paragraphs.Paragraph p : paragraphs) {
            String opening = p.text().substring(0, p.text().indexOf(' ', 20));
            assertThat(text).contains(SpeakingTime.format(SpeakingTime.standard().of(p.text())) + " " + opening);
        }
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    @Test
    void theAnswerReadAloudIsNeitherHyphenatedNorJustified() throws Exception {
        Matter m = Samples.interpellation();
        byte[] pdf = MatterBriefTest.pdf(AnswerBrief.of(m, Samples.TODAY, Samples.CREATED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(doc);
            assertThat(raw).doesNotContain("\u00AD");
        }
        // The one-line ragged style keeps word spaces natural: no set line is stretched.
        var body = HouseStyle.LECTERN.body();
        for (Paragraphs.Paragraph p : Paragraphs.of(m.answer())) {
            for (LineBreaker.Line line : LineBreaker.lines(List.of(new Span(p.text(), body)),
                    HouseStyle.LECTERN.page().measure(), Align.LEFT)) {
                assertThat(line.extraPerGap()).isZero();
                assertThat(line.hyphenated()).isFalse();
            }
        }
    }
}
