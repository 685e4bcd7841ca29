package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MEETING;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.store.generate.CouncilGenerator;

/** The generator fills an empty database with data the program reads as any other: valid, varied, reproducible. */
@OnBothEngines
class CouncilGeneratorTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void generatedMattersAreValidVariedAndSpreadOverTheYears() {
        CouncilGenerator.Summary made = new CouncilGenerator(db.dsl(), TODAY, 42).generate(3_000, n -> { });

        MatterStore store = new MatterStore(db.dsl(), Clock.systemUTC());
        List<Matter> all = store.list();
        assertThat(all).hasSize(3_000);
        assertThat(made.matters()).isEqualTo(3_000);
        Map<MatterKind, Long> kinds = all.stream().collect(Collectors.groupingBy(Matter::kind, Collectors.counting()));
        assertThat(kinds.get(MatterKind.MOTION)).isBetween(700L, 1100L);
        assertThat(kinds.get(MatterKind.REFERRAL)).isBetween(550L, 950L);
        assertThat(kinds).containsKeys(MatterKind.INTERPELLATION, MatterKind.QUESTION, MatterKind.CITIZEN_PROPOSAL);
        assertThat(all.stream().map(Matter::submitted).filter(d -> d != null).map(LocalDate::getYear).distinct())
                .hasSizeGreaterThanOrEqualTo(2);
        // Old matters are mostly done, and most open ones are young.
        long oldOpen = all.stream().filter(m -> m.submitted() != null && m.submitted().isBefore(TODAY.minusYears(1)))
                .filter(m -> m.lifecycle().isOpen(m.status())).count();
        assertThat(oldOpen).isPositive().isLessThan(all.size() / 10);
        assertThat(all.stream().filter(m -> m.kind() == MatterKind.INTERPELLATION && m.status() == Status.ANSWERED))
                .allSatisfy(m -> assertThat(m.answer()).isNotBlank());
        assertThat(all.stream().filter(m -> m.kind() == MatterKind.MOTION)).allSatisfy(m -> {
            assertThat(m.authors()).isNotEmpty();
            assertThat(m.proposals()).isNotEmpty();
        });
        assertThat(made.meetings()).isEqualTo(db.dsl().fetchCount(MEETING)).isGreaterThan(100);
        assertThat(made.agendaItems()).isEqualTo(db.dsl().fetchCount(AGENDA_ITEM)).isGreaterThan(made.meetings());
        assertThat(made.positions()).isEqualTo(db.dsl().fetchCount(GROUP_POSITION)).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameDataAndLaterInsertsGetFreshIds() {
        new CouncilGenerator(db.dsl(), TODAY, 7).generate(200, n -> { });
        MatterStore store = new MatterStore(db.dsl(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        List<String> titles = store.list().stream().map(Matter::title).sorted().toList();

        Matter added = store.add(Matter.newMatter(MatterKind.MOTION, "Motion om en ny badplats").build());
        assertThat(added.id()).isEqualTo(201L);

        try (OpenDatabase other = TestDatabases.open(engine, folder.resolve("other"))) {
            new CouncilGenerator(other.dsl(), TODAY, 7).generate(200, n -> { });
            assertThat(new MatterStore(other.dsl(), Clock.systemUTC()).list().stream().map(Matter::title).sorted())
                    .containsExactlyElementsOf(titles);
        }
    }

    @Test
    void committedInPartsItIsTheSameDataAndLaterInsertsGetFreshIds() {
        new CouncilGenerator(db.dsl(), TODAY, 7, 60).generate(200, n -> { });
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        MatterStore store = new MatterStore(db.dsl(), clock);
        List<Matter> parts = store.list();
        int items = db.dsl().fetchCount(AGENDA_ITEM);

        try (OpenDatabase other = TestDatabases.open(engine, folder.resolve("other"))) {
            new CouncilGenerator(other.dsl(), TODAY, 7).generate(200, n -> { });
            assertThat(new MatterStore(other.dsl(), clock).list()).containsExactlyElementsOf(parts);
            assertThat(other.dsl().fetchCount(AGENDA_ITEM)).isEqualTo(items);
        }
        assertThat(store.add(Matter.newMatter(MatterKind.MOTION, "Motion om en ny badplats").build()).id())
                .isEqualTo(201L);
        assertThat(db.dsl().insertInto(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.ITEM_NUMBER,
                AGENDA_ITEM.TEXT).values(1L, 99, "Övrigt").returning(AGENDA_ITEM.ID).fetchOne().getId())
                .isEqualTo(items + 1L);
    }

    @Test
    void refusesADatabaseThatHasMatters() {
        new CouncilGenerator(db.dsl(), TODAY, 1).generate(10, n -> { });
        assertThatThrownBy(() -> new CouncilGenerator(db.dsl(), TODAY, 1).generate(10, n -> { }))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isEqualTo("store.generate.notEmpty"));
        assertThat(db.dsl().fetchCount(MATTER)).isEqualTo(10);
    }
}
