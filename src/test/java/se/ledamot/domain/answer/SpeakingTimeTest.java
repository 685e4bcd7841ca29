package se.ledamot.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;

class SpeakingTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                             | 0
            'Sävsjö kommun har idag en integrationsstrateg' | 6
            '1 Hur långt – har arbetet kommit?'            | 6
            '  flera   mellanslag\n och rader  '           | 4
            """)
    void wordsAreRunsWithALetterOrDigit(String text, int words) {
        assertThat(SpeakingTime.wordCount(text.replace("\\n", "\n"))).isEqualTo(words);
    }

    /**
     * Text pasted from another program separates its lines and paragraphs with Unicode's own separators, and words
     * with a no-break space: each still ends a word (walk29: "10 ord" where there were 13).
     */
    @Test
    void aPastedTextsSeparatorsEndWords() {
        assertThat(SpeakingTime.wordCount("Insats\u2028Kostnad per år.\u2029Språkcafé för\u00a0alla")).isEqualTo(7);
    }

    @Test
    void hundredAndThirtyWordsTakeOneMinuteAtTheDefaultPace() {
        String text = "ord ".repeat(130);
        assertThat(SpeakingTime.standard().of(text)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SpeakingTime.format(SpeakingTime.standard().ofWords(325))).isEqualTo("2:30");
    }

    @Test
    void aSlowerPaceTakesLonger() {
        assertThat(new SpeakingTime(100).ofWords(250)).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void anUnreasonablePaceIsRefusedWithAReason() {
        assertThatThrownBy(() -> new SpeakingTime(10)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("answer.pace.outOfRange");
    }
}
