package se.ledamot.store;

import java.time.Clock;
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
        MeetingStore meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
        meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        AgendaStore agendas = new AgendaStore(db.dsl(), Clock.systemUTC());
        first = agendas.addText(meeting, "Budget 2027");
        second = agendas.addText(meeting, "Taxor för simhallen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aGroupSeesItsOwnPositionsAndNoOneElses() {
        PositionStore v = new PositionStore(db.dsl(), Clock.systemUTC(), "v");
        PositionStore m = new PositionStore(db.dsl(), Clock.systemUTC(), "M");
        v.save(Position.undecided(first.id(), "V").withStance(Stance.REJECT).withSpeaker("Anna Ek")
                .withArguments("Skolan först").withNotes("Yrka återremiss om S gör det"));
        m.save(Position.undecided(first.id(), "M").withStance(Stance.SUPPORT_PROPOSAL));

        assertThat(v.find(first.id())).hasValueSatisfying(p -> {
            assertThat(p.stance()).isEqualTo(Stance.REJECT);
            assertThat(p.speaker()).isEqualTo("Anna Ek");
            assertThat(p.notes()).isEqualTo("Yrka återremiss om S gör det");
        });
        assertThat(m.find(first.id())).hasValueSatisfying(p -> assertThat(p.stance()).isEqualTo(Stance.SUPPORT_PROPOSAL));
        assertThat(m.forMeeting(meeting).values()).extracting(Position::group).containsOnly("M");
        assertThat(new PositionStore(db.dsl(), Clock.systemUTC(), "S").forMeeting(meeting)).isEmpty();
        assertThat(new PositionStore(db.dsl(), Clock.systemUTC(), "S").get(first.id()).isDecided()).isFalse();
    }

    @Test
    void aGroupCannotWriteAnotherGroupsPosition() {
        PositionStore v = new PositionStore(db.dsl(), Clock.systemUTC(), "V");
        assertThatThrownBy(() -> v.save(Position.undecided(first.id(), "M").withStance(Stance.SUPPORT_PROPOSAL)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).key())
                .isEqualTo("position.group.other");
        assertThat(new PositionStore(db.dsl(), Clock.systemUTC(), "M").find(first.id())).isEmpty();
    }

    @Test
    void aStoreCannotBeOpenedWithoutAGroup() {
        assertThatThrownBy(() -> new PositionStore(db.dsl(), Clock.systemUTC(), " ")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("position.group.missing");
    }

    @Test
    void positionsComeInAgendaOrderAndAreUpdatedInPlace() {
        PositionStore v = new PositionStore(db.dsl(), Clock.systemUTC(), "V");
        v.save(Position.undecided(second.id(), "V").withStance(Stance.FREE));
        v.save(Position.undecided(first.id(), "V"));
        v.save(v.get(first.id()).withReviewed(true).withStance(Stance.OWN));
        assertThat(v.forMeeting(meeting).keySet()).containsExactly(first.id(), second.id());
        assertThat(v.get(first.id()).reviewed()).isTrue();
        assertThat(v.get(first.id()).stance()).isEqualTo(Stance.OWN);
    }

    @Test
    void aStanceMustBeAboutWhatTheItemAsks() {
        long interpellation = new MatterStore(db.dsl(), Clock.systemUTC()).add(se.ledamot.domain.Matter.newMatter(
                se.ledamot.domain.MatterKind.INTERPELLATION, "Interpellation om skolan").build()).id();
        AgendaItem item = new AgendaStore(db.dsl(), Clock.systemUTC()).addMatters(meeting, java.util.List.of(interpellation)).getFirst();
        PositionStore v = new PositionStore(db.dsl(), Clock.systemUTC(), "V");
        assertThatThrownBy(() -> v.save(Position.undecided(item.id(), "V").withStance(Stance.REJECT)))
                .extracting(e -> ((DomainException) e).key()).isEqualTo("stance.noDecision");
        assertThatThrownBy(() -> v.save(Position.undecided(first.id(), "V").withStance(Stance.TAKE_PART)))
                .extracting(e -> ((DomainException) e).key()).isEqualTo("stance.notForKind");
        assertThat(v.find(item.id())).isEmpty();
        v.save(Position.undecided(item.id(), "V").withStance(Stance.TAKE_PART).withSpeaker("Anna Ek"));
        assertThat(v.get(item.id()).stance()).isEqualTo(Stance.TAKE_PART);
    }

    @Test
    void removingAnAgendaItemRemovesThePositionsOnIt() {
        PositionStore v = new PositionStore(db.dsl(), Clock.systemUTC(), "V");
        v.save(Position.undecided(first.id(), "V").withStance(Stance.SUPPORT_PROPOSAL));
        new AgendaStore(db.dsl(), Clock.systemUTC()).remove(first.id());
        assertThat(v.find(first.id())).isEmpty();
        assertThatThrownBy(() -> v.save(Position.undecided(first.id(), "V")))
                .extracting(e -> ((DomainException) e).key()).isEqualTo("store.agenda.item.missing");
    }
}
