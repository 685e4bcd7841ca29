package se.ledamot.l10n;

import java.time.LocalDate;
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
import se.ledamot.domain.meeting.SubmissionRule;

/**
 * A deadline's account of itself in words: the rule, the law or local rule it rests on, and the dates it was
 * computed from. "Ställd den 16 november 2026 (KF), besvaras senast vid nästa sammanträde den 14 december 2026 enligt
 * arbetsordningen (KL 5 kap. 59–63 §§); skriftligt svar senast den 13 december 2026."
 */
public final class DeadlineText {
    private DeadlineText() {
    }

    /**
     * How the dates of an account are said: written out in running text ("den 3 november 2026") or after a label
     * ("3 november 2026"), ISO for a machine (the --json fields).
     */
    private enum Said {
        RUNNING, LABEL, ISO;

        String day(LocalDate d) {
            return switch (this) {
                case RUNNING -> Dates.running(d);
                case LABEL -> Dates.date(d);
                case ISO -> d.toString();
            };
        }

        String moment(LocalDateTime t) {
            if (t.toLocalTime().equals(SubmissionRule.END_OF_DAY)) {
                return day(t.toLocalDate());
            }
            return this == ISO ? Localization.get("explain.at", day(t.toLocalDate()), ClockText.of(t.toLocalTime()))
                    : Localization.get("date.format.runningAt", day(t.toLocalDate()), Dates.time(t.toLocalTime()));
        }
    }

    /** The explanation of a deadline; its type and date alone when it has no account of itself. */
    public static String explain(Deadline deadline) {
        return explain(deadline, Said.RUNNING);
    }

    /** The same account with its dates in ISO, as the command line's --json has always given it. */
    public static String explainForMachine(Deadline deadline) {
        return explain(deadline, Said.ISO);
    }

    private static String explain(Deadline deadline, Said said) {
        return switch (deadline.basis()) {
            case OneYearBasis b -> oneYear(b, said);
            case AnswerSchedule s -> answer(s, said);
            case DeadlineBasis basis when basis == DeadlineBasis.STATED_IN_MATTER ->
                    Localization.get("explain.stated", said.day(deadline.date()));
            default -> Localization.get("deadline." + deadline.type().code()) + " " + said.day(deadline.date()) + ".";
        };
    }

    /** A clock without a date yet: "Ställd den 14 december 2026 (KF), besvaras senast vid nästa sammanträde …; det
     * är inte inplanerat ännu", or that it is not asked yet. */
    public static String explain(UndatedDeadline undated) {
        return explain(undated, Said.RUNNING);
    }

    /** The same account with its dates in ISO, for --json. */
    public static String explainForMachine(UndatedDeadline undated) {
        return explain(undated, Said.ISO);
    }

    private static String explain(UndatedDeadline undated, Said said) {
        return switch (undated.basis()) {
            case AnswerSchedule s -> answer(s, said);
            case NotYetAsked n -> Localization.get("explain.notAsked", said.day(n.submitted()), n.body());
            default -> Localization.get("deadline." + undated.type().code());
        };
    }

    /** The editor's and a tooltip's line for a deadline: "Besvaras vid sammanträdet: 14 december 2026". */
    public static String when(Deadline deadline) {
        return Localization.get("deadline." + deadline.type().code()) + ": " + Said.LABEL.day(deadline.date());
    }

    /**
     * Said when a matter goes onto the agenda of a meeting after its deadline for being dealt with: "”Remiss om …” tas
     * upp först efter sin tidsgräns: svarsdatum den 28 december 2026, före sammanträdet KF 25 januari 2027 …".
     */
    public static String passesBefore(String title, Deadline deadline, se.ledamot.domain.meeting.Meeting meeting) {
        return Localization.get("meeting.ui.agenda.dueBefore", title, Localization.get("deadline."
                + deadline.type().code()).toLowerCase(Localization.locale()), deadline.date(),
                MeetingText.withPlace(meeting));
    }

    /** The editor's line for a clock without a date: "Besvaras vid sammanträdet: inte inplanerat ännu". */
    public static String when(UndatedDeadline undated) {
        return Localization.get("deadline." + undated.type().code()) + ": " + Localization.get("deadline.unplanned");
    }

    private static String oneYear(OneYearBasis b, Said said) {
        String body = b.decidingBodyIfKnown().orElse(Localization.get("explain.oneYear.council"));
        String text = Localization.get(b.kind() == MatterKind.CITIZEN_PROPOSAL ? "explain.oneYear.citizen_proposal"
                : "explain.oneYear.motion", said.day(b.submitted()), body, said.day(b.limit()));
        return b.moved() ? text + " " + Localization.get("explain.moved", said.day(b.anniversary())) : text;
    }

    private static String answer(AnswerSchedule s, Said said) {
        String asked = said.day(s.askedAt().date());
        StringBuilder out = new StringBuilder();
        if (s.answerRule() == AnswerRule.SAME_MEETING) {
            out.append(Localization.get("explain.answer.same", asked, s.body()));
        } else {
            out.append(s.answerAt().map(m -> Localization.get("explain.answer.next", asked, s.body(),
                    said.day(m.date()))).orElseGet(() -> Localization.get("explain.answer.nextUnplanned", asked,
                    s.body())));
        }
        s.writtenAnswerBy().ifPresent(w -> out.append(Localization.get("explain.written", said.moment(w))));
        if (out.charAt(out.length() - 1) != '.') {
            out.append('.');
        }
        s.submissionDeadline().ifPresent(d -> out.append(' ').append(Localization.get("explain.submitted",
                said.day(s.submitted()), said.moment(d), asked)));
        return out.toString();
    }

    /**
     * A deadline's moment in running text: its date, with the hour where its rule names one (a written answer "den
     * 11 december 2026 kl. 12.00").
     */
    public static String moment(Deadline deadline) {
        return moment(deadline, Said.RUNNING);
    }

    /** The same after a label: "Skriftligt svar till frågeställaren: 11 december 2026 kl. 12.00". */
    public static String labelled(Deadline deadline) {
        return moment(deadline, Said.LABEL);
    }

    private static String moment(Deadline deadline, Said said) {
        if (deadline.type() == DeadlineType.WRITTEN_ANSWER && deadline.basis() instanceof AnswerSchedule s
                && s.writtenAnswerBy().isPresent()) {
            return said.moment(s.writtenAnswerBy().get());
        }
        return said.day(deadline.date());
    }

    /** "den 13 december 2026", or "den 11 december 2026 kl. 08.00" when the rule names an hour. */
    public static String moment(LocalDateTime t) {
        return Said.RUNNING.moment(t);
    }

    /** The same after a label: "13 december 2026", "11 december 2026 kl. 08.00". */
    public static String labelled(LocalDateTime t) {
        return Said.LABEL.moment(t);
    }
}
