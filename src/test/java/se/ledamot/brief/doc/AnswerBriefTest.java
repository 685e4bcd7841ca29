package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PdfA;
import se.ledamot.brief.Samples;
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
        assertThat(text).containsSubsequence("Interpellation · KF 2017/45",
                "Svar på interpellation: Integrationsenhet", "Ställd av Patrik Christierson (KD)",
                "Beräknad taltid: cirka " + time.toMinutes() + " min " + time.toSecondsPart() + " s (" + words
                        + " ord i 130 ord per minut)",
                "Frågor", "1.", "Hur långt har arbetet kommit", "2.", "När kommer den att vara klar?", "3.",
                "Vad är det som saknas?", "Sävsjö kommun har idag", "Kommunens insatser kan",
                "Nguyễn Thị Åsa Müller (M), kommunstyrelsens ordförande");
        assertThat(PdfA.failures(pdf)).isEmpty();
    }
}
