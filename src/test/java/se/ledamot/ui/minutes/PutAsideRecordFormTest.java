package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on Protokoll's record of an item survives the window: she took a
 * note out (and recorded a reservation) where another secretary had just reworded it, and chose later; the window is
 * closed (the folder's database with it) without her choosing. Opened again, Protokoll asks again, the item shows her
 * record, her choice is stored and no longer kept; an item taken off the agenda meanwhile is forgotten with a line.
 */
class PutAsideRecordFormTest {
    private static final Person ANNA = new Person("Anna Ek", "S");
    private static final String THEIRS = "Vi vill se en plan i vår.";

    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private long item;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void herRecordPutAsideAndTheWindowClosed() {
        test = new TestContext(folder);
        Meeting kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        long matter = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build())
                .id();
        item = test.services.meetings().addMatters(kf.id(), List.of(matter)).getFirst().id();
        openScreen();
        vm.item().forms().noteBy().set("Anna Ek (S)");
        vm.item().forms().noteText().set("Vi vill se en plan.");
        vm.item().addNote();
        disk.runAll();
        ItemMinutes copy = stored();
        test.services.papers().saveItemMinutes(copy, copy.withoutNote(0)
                .withNote(new MinutesNote(List.of(ANNA), THEIRS)));
        vm.item().removeNote(0);
        vm.item().forms().reserveBy().set("Anna Ek (S)");
        vm.item().addReservation();
        disk.runAll();
        assertThat(asked).hasSize(1);
        // "Välj senare": nothing chosen; the window closes (she said yes to closing) and the database with it.
        test.close();
        asked.clear();
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** A window on the folder with Protokoll shown and the item chosen. */
    private void openScreen() {
        test = new TestContext(folder);
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(new AppContext(test.services, test.dialogs, disk, () -> test.debouncer,
                new WriterPreferences(test.preferencesNode)));
        vm.item().setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        vm.entries().stream().filter(r -> r.item() != null && r.item().id() == item).findFirst()
                .ifPresent(vm.item()::show);
        disk.runAll();
        vm.item().askKept();
        disk.runAll();
    }

    private ItemMinutes stored() {
        return test.services.papers().itemMinutes(item);
    }

    @Test
    void openedAgainItAsksWithHerRecordShowsItAndStoresHerChoice() {
        openScreen();

        assertThat(asked).isNotEmpty();
        Conflict c = asked.getLast().getFirst();
        assertThat(c.field()).isEqualTo("item_notes");
        assertThat(c.theirs()).isEqualTo("Anna Ek (S): " + THEIRS);
        assertThat(c.mine()).isEmpty();
        assertThat(vm.item().notes()).as("her record: the note taken out").isEmpty();
        assertThat(vm.item().keptAside()).singleElement().asString().contains("simhallen");
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(stored().notes()).extracting(MinutesNote::text).containsExactly(THEIRS);

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        disk.runAll();
        assertThat(stored().notes()).isEmpty();
        assertThat(stored().reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.flush()).isTrue();
    }

    @Test
    void keptThroughAnotherCloseUntilChosen() {
        openScreen();
        assertThat(asked).isNotEmpty();
        test.close();
        asked.clear();
        openScreen();

        assertThat(asked).isNotEmpty();
        assertThat(asked.getLast().getFirst().field()).isEqualTo("item_notes");
        assertThat(test.services.putAside().waiting()).singleElement()
                .satisfies(a -> assertThat(a.form()).isEqualTo("minutes.record"));
    }

    @Test
    void anItemTakenOffTheAgendaMeanwhileIsForgottenWithALine() {
        test = new TestContext(folder);
        test.services.meetings().remove(item);
        test.close();
        openScreen();

        assertThat(asked).as("nothing left to choose for").isEmpty();
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.error().get()).contains("simhallen").contains("finns inte längre");
    }
}
