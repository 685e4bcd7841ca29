package se.ledamot.ui.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.ledamot.l10n.Dates;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.PendingCounts;
import se.ledamot.domain.Status;
import se.ledamot.domain.UndatedDeadline;
import se.ledamot.domain.meeting.AnswerSchedule;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DeadlineService;

/**
 * What the dashboard shows, worked out from the matters, today's date and the next meeting: plain data, so that
 * it can be checked without a screen.
 *
 * <p>"To do by the next meeting and in the next 7 days" (not the calendar week: on a Friday that would be three
 * days): every open matter past a deadline; "my answers to write": interpellations and questions put to me,
 * submitted and not yet answered ("me" is the name in the preferences or, for an addressee with no name, my party);
 * every matter with a deadline on or before the next meeting (the meeting calendar's rules make an interpellation
 * due at the meeting after the one where it is asked), or asked there and answered at a meeting not planned yet, as
 * the party group goes through every pending matter before it; and every other deadline in the next seven days. An
 * answer ready still has its written answer's moment to meet, said before the meeting it is taken up at.
 */
public record DashboardFigures(List<AttentionItem> attention,
        Map<MatterKind, Map<Status, Integer>> pendingByKindAndStatus,
        List<MotionAge> motionAges,
        Map<String, Integer> pendingByParty) {

    public static final int WEEK_DAYS = DeadlineService.Outlook.WEEK_DAYS;

    /**
     * Pending motions or citizen proposals of one kind and one age in whole months since submission; past 12 they
     * are over the one-year line.
     */
    public record MotionAge(MatterKind kind, long months, int count) {
        public boolean overOneYear() {
            return months >= 12;
        }
    }

    /** The figures from every open matter in memory (counted here as the database counts them). */
    public static DashboardFigures of(List<Matter> matters, LocalDate today, Optional<LocalDate> nextMeeting,
            Deadlines deadlines, String myName, String myParty) {
        return of(matters, PendingCounts.of(matters), today, nextMeeting, deadlines, myName, myParty);
    }

    /**
     * The figures from the pending matters' counts and the open matters that may need attention this week (any
     * others are left out by their deadlines; {@link DeadlineService#outlook}).
     */
    public static DashboardFigures of(List<Matter> mayNeedAttention, PendingCounts pending, LocalDate today,
            Optional<LocalDate> nextMeeting, Deadlines deadlines, String myName, String myParty) {
        List<AttentionItem> attention = new ArrayList<>();
        for (Matter m : mayNeedAttention) {
            if (m.lifecycle().isPending(m.status())) {
                attentionFor(m, today, nextMeeting, deadlines, myName, myParty).ifPresent(attention::add);
            }
        }
        attention.sort(Comparator.comparing((AttentionItem a) -> a.reason().ordinal())
                .thenComparing(a -> a.matter().title()));
        Map<String, Integer> byParty = new TreeMap<>(pending.byParty());
        if (pending.withoutParty() > 0) {
            byParty.merge(Localization.get("dashboard.party.none"), pending.withoutParty(), Integer::sum);
        }
        Map<MatterKind, Map<Status, Integer>> byKind = new EnumMap<>(MatterKind.class);
        byKind.putAll(pending.byKindAndStatus());
        List<MotionAge> ages = new ArrayList<>();
        pending.proposalsBySubmitted().forEach((kind, days) -> days.forEach((day, n) -> ages.add(new MotionAge(kind,
                Math.max(0, ChronoUnit.MONTHS.between(day, today)), n))));
        ages.sort(Comparator.comparingLong(MotionAge::months).reversed());
        return new DashboardFigures(List.copyOf(attention), byKind, List.copyOf(ages), byParty);
    }

    /** The strongest reason a matter needs attention by the next meeting or within the week, if any. */
    private static Optional<AttentionItem> attentionFor(Matter m, LocalDate today, Optional<LocalDate> nextMeeting,
            Deadlines deadlines, String myName, String myParty) {
        Optional<Deadline> nearest = deadlines.nearest(m);
        if (nearest.isPresent() && nearest.get().isOverdue(today)) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.OVERDUE, describe(nearest.get(), today)));
        }
        // The nearest moment still to come: an answer ready must still reach the asker before the meeting.
        Optional<Deadline> soonest = nearest.flatMap(d -> handOver(m, d, today)).or(() -> nearest);
        // An answer at a meeting not planned yet: no date, but the clock runs ("inte inplanerat ännu").
        Optional<UndatedDeadline> undated = nearest.isEmpty() ? deadlines.undated(m) : Optional.empty();
        if (isMine(m, myName, myParty)) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.MY_ANSWER, nearest.map(d -> describe(d, today))
                    .or(() -> undated.map(DeadlineText::when)).orElse(Localization.get("dashboard.detail.answer"))));
        }
        if (nextMeeting.isPresent() && nearest.isPresent() && !nearest.get().date().isAfter(nextMeeting.get())) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.DUE_AT_NEXT_MEETING,
                    atNextMeeting(soonest.get(), nextMeeting.get(), today)));
        }
        // Asked at the next meeting and answered at one not planned yet: the group meets it at the next meeting.
        Optional<LocalDate> asked = undated.map(UndatedDeadline::basis).filter(AnswerSchedule.class::isInstance)
                .map(b -> ((AnswerSchedule) b).askedAt().date());
        if (nextMeeting.isPresent() && asked.equals(nextMeeting)) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.DUE_AT_NEXT_MEETING,
                    Localization.get("dashboard.detail.askedUnplanned", Dates.day(asked.get(), today),
                            DeadlineText.when(undated.get()))));
        }
        if (soonest.isPresent() && soonest.get().daysLeft(today) <= WEEK_DAYS) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.DUE_THIS_WEEK,
                    describe(soonest.get(), today)));
        }
        return Optional.empty();
    }

    /**
     * The written answer of an interpellation whose answer is ready (svar klart): no rule makes it late any more, but
     * it must still reach the asker by the arbetsordning's moment, days before the meeting (the tester's 4 December:
     * "Ska tas upp måndag 21 december" shown, the written answer due fredag 18 december kl. 12.00 not).
     */
    private static Optional<Deadline> handOver(Matter m, Deadline nearest, LocalDate today) {
        if (m.kind() != MatterKind.INTERPELLATION || m.status() != Status.ANSWER_READY
                || !(nearest.basis() instanceof AnswerSchedule s)) {
            return Optional.empty();
        }
        return s.writtenAnswerBy().filter(w -> !w.toLocalDate().isBefore(today))
                .map(w -> new Deadline(w.toLocalDate(), DeadlineType.WRITTEN_ANSWER, s));
    }

    /** "Ska tas upp måndag 21 december", after the written answer's moment when that comes first. */
    private static String atNextMeeting(Deadline soonest, LocalDate meeting, LocalDate today) {
        if (soonest.type() == DeadlineType.WRITTEN_ANSWER && soonest.date().isBefore(meeting)
                && soonest.basis() instanceof AnswerSchedule s && s.writtenAnswerBy().isPresent()) {
            LocalDateTime w = s.writtenAnswerBy().get();
            return Localization.get("dashboard.detail.writtenThenMeeting", Dates.day(w.toLocalDate(),
                    w.toLocalTime(), today), Dates.day(meeting, today));
        }
        return Localization.get("dashboard.detail.nextMeeting", Dates.day(meeting, today));
    }

    /** Put to me and not yet answered: the addressee is me by name, or by party when no name is given. */
    static boolean isMine(Matter m, String myName, String myParty) {
        if (!m.kind().hasAddressee() || m.status() != Status.SUBMITTED || m.addressee() == null) {
            return false;
        }
        String name = m.addressee().name();
        if (name != null) {
            return !blank(myName) && normal(name).equals(normal(myName));
        }
        String party = m.addressee().party();
        return party != null && !blank(myParty) && normal(party).equals(normal(myParty));
    }

    private static String describe(Deadline d, LocalDate today) {
        return Localization.get("deadline." + d.type().code()) + ", " + Grammar.due(d, today);
    }

    /**
     * A range of ages in months, [from, to), and how many pending motions and citizen proposals fall in it: counted
     * apart, since a citizen proposal is not a motion.
     */
    public record AgeBucket(int fromMonths, int toMonths, long motions, long citizenProposals) {
        public long count() {
            return motions + citizenProposals;
        }

        public boolean overOneYear() {
            return fromMonths >= 12;
        }

        public String label() {
            return toMonths == Integer.MAX_VALUE ? Localization.get("dashboard.age.over", fromMonths)
                    : Localization.get("dashboard.age.range", fromMonths, toMonths);
        }
    }

    /** Ages in the buckets the chart shows: three-month steps up to the one-year line, then beyond. */
    public List<AgeBucket> motionAgeBuckets() {
        int[][] ranges = {{0, 3}, {3, 6}, {6, 9}, {9, 12}, {12, 18}, {18, Integer.MAX_VALUE}};
        List<AgeBucket> out = new ArrayList<>();
        for (int[] r : ranges) {
            List<MotionAge> in = motionAges.stream().filter(a -> a.months() >= r[0] && a.months() < r[1]).toList();
            long all = in.stream().mapToLong(MotionAge::count).sum();
            long citizen = in.stream().filter(a -> a.kind() == MatterKind.CITIZEN_PROPOSAL)
                    .mapToLong(MotionAge::count).sum();
            out.add(new AgeBucket(r[0], r[1], all - citizen, citizen));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
