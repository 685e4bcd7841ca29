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
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on Protokoll's decision wording survives the window: she typed a
 * wording over one another secretary stored meanwhile and chose later; the window is closed (the folder's database
 * with it) without her choosing. Opened again, Protokoll asks again with her wording, the item shows it, and her
 * choice is stored and no longer kept. The real window: PutAsideWindowTest; a kill -9: PutAsideServiceTest.
 */
class PutAsideWordingFormTest {
    private static final String THEIRS = "Kommunfullmäktige beslutar att bifalla motionen.";
    private static final String MINE = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";

    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private long item;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void herWordingPutAsideAndTheWindowClosed() {
        test = new TestContext(folder);
        Meeting kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        long matter = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build())
                .id();
        item = test.services.meetings().addMatters(kf.id(), List.of(matter)).getFirst().id();
        openScreen();
        AgendaItem copy = stored();
        test.services.meetings().saveItem(copy, copy.withDecision(null, THEIRS));
        vm.item().decisionText().set(MINE);
        vm.item().saveDecision();
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
        vm.item().askKept();
        disk.runAll();
        vm.entries().stream().filter(r -> r.item() != null && r.item().id() == item).findFirst()
                .ifPresent(vm.item()::show);
        disk.runAll();
    }

    private AgendaItem stored() {
        return test.services.meetings().item(item).orElseThrow();
    }

    @Test
    void openedAgainItAsksWithHerWordingShowsItAndStoresHerChoice() {
        openScreen();

        // Asked when the screen opens, and again when she comes to the item.
        assertThat(asked).isNotEmpty();
        Conflict c = asked.getLast().getFirst();
        assertThat(c.field()).isEqualTo("decision_text");
        assertThat(c.mine()).isEqualTo(MINE);
        assertThat(c.theirs()).isEqualTo(THEIRS);
        assertThat(c.title()).contains("simhallen");
        assertThat(vm.item().decisionText().get()).isEqualTo(MINE);
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(stored().decisionText()).isEqualTo(THEIRS);

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        disk.runAll();
        assertThat(stored().decisionText()).isEqualTo(MINE);
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.flush()).isTrue();
    }

    @Test
    void aCrashRightAfterHerChoiceLeavesHerWordingStoredOrStillKept() {
        openScreen();
        Conflict c = asked.getLast().getFirst();

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        disk.runNext();
        // The process ends here: the rest of the lane never runs.

        assertThat(stored().decisionText().equals(MINE) || !test.services.putAside().waiting().isEmpty())
                .as("her wording is stored or still kept").isTrue();
    }

    @Test
    void keptUntilChosenThroughAnotherCloseAndForgottenOnceTheOtherChoseHerWording() {
        openScreen();
        assertThat(asked).isNotEmpty();
        test.close();
        asked.clear();

        // Still kept after a second close without a choice; meanwhile the other secretary took her wording.
        test = new TestContext(folder);
        AgendaItem copy = stored();
        test.services.meetings().saveItem(copy, copy.withDecision(null, MINE));
        test.close();
        openScreen();

        assertThat(asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.item().decisionText().get()).isEqualTo(MINE);
        assertThat(test.services.putAside().waiting()).isEmpty();
    }

    @Test
    void anItemTakenOffTheAgendaMeanwhileIsForgottenWithALineThatSaysWhatSheWrote() {
        test = new TestContext(folder);
        test.services.meetings().remove(item);
        test.close();
        openScreen();

        assertThat(asked).as("nothing left to choose for").isEmpty();
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.error().get()).contains("simhallen").contains("finns inte längre").contains(MINE);
    }
}
