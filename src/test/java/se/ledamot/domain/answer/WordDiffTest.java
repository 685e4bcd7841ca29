package se.ledamot.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.answer.WordDiff.Kind;
import se.ledamot.domain.answer.WordDiff.Segment;

class WordDiffTest {

    @Test
    void anInsertedWordIsMarkedAndTheRestIsSame() {
        List<Segment> diff = WordDiff.compare("Kommunen har en strateg.", "Kommunen har idag en strateg.");
        assertThat(diff).containsExactly(
                new Segment(Kind.SAME, "Kommunen har "),
                new Segment(Kind.INSERTED, "idag "),
                new Segment(Kind.SAME, "en strateg."));
    }

    @Test
    void aReplacedWordIsOneDeletionAndOneInsertion() {
        List<Segment> diff = WordDiff.compare("arbetet fortsätter i år", "arbetet avslutas i år");
        assertThat(diff).extracting(Segment::kind)
                .containsExactly(Kind.SAME, Kind.DELETED, Kind.INSERTED, Kind.SAME);
        assertThat(diff.get(1).text()).isEqualTo("fortsätter");
        assertThat(diff.get(2).text()).isEqualTo("avslutas");
    }

    @Test
    void bothTextsCanBeRebuiltFromTheSegments() {
        String older = "1 Hur långt har arbetet kommit?\n2 När kommer den att vara klar?";
        String newer = "1 Hur långt har arbetet med enheten kommit?\n3 Vad saknas?";
        List<Segment> diff = WordDiff.compare(older, newer);
        assertThat(diff.stream().filter(s -> s.kind() != Kind.INSERTED).map(Segment::text)
                .collect(Collectors.joining())).isEqualTo(older);
        assertThat(diff.stream().filter(s -> s.kind() != Kind.DELETED).map(Segment::text)
                .collect(Collectors.joining())).isEqualTo(newer);
    }

    @Test
    void equalTextsAreOneSameSegmentAndSpacingAloneIsNoDifferenceInWords() {
        assertThat(WordDiff.compare("lika text", "lika text")).containsExactly(new Segment(Kind.SAME, "lika text"));
        assertThat(WordDiff.differsInWords("lika text", "lika  text ")).isFalse();
        assertThat(WordDiff.differsInWords("lika text", "olika text")).isTrue();
    }

    @Test
    void textsTooLongToCompareInFullStillRebuildFromTheSegments() {
        String older = "a ".repeat(4000) + "slut";
        String newer = "b ".repeat(4000) + "slut";
        List<Segment> diff = WordDiff.compare(older, newer);
        assertThat(diff).extracting(Segment::kind).containsExactly(Kind.DELETED, Kind.INSERTED, Kind.SAME);
        assertThat(diff.stream().filter(s -> s.kind() != Kind.DELETED).map(Segment::text)
                .collect(Collectors.joining())).isEqualTo(newer);
    }

    @Test
    void anEmptyOlderTextIsAllInserted() {
        assertThat(WordDiff.compare("", "nytt svar")).containsExactly(new Segment(Kind.INSERTED, "nytt svar"));
    }
}
