package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.DeadlineBasis;
import se.ledamot.domain.MatterKind;

/**
 * The two moments of an interpellation or a question (Kommunallagen 5 kap. 59–64 §§): the council meeting where it
 * is asked (ställs), which is the first one it was handed in for in time under the body's submission rule, and the
 * meeting where it is to be answered at the latest (besvaras senast): by the law the next one after that, or the
 * same one where the body so rules. An interpellation's answer is written and must reach the asker before that
 * meeting, by the body's written-answer rule; a question's answer need not be written.
 *
 * @param submissionRule    the rule it was in time under, if the body has one
 * @param answerAt          the meeting where it is to be answered, empty while that meeting is not planned yet
 * @param writtenAnswerRule the rule for the written answer, for an interpellation
 */
public record AnswerSchedule(MatterKind kind, LocalDate submitted, Meeting askedAt,
        Optional<SubmissionRule> submissionRule, AnswerRule answerRule, Optional<Meeting> answerAt,
        Optional<SubmissionRule> writtenAnswerRule) implements DeadlineBasis {

    public AnswerSchedule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(answerRule, "answerRule");
    }

    /** The last moment it could be handed in to be asked at that meeting. */
    public Optional<LocalDateTime> submissionDeadline() {
        return submissionRule.map(r -> r.deadline(askedAt.date()));
    }

    /** The last moment the written answer must reach the asker. */
    public Optional<LocalDateTime> writtenAnswerBy() {
        return answerAt.flatMap(m -> writtenAnswerRule.map(r -> r.deadline(m.date())));
    }

    /** The body where it is asked and answered. */
    public String body() {
        return askedAt.body();
    }
}
