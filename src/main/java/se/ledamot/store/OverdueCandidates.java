package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
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
 */
final class OverdueCandidates {
    private OverdueCandidates() {
    }

    static Condition on(LocalDate day) {
        return MATTER.REPLY_BY.lt(day)
                .or(MATTER.KIND.in(codes(MatterKind::hasProposals)).and(MATTER.SUBMITTED.le(day.minusYears(1))))
                .or(MATTER.KIND.in(codes(MatterKind::hasAddressee)).and(MATTER.SUBMITTED.isNotNull()));
    }

    static List<String> codes(java.util.function.Predicate<MatterKind> which) {
        return Arrays.stream(MatterKind.values()).filter(which).map(MatterKind::code).toList();
    }
}
