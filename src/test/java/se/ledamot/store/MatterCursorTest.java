package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * The cursor hands over exactly the matters the list reads whole, without body and answer, in the same order, with the
 * same children: matters on the same day, without a day, without children, and those in the trash (left out) included.
 */
class MatterCursorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theCursorHandsOverTheListsOutlinesInItsOrder() {
        try (Database db = TestDatabases.local(folder)) {
            MatterStore store = new MatterStore(db.dsl(), CLOCK);
            List<Matter> added = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                added.add(store.add(matter(i)));
            }
            store.trash(added.get(7).id());
            store.trash(added.get(30).id());

            List<Matter> streamed = new ArrayList<>();
            store.cursor().outlines(streamed::add);

            assertThat(streamed).hasSize(58).isEqualTo(store.list().stream()
                    .map(m -> m.toBuilder().body("").answer("").build()).toList());
            assertThat(streamed).extracting(Matter::id).doesNotContain(added.get(7).id(), added.get(30).id());
            assertThat(streamed).anyMatch(m -> m.authors().size() == 3).anyMatch(m -> m.authors().isEmpty())
                    .anyMatch(m -> m.submitted() == null).anyMatch(m -> m.tags().size() == 2);
        }
    }

    @Test
    void anEmptyRegisterHandsOverNothing() {
        try (Database db = TestDatabases.local(folder)) {
            List<Matter> streamed = new ArrayList<>();
            new MatterStore(db.dsl(), CLOCK).cursor().outlines(streamed::add);
            assertThat(streamed).isEmpty();
        }
    }

    /** Five matters a day (ties broken by id), every seventh without a day, children of every count. */
    private static Matter matter(int i) {
        List<Person> authors = List.of(new Person("Anna Ek", "V"), new Person("Bo Ek", "S"),
                new Person("Cia Ek", null)).subList(0, i % 4 == 3 ? 0 : i % 4 + 1);
        return Matter.newMatter(i % 2 == 0 ? MatterKind.MOTION : MatterKind.INTERPELLATION, "Ärende " + i)
                .number("KS 2026/" + i).submitted(i % 7 == 0 ? null : LocalDate.parse("2026-01-01").plusDays(i / 5))
                .status(i % 4 < 2 ? Status.SUBMITTED : (i % 2 == 0 ? Status.DECIDED : Status.ANSWERED))
                .authors(authors)
                .addressee(i % 2 == 0 ? null : new Addressee("Cia Ek", "M", "ordförande"))
                .proposals(i % 2 == 0 ? List.of("att något görs " + i, "att mer görs") : List.of())
                .questions(i % 2 == 0 ? List.of() : List.of("Varför " + i + "?"))
                .body("Bakgrund " + i).answer(i % 3 == 0 ? "Svar " + i : "")
                .tags(i % 5 == 0 ? Set.of() : Set.of("tagg" + i % 5, "b" + i % 3)).build();
    }
}
