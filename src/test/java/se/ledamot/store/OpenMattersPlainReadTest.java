package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Status;

/**
 * The open matters' reads written out in SQL ({@link OpenMatters}, {@link OverdueCandidates}) find exactly what jOOQ's
 * read of every matter ({@link MatterStore#list()}), open and outlined in Java, holds and the narrowing says: the same
 * matters with the same children, in the same order, on generated data (every kind and status, reply dates, eight
 * years, some in the trash), on days from before the first matter to after the last.
 */
class OpenMattersPlainReadTest extends GeneratedRegisterTest {
    @Test
    void theCandidatesAreTheOpenOutlinesTheNarrowingSelects() {
        try (OpenDatabase db = generated(7, 700)) {
            compare(db);
        }
    }

    private static void compare(OpenDatabase db) {
        MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
        openOutlines(matters).stream().limit(40).filter(m -> m.id() % 3 == 0).forEach(m -> matters.trash(m.id()));
        List<Matter> open = openOutlines(matters);
        OutlookStore outlook = new OutlookStore(db.dsl());
        int found = 0;
        for (LocalDate day = TODAY.minusYears(9); day.isBefore(TODAY.plusYears(2)); day = day.plusDays(97)) {
            List<Matter> overdue = open.stream().filter(candidate(day)).toList();
            assertThat(outlook.overdueCandidates(day)).as("overdue candidates on " + day).isEqualTo(overdue);
            Predicate<Matter> awaiting = m -> m.kind().hasAddressee()
                    && (m.status() == Status.SUBMITTED || m.status() == Status.ANSWER_READY);
            List<Matter> due = open.stream().filter(candidate(day.plusDays(1)).or(awaiting)).toList();
            assertThat(outlook.mayBeDueBy(day)).as("may be due by " + day).extracting(Matter::id)
                    .isEqualTo(due.stream().map(Matter::id).toList());
            assertThat(outlook.mayBeDueBy(day)).allSatisfy(m -> assertThat(m.authors()).isEmpty());
            found += overdue.size();
        }
        assertThat(found).isGreaterThan(200);
        assertThat(open).anyMatch(m -> !m.authors().isEmpty()).anyMatch(m -> m.replyBy() != null);
    }

    /** Every open matter read whole, newest first, without body and answer. */
    private static List<Matter> openOutlines(MatterStore matters) {
        return matters.list().stream().filter(m -> m.lifecycle().isOpen(m.status()))
                .map(m -> m.toBuilder().body("").answer("").build()).toList();
    }

    /** {@link OverdueCandidates#on} said in Java. */
    private static Predicate<Matter> candidate(LocalDate day) {
        return m -> m.replyBy() != null && m.replyBy().isBefore(day)
                || m.kind().hasProposals() && m.submitted() != null && !m.submitted().isAfter(day.minusYears(1))
                || m.kind().hasAddressee() && m.submitted() != null;
    }
}
