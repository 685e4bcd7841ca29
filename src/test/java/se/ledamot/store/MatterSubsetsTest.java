package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

/**
 * The parts of the register read through the indexes ({@link MatterSubsets}) are exactly what every matter read and
 * filtered in Java holds, as Svar, Sammanträden and the kallelse read them before: the same matters, whole or as
 * outlines, in the register's order, on generated data (every kind and status, eight years, some in the trash).
 */
class MatterSubsetsTest extends GeneratedRegisterTest {
    @Test
    void eachSubsetIsWhatTheWholeRegisterFilteredHolds() {
        try (OpenDatabase db = generated(11, 600)) {
            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            matters.list().stream().limit(90).filter(m -> m.id() % 4 == 0).forEach(m -> matters.trash(m.id()));
            List<Matter> all = matters.list();
            MatterSubsets subsets = new MatterSubsets(db.dsl(), matters);

            List<Matter> toAnswer = all.stream()
                    .filter(m -> m.kind().hasAddressee() && m.lifecycle().isOpen(m.status())).toList();
            assertThat(subsets.openToAnswer()).isNotEmpty().isEqualTo(toAnswer);
            assertThat(toAnswer).anyMatch(m -> !m.body().isEmpty());

            List<Matter> pending = all.stream().filter(m -> m.lifecycle().isPending(m.status()))
                    .map(m -> m.toBuilder().body("").answer("").build()).toList();
            assertThat(subsets.pendingOutlines()).hasSizeGreaterThan(20).isEqualTo(pending);

            Predicate<MatterKind> announced = k -> k == MatterKind.MOTION || k == MatterKind.QUESTION;
            LocalDate after = TODAY.minusMonths(8);
            LocalDate upTo = TODAY.minusMonths(2);
            List<Matter> between = all.stream().filter(m -> announced.test(m.kind()) && m.submitted() != null
                    && m.submitted().isAfter(after) && !m.submitted().isAfter(upTo)).toList();
            assertThat(subsets.submittedBetween(announced, after, upTo)).isNotEmpty().isEqualTo(between);

            // A search's hits, in its order: every id down and up again (two reads of a thousand), those in the
            // trash and those no matter has among them.
            Map<Long, Matter> outlines = all.stream()
                    .collect(Collectors.toMap(Matter::id, m -> m.toBuilder().body("").answer("").build()));
            long[] hits = LongStream.concat(LongStream.iterate(700, i -> i > 0, i -> i - 1),
                    LongStream.rangeClosed(1, 700)).toArray();
            List<Matter> handed = new ArrayList<>();
            subsets.eachOutline(hits, handed::add);
            assertThat(handed).hasSizeGreaterThan(1000).isEqualTo(LongStream.of(hits).mapToObj(outlines::get)
                    .filter(Objects::nonNull).toList());
        }
    }
}
