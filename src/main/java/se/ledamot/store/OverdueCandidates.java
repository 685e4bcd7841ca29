package se.ledamot.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.ledamot.domain.MatterKind;

/**
 * Which matters can be past a deadline on a day, said in SQL so that {@code overdue} reads those and not every open
 * matter (issue 15). A superset: the domain's rules ({@code MeetingCalendar#deadlines()}) still decide; this only
 * leaves out matters none of them can make overdue.
 * <ul>
 * <li>A stated reply date: overdue only once it has passed.</li>
 * <li>The one-year rule (KL 5 kap. 35 § for motions; 8 kap. for citizen proposals): the last day is at least a year
 * after submission (moved later off a closed day), so a matter submitted less than a year ago cannot be late.</li>
 * <li>Interpellations and questions (KL 5 kap. 59–63 §§): answered at a council meeting after they were asked, with a
 * written answer before it by the council's rules; they need a submission day, and every one that has one is read.</li>
 * </ul>
 * SQL on the matter table's columns ({@link OpenMatters}).
 */
final class OverdueCandidates {
    private OverdueCandidates() {
    }

    static String on(LocalDate day) {
        return "reply_by < " + date(day)
                + " OR kind IN " + codes(MatterKind::hasProposals) + " AND submitted <= " + date(day.minusYears(1))
                + " OR kind IN " + codes(MatterKind::hasAddressee) + " AND submitted IS NOT NULL";
    }

    /** The kinds' codes as an SQL list: ('motion', ...). */
    static String codes(Predicate<MatterKind> which) {
        return Arrays.stream(MatterKind.values()).filter(which).map(k -> "'" + k.code() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** A day as an SQL date literal, which both engines read. */
    static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }
}
