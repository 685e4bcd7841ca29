package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5 on the Protokoll screen's Paragrafer: the item's record or its decision's wording on screen was changed
 * by another secretary since it was read (the store's side, on PostgreSQL and on one folder, is StaleItemMinutesTest
 * and StaleAgendaItemTest; the real window on a server, StaleItemMinutesWindowTest). Her lines and the other's both
 * stay, a list both changed is asked in words and her choice is stored, and the other's wording is never written over.
 */
class StaleItemMinutesFormTest {
    private static final Person ANNA = new Person("Anna Ek", "S");
    private static final Person BO = new Person("Bo Ek", "M");

    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private long item;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void theItemOnScreen() {
        test = new TestContext(folder);
        Meeting kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        long matter = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build())
                .id();
        item = test.services.meetings().addMatters(kf.id(), List.of(matter)).getFirst().id();
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(new AppContext(test.services, test.dialogs, disk, () -> test.debouncer,
                new WriterPreferences(test.preferencesNode)));
        vm.item().setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        vm.item().show(vm.entries().stream().filter(r -> r.item() != null && r.item().id() == item).findFirst()
                .orElseThrow());
        disk.runAll();
        assertThat(vm.item().recording()).isTrue();
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** Another secretary, in another window, records from the copy stored now. */
    private void otherRecords(UnaryOperator<ItemMinutes> change) {
        ItemMinutes copy = stored();
        assertThat(test.services.papers().saveItemMinutes(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private ItemMinutes stored() {
        return test.services.papers().itemMinutes(item);
    }

    @Test
    void theOthersMotionStaysBesideHersAndComesOnScreen() {
        otherRecords(m -> m.withMotion(MovedMotion.of(BO, MotionType.REJECT)));
        vm.item().forms().motionBy().set("Anna Ek (S)");
        vm.item().addMotion();
        disk.runAll();

        assertThat(stored().motions()).extracting(m -> m.by().name()).containsExactlyInAnyOrder("Anna Ek", "Bo Ek");
        assertThat(vm.item().motions()).isEqualTo(stored().motions());
        assertThat(asked).isEmpty();
    }

    @Test
    void notesChangedOnBothSidesAreAskedInWordsAndHerChoiceIsStored() {
        vm.item().forms().noteBy().set("Anna Ek (S)");
        vm.item().forms().noteText().set("Vi vill se en plan.");
        vm.item().addNote();
        disk.runAll();
        otherRecords(m -> m.withoutNote(0).withNote(new MinutesNote(List.of(ANNA), "Vi vill se en plan i vår.")));
        vm.item().removeNote(0);
        vm.item().forms().reserveBy().set("Anna Ek (S)");
        vm.item().addReservation();
        disk.runAll();

        Conflict c = asked.getFirst().getFirst();
        assertThat(c.field()).isEqualTo("item_notes");
        assertThat(c.theirs()).isEqualTo("Anna Ek (S): Vi vill se en plan i vår.");
        assertThat(c.mine()).isEmpty();
        // The other's note stands until she chooses; her reservation, which nobody else touched, is stored.
        assertThat(stored().notes()).extracting(MinutesNote::text).containsExactly("Vi vill se en plan i vår.");
        assertThat(stored().reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(vm.item().notes()).isEmpty();

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        disk.runAll();
        assertThat(stored().notes()).isEmpty();
        assertThat(stored().reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(asked).hasSize(1);
    }

    @Test
    void theOthersWordingIsNotWrittenOverAndKeepingItPutsItOnScreen() {
        AgendaItem copy = test.services.meetings().item(item).orElseThrow();
        test.services.meetings().saveItem(copy, copy.withDecision(null, "Kommunfullmäktige bifaller motionen."));
        vm.item().decisionText().set("Kommunfullmäktige avslår motionen.");
        vm.item().saveDecision();
        disk.runAll();

        Conflict c = asked.getFirst().getFirst();
        assertThat(c.field()).isEqualTo("decision_text");
        assertThat(c.longText()).isTrue();
        assertThat(test.services.meetings().item(item).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(vm.item().decisionText().get()).isEqualTo("Kommunfullmäktige avslår motionen.");

        vm.item().choose(c, Resolution.THEIRS, null, () -> { });
        disk.runAll();
        assertThat(vm.item().decisionText().get()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(test.services.meetings().item(item).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(vm.flush()).isTrue();
        disk.runAll();
        assertThat(asked).hasSize(1);
    }
}
