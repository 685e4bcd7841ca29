package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;

@OnBothEngines
class PositionStoreTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;
    private long meeting;
    private AgendaItem first;
    private AgendaItem second;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
        MeetingStore meetings = new MeetingStore(db);
        meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        first = meetings.addText(meeting, "Budget 2027");
        second = meetings.addText(meeting, "Taxor för simhallen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aGroupSeesItsOwnPositionsAndNoOneElses() {
        PositionStore v = new PositionStore(db, "v");
        PositionStore m = new PositionStore(db, "M");
        v.save(Position.undecided(first.id(), "V").withStance(Stance.REJECT).withSpeaker("Anna Ek")
                .withArguments("Skolan först").withNotes("Yrka återremiss om S gör det"));
        m.save(Position.undecided(first.id(), "M").withStance(Stance.SUPPORT));

        assertThat(v.find(first.id())).hasValueSatisfying(p -> {
            assertThat(p.stance()).isEqualTo(Stance.REJECT);
            assertThat(p.speaker()).isEqualTo("Anna Ek");
            assertThat(p.notes()).isEqualTo("Yrka återremiss om S gör det");
        });
        assertThat(m.find(first.id())).hasValueSatisfying(p -> assertThat(p.stance()).isEqualTo(Stance.SUPPORT));
        assertThat(m.forMeeting(meeting).values()).extracting(Position::group).containsOnly("M");
        assertThat(new PositionStore(db, "S").forMeeting(meeting)).isEmpty();
        assertThat(new PositionStore(db, "S").get(first.id()).isDecided()).isFalse();
    }

    @Test
    void aGroupCannotWriteAnotherGroupsPosition() {
        PositionStore v = new PositionStore(db, "V");
        assertThatThrownBy(() -> v.save(Position.undecided(first.id(), "M").withStance(Stance.SUPPORT)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).key())
                .isEqualTo("position.group.other");
        assertThat(new PositionStore(db, "M").find(first.id())).isEmpty();
    }

    @Test
    void aStoreCannotBeOpenedWithoutAGroup() {
        assertThatThrownBy(() -> new PositionStore(db, " ")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("position.group.missing");
    }

    @Test
    void positionsComeInAgendaOrderAndAreUpdatedInPlace() {
        PositionStore v = new PositionStore(db, "V");
        v.save(Position.undecided(second.id(), "V").withStance(Stance.FREE));
        v.save(Position.undecided(first.id(), "V"));
        v.save(v.get(first.id()).withReviewed(true).withStance(Stance.OWN));
        assertThat(v.forMeeting(meeting).keySet()).containsExactly(first.id(), second.id());
        assertThat(v.get(first.id()).reviewed()).isTrue();
        assertThat(v.get(first.id()).stance()).isEqualTo(Stance.OWN);
    }

    @Test
    void removingAnAgendaItemRemovesThePositionsOnIt() {
        PositionStore v = new PositionStore(db, "V");
        v.save(Position.undecided(first.id(), "V").withStance(Stance.SUPPORT));
        new MeetingStore(db).remove(first.id());
        assertThat(v.find(first.id())).isEmpty();
        assertThatThrownBy(() -> v.save(Position.undecided(first.id(), "V")))
                .extracting(e -> ((DomainException) e).key()).isEqualTo("store.agenda.item.missing");
    }
}
