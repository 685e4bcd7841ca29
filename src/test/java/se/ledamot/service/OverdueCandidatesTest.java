package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Overdue;

/**
 * {@code overdue} reads only the matters SQL says can be late on the day; on generated data (every kind, stated reply
 * dates, interpellations and questions with council meetings, eight years) it finds exactly what the rules find
 * over every open matter, on days from before the first matter to after the last.
 */
class OverdueCandidatesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @TempDir
    Path folder;

    @Test
    void theNarrowedReadFindsWhatTheRulesFindOverEveryOpenMatter() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Ledamot app = Ledamot.open(folder, clock)) {
            app.generate().generate(600, 15, n -> { }, n -> { });
            List<Matter> open = new java.util.ArrayList<>();
            app.matters().eachOutline(m -> {
                if (m.lifecycle().isOpen(m.status())) {
                    open.add(m);
                }
            });
            int found = 0;
            for (LocalDate day = TODAY.minusYears(9); day.isBefore(TODAY.plusYears(2)); day = day.plusDays(53)) {
                List<Overdue.Entry> narrowed = app.deadlines().overdue(day);
                assertThat(narrowed).as("overdue on " + day)
                        .isEqualTo(Overdue.of(open, app.deadlines().rules(), day));
                found += narrowed.size();
            }
            assertThat(found).isGreaterThan(100);
        }
    }
}
