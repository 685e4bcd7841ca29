package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.PutAsideFolder;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on Protokoll's record of an item survives the window: she took a
 * note out (and recorded a reservation) where another secretary had just reworded it, and chose later; the window is
 * closed (the folder's database with it) without her choosing. Opened again, Protokoll asks again, the item shows her
 * record, her choice is stored and no longer kept; an item taken off the agenda meanwhile is forgotten with a line.
 */
class PutAsideRecordFormTest {
    private static final Person ANNA = new Person("Anna Ek", "S");
    private static final String THEIRS = "Vi vill se en plan i vår.";

    private long item;

    @RegisterExtension
    final PutAsideFolder<MinutesViewModel> window = new PutAsideFolder<>(w -> {
        MinutesViewModel vm = new MinutesViewModel(w.context());
        vm.item().setOnConflicts(w.asked::add);
        vm.loadMeetings();
        w.disk.runAll();
        vm.entries().stream().filter(r -> r.item() != null && r.item().id() == item).findFirst()
                .ifPresent(vm.item()::show);
        w.disk.runAll();
        vm.item().askKept();
        return vm;
    });

    @BeforeEach
    void herRecordPutAsideAndTheWindowClosed() {
        item = window.prepare(PutAsideFolder::motionOnTheAgenda);
        MinutesViewModel vm = window.open();
        vm.item().forms().noteBy().set("Anna Ek (S)");
        vm.item().forms().noteText().set("Vi vill se en plan.");
        vm.item().addNote();
        window.disk.runAll();
        ItemMinutes copy = stored();
        window.test.services.papers().saveItemMinutes(copy, copy.withoutNote(0)
                .withNote(new MinutesNote(List.of(ANNA), THEIRS)));
        vm.item().removeNote(0);
        vm.item().forms().reserveBy().set("Anna Ek (S)");
        vm.item().addReservation();
        window.putAsideAndClose();
    }

    private ItemMinutes stored() {
        return window.test.services.papers().itemMinutes(item);
    }

    @Test
    void openedAgainItAsksWithHerRecordShowsItAndStoresHerChoice() {
        MinutesViewModel vm = window.open();

        Conflict c = window.askedAgain("item_notes", "", "Anna Ek (S): " + THEIRS);
        assertThat(vm.item().notes()).as("her record: the note taken out").isEmpty();
        assertThat(vm.item().waitingAside()).singleElement()
                .satisfies(a -> assertThat(a.title()).contains("simhallen"));
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(stored().notes()).extracting(MinutesNote::text).containsExactly(THEIRS);

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        window.disk.runAll();
        assertThat(stored().notes()).isEmpty();
        assertThat(stored().reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(window.kept()).isEmpty();
        assertThat(vm.flush()).isTrue();
    }

    @Test
    void keptThroughAnotherCloseUntilChosen() {
        window.open();
        assertThat(window.asked).isNotEmpty();
        window.close();
        window.open();

        assertThat(window.asked).isNotEmpty();
        assertThat(window.lastAsked().field()).isEqualTo("item_notes");
        assertThat(window.kept()).singleElement()
                .satisfies(a -> assertThat(a.form()).isEqualTo("minutes.record"));
    }

    @Test
    void anItemTakenOffTheAgendaMeanwhileIsForgottenWithALine() {
        window.meanwhile(s -> s.meetings().remove(item));
        MinutesViewModel vm = window.open();

        assertThat(window.asked).as("nothing left to choose for").isEmpty();
        assertThat(window.kept()).isEmpty();
        assertThat(vm.error().get()).contains("simhallen").contains("finns inte längre");
    }
}
