package se.ledamot.domain.meeting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.calendar.HolidayShift;

/**
 * One body's rules of procedure (arbetsordning) as far as Ledamot computes with them: when interpellations, questions
 * and motions must be handed in for a meeting (each rule with its holiday direction), at which meeting
 * interpellations and questions are answered, when a written answer must reach the asker, and the speaking times
 * (kept in the {@link Body}). Immutable; the {@code with} methods give an adjusted copy.
 *
 * @param submissions        at most one rule per kind of submission, never the written answer
 * @param writtenAnswer      when the written answer to an interpellation must reach the asker
 */
public record BodyRules(Body body, List<SubmissionRule> submissions, AnswerRule interpellationAnswer,
        AnswerRule questionAnswer, SubmissionRule writtenAnswer) {

    /**
     * "Den ledamot som har ställt interpellationen ska få del av svaret dagen före den sammanträdesdag då svaret ska
     * lämnas": the day before, as it falls, a Sunday too (moving it forward would put it on the meeting day).
     */
    public static final SubmissionRule DAY_BEFORE = SubmissionRule.daysBefore(SubmissionKind.WRITTEN_ANSWER, 1, null)
            .withShift(HolidayShift.NONE);

    /** "Senast kl. 08.00 sista vardagen före den sammanträdesdag då svaret ska lämnas": a stricter local rule. */
    public static final SubmissionRule LAST_WEEKDAY_BEFORE_0800 = SubmissionRule.daysBefore(
            SubmissionKind.WRITTEN_ANSWER, 1, LocalTime.of(8, 0)).withShift(HolidayShift.PREVIOUS_WORKING_DAY);

    public BodyRules {
        Objects.requireNonNull(body, "body");
        interpellationAnswer = interpellationAnswer == null ? AnswerRule.defaultFor(MatterKind.INTERPELLATION)
                : interpellationAnswer;
        questionAnswer = questionAnswer == null ? AnswerRule.defaultFor(MatterKind.QUESTION) : questionAnswer;
        writtenAnswer = writtenAnswer == null ? DAY_BEFORE : writtenAnswer;
        if (writtenAnswer.kind() != SubmissionKind.WRITTEN_ANSWER) {
            throw new DomainException("rules.writtenAnswer.kind");
        }
        List<SubmissionRule> clean = new ArrayList<>();
        for (SubmissionRule r : submissions == null ? List.<SubmissionRule>of() : submissions) {
            if (r.kind() == SubmissionKind.WRITTEN_ANSWER) {
                throw new DomainException("rules.writtenAnswer.kind");
            }
            if (clean.stream().anyMatch(c -> c.kind() == r.kind())) {
                throw new DomainException("rules.submission.twice", r.kind().code());
            }
            clean.add(r);
        }
        clean.sort(Comparator.comparing(SubmissionRule::kind));
        submissions = List.copyOf(clean);
    }

    /** The law's rules for a body: no submission deadlines of its own, answers and the written answer as the law says. */
    public static BodyRules lawDefaults(Body body) {
        return new BodyRules(body, List.of(), null, null, null);
    }

    /** A body's rules as the store keeps them: one list of rules per kind, the written answer among them. */
    public static BodyRules of(Body body, List<SubmissionRule> stored) {
        List<SubmissionRule> submissions = stored.stream().filter(r -> r.kind() != SubmissionKind.WRITTEN_ANSWER)
                .toList();
        SubmissionRule written = stored.stream().filter(r -> r.kind() == SubmissionKind.WRITTEN_ANSWER).findFirst()
                .orElse(null);
        return new BodyRules(body, submissions, null, null, written);
    }

    public String code() {
        return body.code();
    }

    public Optional<SubmissionRule> submission(SubmissionKind kind) {
        if (kind == SubmissionKind.WRITTEN_ANSWER) {
            return Optional.of(writtenAnswer);
        }
        return submissions.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** Every rule, the written answer last: what a store keeps per body. */
    public List<SubmissionRule> allRules() {
        List<SubmissionRule> all = new ArrayList<>(submissions);
        all.add(writtenAnswer);
        return List.copyOf(all);
    }

    /** The meeting at which an interpellation or a question of this body is answered. */
    public AnswerRule answerRule(MatterKind kind) {
        return kind == MatterKind.QUESTION ? questionAnswer : interpellationAnswer;
    }

    /** This body with a submission rule set, replacing the one for the same kind. */
    public BodyRules withSubmission(SubmissionRule rule) {
        if (rule.kind() == SubmissionKind.WRITTEN_ANSWER) {
            return withWrittenAnswer(rule);
        }
        List<SubmissionRule> next = new ArrayList<>(submissions.stream().filter(r -> r.kind() != rule.kind()).toList());
        next.add(rule);
        return new BodyRules(body, next, interpellationAnswer, questionAnswer, writtenAnswer);
    }

    /** This body without a submission rule for a kind: anything handed in before the meeting day is in time. */
    public BodyRules withoutSubmission(SubmissionKind kind) {
        return new BodyRules(body, submissions.stream().filter(r -> r.kind() != kind).toList(), interpellationAnswer,
                questionAnswer, kind == SubmissionKind.WRITTEN_ANSWER ? null : writtenAnswer);
    }

    public BodyRules withAnswerRule(MatterKind kind, AnswerRule rule) {
        return kind == MatterKind.QUESTION
                ? new BodyRules(body, submissions, interpellationAnswer, rule, writtenAnswer)
                : new BodyRules(body, submissions, rule, questionAnswer, writtenAnswer);
    }

    public BodyRules withWrittenAnswer(SubmissionRule rule) {
        return new BodyRules(body, submissions, interpellationAnswer, questionAnswer, rule);
    }

    /** The same rules for another body record: a new name, or other speaking times. */
    public BodyRules withBody(Body newBody) {
        return new BodyRules(newBody, submissions, interpellationAnswer, questionAnswer, writtenAnswer);
    }

    /** Speaking times in minutes (first speech, later speeches, replies); 0 for no limit. */
    public BodyRules withSpeakingTimes(int first, int later, int reply) {
        return withBody(new Body(body.code(), body.name(), body.council(), first, later, reply));
    }
}
