package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.OneYearBasis;

/**
 * The report to the council of motions and citizen proposals not prepared within a year (Kommunallagen 5 kap.
 * 35 §; for citizen proposals 8 kap.): a motion "bör beredas så att fullmäktige kan fatta beslut inom ett år", and if that cannot
 * be done, "detta och vad som har kommit fram vid beredningen" must be reported within the same time. A council
 * reports in its report months (say April and October), so a report must list every undecided one whose year ends
 * before the next report, not only those already late, each with what its preparation has produced; the council may
 * then strike them off (avskriva), and the report proposes it where the council's rules say so.
 */
public final class UnfinishedMotions {
    /** Twice a year, April and October, as most councils do. */
    public static final Set<Month> DEFAULT_REPORT_MONTHS = CouncilRules.DEFAULT_REPORT_MONTHS;

    /**
     * One motion or citizen proposal in the report.
     *
     * @param limit             the last day of its year (moved off a closed day, Lag 1930:173)
     * @param monthsOld         whole months since submission on the report day
     * @param preparedProposal  the latest prepared proposal for decision, if any
     * @param preparation       what has happened in its preparation, earliest first
     * @param strikeOffProposed the council's rules propose striking it off
     */
    public record Entry(Matter matter, LocalDate limit, long monthsOld, Optional<String> preparedProposal,
            List<PreparationStep> preparation, boolean strikeOffProposed) {
        public Entry {
            preparation = List.copyOf(preparation);
        }

        /** Its year has already run out on the report day. */
        public boolean late(LocalDate day) {
            return limit.isBefore(day);
        }
    }

    /** The report on a day: the entries, motions first, and the day of the next report they were chosen against. */
    public record Report(LocalDate day, LocalDate nextReport, List<Entry> entries) {
        public Report {
            entries = List.copyOf(entries);
        }

        public List<Entry> motions() {
            return of(MatterKind.MOTION);
        }

        /** Citizen proposals have their own place in the report; they are not motions. */
        public List<Entry> citizenProposals() {
            return of(MatterKind.CITIZEN_PROPOSAL);
        }

        private List<Entry> of(MatterKind kind) {
            return entries.stream().filter(e -> e.matter().kind() == kind).toList();
        }
    }

    private UnfinishedMotions() {
    }

    /**
     * The report on a day under the council's rules and meetings.
     *
     * @param histories what is on record of each matter's handling, by matter id; a matter without one has none
     */
    public static Report report(LocalDate day, MeetingCalendar calendar, Collection<Matter> matters,
            Map<Long, MatterHistory> histories) {
        CouncilRules rules = calendar.councilRules();
        LocalDate next = nextReportDate(day, rules.reportMonths(), calendar);
        List<Entry> entries = matters.stream()
                .filter(m -> m.kind().hasProposals() && m.submitted() != null)
                .filter(m -> m.lifecycle().isPending(m.status()))
                .filter(m -> OneYearBasis.limitOf(m.submitted()).isBefore(next))
                .sorted(Comparator.comparing((Matter m) -> m.kind() != MatterKind.MOTION)
                        .thenComparing(Matter::submitted))
                .map(m -> entry(m, day, histories.getOrDefault(m.id(), MatterHistory.EMPTY), rules))
                .toList();
        return new Report(day, next, entries);
    }

    /**
     * The entries on a day with the usual report months and no meetings: for callers that have only the latest
     * proposals.
     *
     * @param proposals the latest prepared proposal per matter id, from the agendas
     */
    public static List<Entry> asOf(LocalDate day, Collection<Matter> matters, Map<Long, String> proposals) {
        MeetingCalendar none = new MeetingCalendar(CouncilRules.lawDefaults(List.of()), List.of());
        Map<Long, MatterHistory> histories = new java.util.HashMap<>();
        proposals.forEach((id, p) -> histories.put(id, new MatterHistory(List.of(), List.of(), p)));
        return report(day, none, matters, histories).entries();
    }

    private static Entry entry(Matter m, LocalDate day, MatterHistory history, CouncilRules rules) {
        long months = ChronoUnit.MONTHS.between(m.submitted(), day);
        boolean strikeOff = rules.strikeOffAfter().map(n -> months >= n).orElse(false);
        return new Entry(m, OneYearBasis.limitOf(m.submitted()), months, history.latestProposal(),
                PreparationStep.of(m, history), strikeOff);
    }

    /**
     * The day of the next report after one made on a day: the council's first meeting in the next report month, or,
     * with none planned, the last day of that month, so that nothing due before it is left out.
     */
    public static LocalDate nextReportDate(LocalDate day, Set<Month> reportMonths, MeetingCalendar calendar) {
        if (reportMonths.isEmpty()) {
            throw new se.ledamot.domain.DomainException("rules.reportMonths.missing");
        }
        YearMonth month = YearMonth.from(day).plusMonths(1);
        while (!reportMonths.contains(month.getMonth())) {
            month = month.plusMonths(1);
        }
        YearMonth reportMonth = month;
        return calendar.meetingsOf(calendar.councilCode()).stream().map(Meeting::date)
                .filter(d -> YearMonth.from(d).equals(reportMonth)).findFirst()
                .orElse(reportMonth.atEndOfMonth());
    }

    /** Whether the report is due at a meeting: the body's first meeting in a report month. */
    public static boolean reportDueAt(Meeting meeting, MeetingCalendar calendar, Set<Month> reportMonths) {
        return reportMonths.contains(meeting.date().getMonth()) && calendar.previous(meeting)
                .map(p -> p.date().getMonth() != meeting.date().getMonth()
                        || p.date().getYear() != meeting.date().getYear())
                .orElse(true);
    }
}
