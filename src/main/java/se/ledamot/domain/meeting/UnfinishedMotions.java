package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.Matter;

/**
 * The report of unfinished motions (Kommunallagen 5 kap. 35 §): every motion or citizen proposal not decided within
 * a year of its submission, with what its preparation has produced so far. Councils make it twice a year, by
 * default in April and October.
 */
public final class UnfinishedMotions {
    public static final Set<Month> DEFAULT_REPORT_MONTHS = Set.of(Month.APRIL, Month.OCTOBER);

    /**
     * One motion in the report.
     *
     * @param limit            the day its year ran out
     * @param monthsOld        whole months since submission on the report day
     * @param preparedProposal the latest prepared proposal for decision on an agenda, if any
     */
    public record Entry(Matter matter, LocalDate limit, long monthsOld, Optional<String> preparedProposal) {
    }

    private UnfinishedMotions() {
    }

    /**
     * The motions to report on a day.
     *
     * @param proposals the latest prepared proposal per matter id, from the agendas
     */
    public static List<Entry> asOf(LocalDate day, Collection<Matter> matters, Map<Long, String> proposals) {
        return matters.stream()
                .filter(m -> m.kind().hasProposals() && m.submitted() != null)
                .filter(m -> m.lifecycle().isPending(m.status()))
                .filter(m -> m.submitted().plusYears(1).isBefore(day))
                .sorted(Comparator.comparing(Matter::submitted))
                .map(m -> new Entry(m, m.submitted().plusYears(1), ChronoUnit.MONTHS.between(m.submitted(), day),
                        Optional.ofNullable(proposals.get(m.id())).filter(p -> !p.isBlank())))
                .toList();
    }

    /** Whether the report is due at a meeting: the body's first meeting in a report month. */
    public static boolean reportDueAt(Meeting meeting, MeetingCalendar calendar, Set<Month> reportMonths) {
        return reportMonths.contains(meeting.date().getMonth()) && calendar.previous(meeting)
                .map(p -> p.date().getMonth() != meeting.date().getMonth()
                        || p.date().getYear() != meeting.date().getYear())
                .orElse(true);
    }
}
