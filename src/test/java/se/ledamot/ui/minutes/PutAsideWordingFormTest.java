package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.PutAsideFolder;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on Protokoll's decision wording survives the window: she typed a
 * wording over one another secretary stored meanwhile and chose later; the window is closed (the folder's database
 * with it) without her choosing. Opened again, Protokoll asks again with her wording, the item shows it, and her
 * choice is stored and no longer kept. The real window: PutAsideWindowTest; a kill -9: PutAsideServiceTest.
 */
class PutAsideWordingFormTest {
    private static final String THEIRS = "Kommunfullmäktige beslutar att bifalla motionen.";
    private static final String MINE = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";

    private long item;

    // A window on the folder with Protokoll shown and the item chosen.
    @RegisterExtension
    final PutAsideFolder<MinutesViewModel> window = new PutAsideFolder<>(w -> {
        MinutesViewModel vm = new MinutesViewModel(w.context());
        vm.item().setOnConflicts(w.asked::add);
        vm.loadMeetings();
        vm.item().askKept();
        w.disk.runAll();
        vm.entries().stream().filter(r -> r.item() != null && r.item().id() == item).findFirst()
                .ifPresent(vm.item()::show);
        return vm;
    });

    @BeforeEach
    void herWordingPutAsideAndTheWindowClosed() {
        item = window.prepare(PutAsideFolder::motionOnTheAgenda);
        MinutesViewModel vm = window.open();
        AgendaItem copy = stored();
        window.test.services.meetings().saveItem(copy, copy.withDecision(null, THEIRS));
        vm.item().decisionText().set(MINE);
        vm.item().saveDecision();
        window.putAsideAndClose();
    }

    private AgendaItem stored() {
        return window.test.services.meetings().item(item).orElseThrow();
    }

    @Test
    void openedAgainItAsksWithHerWordingShowsItAndStoresHerChoice() {
        MinutesViewModel vm = window.open();

        // Asked when the screen opens, and again when she comes to the item.
        Conflict c = window.askedAgain("decision_text", MINE, THEIRS);
        assertThat(c.title()).contains("simhallen");
        assertThat(vm.item().decisionText().get()).isEqualTo(MINE);
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(stored().decisionText()).isEqualTo(THEIRS);

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        window.disk.runAll();
        assertThat(stored().decisionText()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
        assertThat(vm.flush()).isTrue();
    }

    @Test
    void aCrashRightAfterHerChoiceLeavesHerWordingStoredOrStillKept() {
        MinutesViewModel vm = window.open();
        Conflict c = window.lastAsked();

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        window.disk.runNext();
        // The process ends here: the rest of the lane never runs.

        assertThat(stored().decisionText().equals(MINE) || !window.kept().isEmpty())
                .as("her wording is stored or still kept").isTrue();
    }

    @Test
    void keptUntilChosenThroughAnotherCloseAndForgottenOnceTheOtherChoseHerWording() {
        window.open();
        assertThat(window.asked).isNotEmpty();
        window.close();

        // Still kept after a second close without a choice; meanwhile the other secretary took her wording.
        window.meanwhile(s -> {
            AgendaItem copy = s.meetings().item(item).orElseThrow();
            s.meetings().saveItem(copy, copy.withDecision(null, MINE));
        });
        MinutesViewModel vm = window.open();

        assertThat(window.asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.item().decisionText().get()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
    }

    @Test
    void anItemTakenOffTheAgendaMeanwhileIsForgottenWithALineThatSaysWhatSheWrote() {
        window.meanwhile(s -> s.meetings().remove(item));
        MinutesViewModel vm = window.open();

        assertThat(window.asked).as("nothing left to choose for").isEmpty();
        assertThat(window.kept()).isEmpty();
        assertThat(vm.error().get()).contains("simhallen").contains("finns inte längre").contains(MINE);
    }
}
