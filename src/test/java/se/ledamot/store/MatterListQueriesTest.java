package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * The list of matters is read in a fixed few queries however long it is.
 */
class MatterListQueriesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path ten;

    @TempDir
    Path hundred;

    @Test
    void aListOfAHundredMattersTakesAsManyQueriesAsAListOfTen() {
        int few = queries(ten, 10);
        int many = queries(hundred, 100);
        assertThat(few).isPositive().isLessThanOrEqualTo(5);
        assertThat(many).isEqualTo(few);
    }

    private static int queries(Path folder, int matters) {
        AtomicInteger count = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                count.incrementAndGet();
            }
        };
        try (Database db = TestDatabases.local(folder)) {
            MatterStore plain = new MatterStore(db.dsl(), CLOCK);
            if (plain.list().isEmpty()) {
                fill(plain, matters);
            }
            MatterStore counted = new MatterStore(db.dsl().configuration().derive(counter).dsl(), CLOCK);
            count.set(0);
            assertThat(counted.list()).isNotEmpty();
            return count.get();
        }
    }

    /** Matters with every kind of child row, every other one still open, every third one answered. */
    private static void fill(MatterStore store, int matters) {
        for (int i = 0; i < matters; i++) {
            store.add(Matter.newMatter(i % 2 == 0 ? MatterKind.MOTION : MatterKind.INTERPELLATION, "Ärende " + i)
                    .number("KS 2026/" + i).submitted(LocalDate.parse("2026-01-01").plusDays(i))
                    .status(i % 4 < 2 ? Status.SUBMITTED : (i % 2 == 0 ? Status.DECIDED : Status.ANSWERED))
                    .authors(List.of(new Person("Anna Ek", "V"), new Person("Bo Ek", "S")))
                    .addressee(i % 2 == 0 ? null : new Addressee("Cia Ek", "M", "ordförande"))
                    .proposals(i % 2 == 0 ? List.of("att något görs " + i) : List.of())
                    .questions(i % 2 == 0 ? List.of() : List.of("Varför " + i + "?"))
                    .body("Bakgrund " + i).answer(i % 3 == 0 ? "Svar " + i : "").tags(Set.of("tagg" + i % 5))
                    .build());
        }
    }
}
