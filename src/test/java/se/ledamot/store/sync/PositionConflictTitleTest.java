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
import se.ledamot.domain.sync.Conflict;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;

/**
 * Anna and Bo of group S both change the notes of their group's position offline; Bo's sync shows the conflict under
 * the matter the agenda item is about ("Motion om fler parkbänkar – Anteckningar"), not under the notes' own text
 * ("Anna talar först, Bo tar repliken. – Anteckningar"), which said nothing of which item it was.
 */
class PositionConflictTitleTest {
    @TempDir
    Path temp;

    private SyncFixture world;

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aPositionsConflictIsNamedByTheMatterOfItsAgendaItem() {
        world = new SyncFixture().enrol("postitle_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("postitle_anna", "S", ServerRole.MEMBER).enrol("postitle_bo", "S", ServerRole.MEMBER);
        OpenDatabase secretariat = world.server("postitle_karin");
        MovableClock clock = new MovableClock("2026-11-21T10:00:00Z");
        long matter = new MatterStore(secretariat.dsl(), clock)
                .add(Matter.newMatter(MatterKind.MOTION, "Motion om fler parkbänkar").build()).id();
        long meeting = new MeetingStore(secretariat.dsl(), clock)
                .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        new AgendaStore(secretariat.dsl(), clock).addMatters(meeting, List.of(matter));
        SyncFixture.Laptop anna = world.laptop(temp.resolve("anna"), "postitle_anna");
        SyncFixture.Laptop bo = world.laptop(temp.resolve("bo"), "postitle_bo");
        anna.sync();
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

    private static PositionStore positions(SyncFixture.Laptop l) {
        return new PositionStore(l.local.dsl(), l.clock, "S");
    }

    private static long item(SyncFixture.Laptop l) {
        long meeting = new MeetingStore(l.local.dsl(), l.clock).list().getFirst().id();
        return new AgendaStore(l.local.dsl(), l.clock).agenda(meeting).getFirst().id();
    }
}
