package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;

/**
 * Group S's position on an item, walked with two laptops. The group had no position on the item yet; offline, Anna
 * wrote its arguments and notes, Bo chose its stance and speaker. Different fields, so both win; before, Bo's sync
 * asked him to choose between Anna's text and the empty arguments and notes he never typed (2 conflicts), because a
 * thing made on both sides was merged against a base of nulls, where his empty text counted as a change. And when
 * both change the notes, Bo's conflict is headed by the matter the item is about ("Motion om fler parkbänkar –
 * Anteckningar"), not by the notes' own text, which said nothing of which item it was.
 */
class NewPositionOnTwoLaptopsTest {
    @TempDir
    Path temp;

    private SyncFixture world;

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    /** The motion on the council's agenda, and Anna's and Bo's laptops of group S, each synced once. */
    private List<SyncFixture.Laptop> annaAndBo(String prefix) {
        world = new SyncFixture().enrol(prefix + "_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol(prefix + "_anna", "S", ServerRole.MEMBER).enrol(prefix + "_bo", "S", ServerRole.MEMBER);
        OpenDatabase secretariat = world.server(prefix + "_karin");
        MovableClock clock = new MovableClock("2026-11-21T10:00:00Z");
        long matter = new MatterStore(secretariat.dsl(), clock)
                .add(Matter.newMatter(MatterKind.MOTION, "Motion om fler parkbänkar").build()).id();
        long meeting = new MeetingStore(secretariat.dsl(), clock)
                .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        new AgendaStore(secretariat.dsl(), clock).addMatters(meeting, List.of(matter));
        SyncFixture.Laptop anna = world.laptop(temp.resolve("anna"), prefix + "_anna");
        SyncFixture.Laptop bo = world.laptop(temp.resolve("bo"), prefix + "_bo");
        anna.sync();
        bo.sync();
        return List.of(anna, bo);
    }

    @Test
    void aPositionNewOnBothLaptopsKeepsEachOnesFieldsWithoutAConflict() {
        List<SyncFixture.Laptop> laptops = annaAndBo("newpos");
        SyncFixture.Laptop anna = laptops.get(0);
        SyncFixture.Laptop bo = laptops.get(1);

        positions(anna).save(Position.undecided(item(anna), "S").withArguments("Bänkar för äldre.")
                .withNotes("Anna talar."));
        positions(bo).save(Position.undecided(item(bo), "S").withStance(Stance.SUPPORT).withSpeaker("Bo Berg"));
        anna.sync();
        SyncReport boSync = bo.sync();
        anna.sync();

        assertThat(boSync.conflicts()).isZero();
        for (SyncFixture.Laptop l : List.of(anna, bo)) {
            Position p = positions(l).get(item(l));
            assertThat(p.stance()).isEqualTo(Stance.SUPPORT);
            assertThat(p.speaker()).isEqualTo("Bo Berg");
            assertThat(p.arguments()).isEqualTo("Bänkar för äldre.");
            assertThat(p.notes()).isEqualTo("Anna talar.");
            assertThat(l.conflicts().count()).isZero();
        }
    }

    @Test
    void aPositionsConflictIsNamedByTheMatterOfItsAgendaItem() {
        List<SyncFixture.Laptop> laptops = annaAndBo("postitle");
        SyncFixture.Laptop anna = laptops.get(0);
        SyncFixture.Laptop bo = laptops.get(1);
        positions(anna).save(Position.undecided(item(anna), "S").withNotes("Anna talar."));
        anna.sync();
        bo.sync();

        positions(anna).save(positions(anna).get(item(anna)).withNotes("Anna talar först, Bo tar repliken."));
        positions(bo).save(positions(bo).get(item(bo)).withNotes("Bo talar först."));
        anna.sync();
        bo.sync();

        List<Conflict> conflicts = bo.conflicts().list();
        assertThat(conflicts).extracting(Conflict::field).containsExactly("notes");
        assertThat(conflicts.getFirst().title()).isEqualTo("Motion om fler parkbänkar");
    }

    @Test
    void aStanceBothChangedIsShownInWordsNotAsItsCode() {
        List<SyncFixture.Laptop> laptops = annaAndBo("poswords");
        SyncFixture.Laptop anna = laptops.get(0);
        SyncFixture.Laptop bo = laptops.get(1);
        positions(anna).save(Position.undecided(item(anna), "S").withStance(Stance.SUPPORT));
        positions(bo).save(Position.undecided(item(bo), "S").withStance(Stance.REJECT));
        anna.sync();
        bo.sync();

        Conflict stance = bo.conflicts().list().stream().filter(c -> c.field().equals("stance")).findFirst()
                .orElseThrow();
        assertThat(stance.theirs()).isEqualTo("Bifall till motionen");
        assertThat(stance.mine()).isEqualTo("Avslag");
    }

    /**
     * The README's two laptops: Anna's stance and arguments, Bo's stance and notes. Her arguments come to his laptop
     * while his position is merged with the server's in the send, not in the fetch after it; before, his syncs said
     * "inget nytt att hämta" although they had arrived (the summary counted only what the fetch applied). Her own
     * sends fetch nothing: counted, they had every window read its screens again after each of her changes.
     */
    @Test
    void fieldsMergedInDuringTheSendAreCountedAsFetched() {
        List<SyncFixture.Laptop> laptops = annaAndBo("poscount");
        SyncFixture.Laptop anna = laptops.get(0);
        SyncFixture.Laptop bo = laptops.get(1);
        positions(anna).save(Position.undecided(item(anna), "S").withStance(Stance.SUPPORT)
                .withArguments("Planen behövs"));
        positions(bo).save(Position.undecided(item(bo), "S").withStance(Stance.REJECT)
                .withNotes("Fråga om kostnaden"));
        SyncReport hers = anna.sync();
        SyncReport first = bo.sync();
        Conflict stance = bo.conflicts().list().getFirst();
        bo.conflicts().resolve(stance, se.ledamot.domain.sync.Resolution.MINE, null);
        SyncReport chosen = bo.sync();

        assertThat(positions(bo).get(item(bo)).arguments()).isEqualTo("Planen behövs");
        assertThat(first.conflicts()).isEqualTo(1);
        assertThat(first.pulled() + chosen.pulled()).as("Anna's arguments, fetched once").isEqualTo(1);
        assertThat(chosen.pushed()).isEqualTo(1);
        assertThat(hers.pushed()).isEqualTo(1);
        assertThat(hers.pulled()).as("her own position, sent").isZero();
        positions(anna).save(positions(anna).get(item(anna)).withArguments("Planen behövs, och snart"));
        SyncReport again = anna.sync();
        assertThat(again.pushed()).isEqualTo(1);
        assertThat(again.pulled()).as("Bo's stance and notes, fetched; her own change not").isEqualTo(1);
        assertThat(anna.sync().pulled()).isZero();
    }

    private static PositionStore positions(SyncFixture.Laptop l) {
        return new PositionStore(l.local.dsl(), l.clock, "S");
    }

    private static long item(SyncFixture.Laptop l) {
        long meeting = new MeetingStore(l.local.dsl(), l.clock).list().getFirst().id();
        return new AgendaStore(l.local.dsl(), l.clock).agenda(meeting).getFirst().id();
    }
}
