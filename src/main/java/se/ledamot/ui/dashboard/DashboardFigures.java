package se.ledamot.ui.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * What the dashboard shows, worked out from the matters, today's date and the next meeting: plain data, so that
 * it can be checked without a screen.
 *
 * <p>"This week": every open matter past a deadline; "my answers to write": interpellations and questions put to
 * me, submitted and not yet answered ("me" is the name in the preferences or, for an addressee with no name, my
 * party); every matter with a deadline on or before the next meeting (the meeting calendar's rules make an
 * interpellation due at the meeting after the one where it is asked); and every other deadline in the next seven
 * days.
 */
public record DashboardFigures(List<AttentionItem> attention,
        Map<MatterKind, Map<Status, Integer>> pendingByKindAndStatus,
        List<MotionAge> motionAges,
        Map<String, Integer> pendingByParty) {

    public static final int WEEK_DAYS = 7;

    /**
     * A pending motion's or citizen proposal's age in whole months since submission; past 12 it is over the one-year
     * line.
     */
    public record MotionAge(Matter motion, long months) {
        public boolean overOneYear() {
            return months >= 12;
        }
    }

    public static DashboardFigures of(List<Matter> matters, LocalDate today, Optional<LocalDate> nextMeeting,
            Deadlines deadlines, String myName, String myParty) {
        List<AttentionItem> attention = new ArrayList<>();
        Map<MatterKind, Map<Status, Integer>> byKind = new EnumMap<>(MatterKind.class);
        List<MotionAge> ages = new ArrayList<>();
        Map<String, Integer> byParty = new TreeMap<>();
        for (Matter m : matters) {
            if (!m.lifecycle().isPending(m.status())) {
                continue;
            }
            byKind.computeIfAbsent(m.kind(), k -> new EnumMap<>(Status.class)).merge(m.status(), 1, Integer::sum);
            List<String> parties = m.parties().isEmpty() ? List.of(Localization.get("dashboard.party.none"))
                    : m.parties();
            parties.forEach(p -> byParty.merge(p, 1, Integer::sum));
            if (m.kind().hasProposals() && m.submitted() != null) {
                ages.add(new MotionAge(m, Math.max(0, ChronoUnit.MONTHS.between(m.submitted(), today))));
            }
            attentionFor(m, today, nextMeeting, deadlines, myName, myParty).ifPresent(attention::add);
        }
        attention.sort(Comparator.comparing((AttentionItem a) -> a.reason().ordinal())
                .thenComparing(a -> a.matter().title()));
        ages.sort(Comparator.comparingLong(MotionAge::months).reversed());
        return new DashboardFigures(List.copyOf(attention), byKind, List.copyOf(ages), byParty);
    }

    /** The strongest reason a matter needs attention this week, if any. */
    private static Optional<AttentionItem> attentionFor(Matter m, LocalDate today, Optional<LocalDate> nextMeeting,
            Deadlines deadlines, String myName, String myParty) {
        Optional<Deadline> nearest = deadlines.nearest(m);
        if (nearest.isPresent() && nearest.get().isOverdue(today)) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.OVERDUE, describe(nearest.get(), today)));
        }
        if (isMine(m, myName, myParty)) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.MY_ANSWER,
                    nearest.map(d -> describe(d, today)).orElse(Localization.get("dashboard.detail.answer"))));
        }
        if (nextMeeting.isPresent() && nearest.isPresent() && !nearest.get().date().isAfter(nextMeeting.get())) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.DUE_AT_NEXT_MEETING,
                    Localization.get("dashboard.detail.nextMeeting", nextMeeting.get())));
        }
        if (nearest.isPresent() && nearest.get().daysLeft(today) <= WEEK_DAYS) {
            return Optional.of(new AttentionItem(m, AttentionItem.Reason.DUE_THIS_WEEK,
                    describe(nearest.get(), today)));
        }
        return Optional.empty();
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
            long citizen = in.stream().filter(a -> a.motion().kind() == MatterKind.CITIZEN_PROPOSAL).count();
            out.add(new AgeBucket(r[0], r[1], in.size() - citizen, citizen));
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
