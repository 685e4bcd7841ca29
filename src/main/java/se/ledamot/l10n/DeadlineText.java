package se.ledamot.l10n;

import java.time.LocalDateTime;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineBasis;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.OneYearBasis;
import se.ledamot.domain.UndatedDeadline;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.AnswerSchedule;
import se.ledamot.domain.meeting.NotYetAsked;

/**
 * A deadline's account of itself in words: the rule, the law or local rule it rests on, and the dates it was
 * computed from. "Ställd 2026-11-16 (KF), besvaras senast vid nästa sammanträde 2026-12-14 enligt arbetsordningen
 * (KL 5 kap. 59–63 §§); skriftligt svar senast 2026-12-13."
 */
public final class DeadlineText {
    private DeadlineText() {
    }

    /** The explanation of a deadline; its type and date alone when it has no account of itself. */
    public static String explain(Deadline deadline) {
        return switch (deadline.basis()) {
            case OneYearBasis b -> oneYear(b);
            case AnswerSchedule s -> answer(s);
            case DeadlineBasis basis when basis == DeadlineBasis.STATED_IN_MATTER ->
                    Localization.get("explain.stated", deadline.date());
            default -> Localization.get("deadline." + deadline.type().code()) + " " + deadline.date() + ".";
        };
    }

    /** A clock without a date yet: "Ställd 2026-12-14 (KF), besvaras senast vid nästa sammanträde …; det är inte
     * inplanerat ännu", or that it is not asked yet. */
    public static String explain(UndatedDeadline undated) {
        return switch (undated.basis()) {
            case AnswerSchedule s -> answer(s);
            case NotYetAsked n -> Localization.get("explain.notAsked", n.submitted(), n.body());
            default -> Localization.get("deadline." + undated.type().code());
        };
    }

    /** The editor's line for a clock without a date: "Besvaras vid sammanträdet: inte inplanerat ännu". */
    public static String when(UndatedDeadline undated) {
        return Localization.get("deadline." + undated.type().code()) + ": " + Localization.get("deadline.unplanned");
    }

    private static String oneYear(OneYearBasis b) {
        String body = b.decidingBodyIfKnown().orElse(Localization.get("explain.oneYear.council"));
        String text = Localization.get(b.kind() == MatterKind.CITIZEN_PROPOSAL ? "explain.oneYear.citizen_proposal"
                : "explain.oneYear.motion", b.submitted(), body, b.limit());
        return b.moved() ? text + " " + Localization.get("explain.moved", b.anniversary()) : text;
    }

    private static String answer(AnswerSchedule s) {
        StringBuilder out = new StringBuilder();
        if (s.answerRule() == AnswerRule.SAME_MEETING) {
            out.append(Localization.get("explain.answer.same", s.askedAt().date(), s.body()));
        } else {
            out.append(s.answerAt().map(m -> Localization.get("explain.answer.next", s.askedAt().date(), s.body(),
                    m.date())).orElseGet(() -> Localization.get("explain.answer.nextUnplanned", s.askedAt().date(),
                    s.body())));
        }
        s.writtenAnswerBy().ifPresent(w -> out.append(Localization.get("explain.written", moment(w))));
        if (out.charAt(out.length() - 1) != '.') {
            out.append('.');
        }
        s.submissionDeadline().ifPresent(d -> out.append(' ').append(Localization.get("explain.submitted",
                s.submitted(), moment(d), s.askedAt().date())));
        return out.toString();
    }

    /**
     * A deadline's moment: its date, with the hour where its rule names one (a written answer "2026-12-11 kl.
     * 12.00").
     */
    public static String moment(Deadline deadline) {
        if (deadline.type() == DeadlineType.WRITTEN_ANSWER && deadline.basis() instanceof AnswerSchedule s) {
            return s.writtenAnswerBy().map(DeadlineText::moment).orElse(deadline.date().toString());
        }
        return deadline.date().toString();
    }

    /** "2026-12-13", or "2026-12-11 kl. 08.00" when the rule names an hour. */
    public static String moment(LocalDateTime t) {
        return t.toLocalTime().equals(se.ledamot.domain.meeting.SubmissionRule.END_OF_DAY) ? t.toLocalDate().toString()
                : Localization.get("explain.at", t.toLocalDate(), ClockText.of(t.toLocalTime()));
    }
}
