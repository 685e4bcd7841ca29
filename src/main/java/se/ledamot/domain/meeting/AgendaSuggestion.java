package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.OneYearBasis;
import se.ledamot.domain.Status;

/**
 * "Everything due at this meeting": what a secretary would put on the agenda. For the council: interpellations and
 * questions to be answered at this meeting (and any still unanswered from before), those handed in to be asked at
 * it (Kommunallagen 5 kap.: answered at the latest at the meeting after), motions whose preparation is done,
 * and motions whose year runs out before the body meets again, which must be reported as unfinished (Kommunallagen 5
 * kap. 35 §). For every body: referrals it must answer before it meets again.
 */
public final class AgendaSuggestion {
    public enum Reason {
        QUESTION_DUE,
        QUESTION_ASKED,
        TABLED,
        MOTION_PREPARED,
        MOTION_UNFINISHED,
        REFERRAL_DUE
    }

    /** One matter suggested for the agenda, why, and whether it came in after the submission deadline. */
    public record Suggestion(Matter matter, Reason reason, boolean late) {
    }

    private AgendaSuggestion() {
    }

    /**
     * @param pending       the matters not in the trash
     * @param alreadyPlanned ids of matters already on this agenda or on another planned meeting's agenda
     */
    public static List<Suggestion> forMeeting(Meeting meeting, MeetingCalendar calendar, Collection<Matter> pending,
            Set<Long> alreadyPlanned) {
        List<Suggestion> out = new ArrayList<>();
        boolean council = meeting.body().equals(calendar.councilCode());
        Optional<LocalDate> nextMeeting = calendar.next(meeting).map(Meeting::date);
        for (Matter m : pending) {
            if (alreadyPlanned.contains(m.id()) || !m.lifecycle().isPending(m.status())) {
                continue;
            }
            reason(m, meeting, calendar, council, nextMeeting)
                    .ifPresent(r -> out.add(new Suggestion(m, r, calendar.isLate(m, meeting))));
        }
        out.sort(Comparator.comparing((Suggestion s) -> s.reason().ordinal())
                .thenComparing(s -> s.matter().submitted(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static Optional<Reason> reason(Matter m, Meeting meeting, MeetingCalendar calendar, boolean council,
            Optional<LocalDate> nextMeeting) {
        if (m.status() == Status.TABLED) {
            // Put off at an earlier meeting of the body that decides it: back on its next agenda.
            boolean decidesIt = m.kind() == MatterKind.REFERRAL ? belongsTo(m, meeting, calendar) : council;
            return decidesIt ? Optional.of(Reason.TABLED) : Optional.empty();
        }
        if (council && m.kind().hasAddressee()
                && (m.status() == Status.SUBMITTED || m.status() == Status.ANSWER_READY)) {
            return calendar.answerSchedule(m).flatMap(s -> {
                if (s.answerAt().filter(due -> !due.date().isAfter(meeting.date())).isPresent()) {
                    return Optional.of(Reason.QUESTION_DUE);
                }
                return s.askedAt().equals(meeting) ? Optional.of(Reason.QUESTION_ASKED) : Optional.empty();
            });
        }
        if (council && m.kind().hasProposals()) {
            if (m.status() == Status.PREPARED) {
                return Optional.of(Reason.MOTION_PREPARED);
            }
            LocalDate limit = m.submitted() == null ? null : OneYearBasis.limitOf(m.submitted());
            // The last meeting before the year runs out is the last chance to report it within the year.
            boolean lastChance = limit != null && nextMeeting.map(limit::isBefore).orElse(!limit.isAfter(meeting.date()));
            return lastChance ? Optional.of(Reason.MOTION_UNFINISHED) : Optional.empty();
        }
        if (m.kind() == MatterKind.REFERRAL && m.replyBy() != null && belongsTo(m, meeting, calendar)) {
            boolean lastChance = nextMeeting.map(d -> m.replyBy().isBefore(d)).orElse(true);
            return lastChance && !m.replyBy().isBefore(meeting.date()) ? Optional.of(Reason.REFERRAL_DUE)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean belongsTo(Matter m, Meeting meeting, MeetingCalendar calendar) {
        if (m.responsibleBody() == null) {
            return false;
        }
        String named = m.responsibleBody().strip().toLowerCase(Locale.ROOT);
        return named.equals(meeting.body().toLowerCase(Locale.ROOT)) || calendar.body(meeting.body())
                .map(b -> b.name().toLowerCase(Locale.ROOT).equals(named)).orElse(false);
    }
}
