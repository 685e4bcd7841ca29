package se.ledamot.importer.parse;

import java.time.Duration;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.budget.Limits;

/** The counted work of parsing a text: characters the parser's patterns and scanners looked at. No clock involved. */
final class Work {
    private static final Limits UNLIMITED = new Limits(Duration.ofMinutes(10), Long.MAX_VALUE, Long.MAX_VALUE / 1_000_000_000L);

    private Work() {
    }

    static long of(String text) {
        Budget budget = new Budget(UNLIMITED, () -> false);
        try {
            // Both readers, as the importer runs them: the meeting document's first, then the matter's.
            budget.run(() -> {
                new MeetingTextParser().parse(text, "text.txt");
                return new CouncilTextParser().parse(text, "text.txt");
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return budget.work();
    }
}
