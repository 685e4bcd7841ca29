package se.ledamot.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.papers.MeetingPapers;

/** The day an answer came to be, from the timeline, and whether it is a paper of a meeting on a day. */
class AnswerRecordedTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static Matter interpellation(String answer) {
        return Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om simhallen").id(1L).answer(answer)
                .status(answer.isBlank() ? Status.SUBMITTED : Status.ANSWER_READY).build();
    }

    private static MatterChange change(String at, String field, String from, String to) {
        return new MatterChange(1L, Instant.parse(at), field, from, to);
    }

    @Test
    void anAnswerWrittenLaterDatesFromTheDayItWasWrittenInTheClocksZone() {
        List<MatterChange> timeline = List.of(change("2026-10-01T08:00:00Z", MatterChange.CREATED, null, "x"),
                change("2026-11-30T23:30:00Z", "answer", "", "Svaret."));
        assertThat(AnswerRecorded.of(interpellation("Svaret."), timeline, STOCKHOLM))
                .contains(LocalDate.of(2026, 12, 1));
        assertThat(AnswerRecorded.of(interpellation("Svaret."), timeline, ZoneId.of("UTC")))
                .contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void anAnswerThatCameWithTheMatterDatesFromItsStoringAndAnEditedOneKeepsItsDay() {
        List<MatterChange> timeline = List.of(change("2026-10-01T08:00:00Z", MatterChange.CREATED, null, "x"),
                change("2026-10-20T08:00:00Z", "answer", "Svar.", "Svaret."));
        assertThat(AnswerRecorded.of(interpellation("Svaret."), timeline, STOCKHOLM))
                .contains(LocalDate.of(2026, 10, 1));
        assertThat(AnswerRecorded.of(interpellation(""), timeline, STOCKHOLM)).isEmpty();
    }

    @Test
    void theAnswerIsAPaperOfAMeetingAfterItWasWrittenAndNotWhereTheQuestionIsOnlyAsked() {
        Matter m = interpellation("Svaret.");
        LocalDate written = LocalDate.of(2026, 12, 1);
        MeetingPapers.Entry answeredThere = new MeetingPapers.Entry(1, null, null, m, null, null, List.of(), false,
                written);
        assertThat(answeredThere.answerBy(LocalDate.of(2026, 12, 14))).isTrue();
        assertThat(answeredThere.answerBy(LocalDate.of(2026, 11, 9))).isFalse();
        assertThat(new MeetingPapers.Entry(1, null, null, m, null, null, List.of(), true, written)
                .answerBy(LocalDate.of(2026, 12, 14))).isFalse();
        assertThat(new MeetingPapers.Entry(1, null, null, m, null, null, List.of()).answerBy(LocalDate.of(2026, 1, 1)))
                .as("no day known: as before, the answer is listed").isTrue();
    }
}
