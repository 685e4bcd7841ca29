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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on the meeting's part of the minutes survives the window: she typed
 * where the minutes are to be approved over the place another secretary had just stored, and chose later; the window
 * is closed (the folder's database with it) without her choosing. Opened again, Protokoll asks again with her place,
 * the form shows it, her choice is stored and no longer kept; a meeting deleted meanwhile is forgotten with a line.
 */
class PutAsideMinutesFormTest {
    private static final String THEIRS = "Stadshuset";
    private static final String MINE = "Kansliet, rum 3";

    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private Meeting kf;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void herPlacePutAsideAndTheWindowClosed() {
        test = new TestContext(folder);
        kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        openScreen();
        Minutes copy = stored();
        test.services.papers().saveMinutes(copy, copy.withAdjustment(copy.adjusters(), copy.adjustDay(),
                copy.adjustTime(), THEIRS));
        vm.form().adjustPlace().set(MINE);
        assertThat(vm.saveMeeting()).isTrue();
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

    /** A window on the folder with Protokoll shown (the meeting chosen) and the choices kept asked. */
    private void openScreen() {
        test = new TestContext(folder);
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(test.contextOn(disk));
        vm.setOnConflicts(asked::add);
        vm.loadMeetings();
        vm.askKept();
        disk.runAll();
    }

    private Minutes stored() {
        return test.services.papers().storedMinutes(kf.id());
    }

    @Test
    void openedAgainItAsksWithHerPlaceShowsItAndStoresHerChoice() {
        openScreen();

        assertThat(asked).isNotEmpty();
        Conflict c = asked.getLast().getFirst();
        assertThat(c.field()).isEqualTo("adjust_place");
        assertThat(c.mine()).isEqualTo(MINE);
        assertThat(c.theirs()).isEqualTo(THEIRS);
        assertThat(vm.form().adjustPlace().get()).isEqualTo(MINE);
        assertThat(vm.keptAside()).hasSize(1);
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(stored().adjustPlace()).isEqualTo(THEIRS);

        vm.choose(c, Resolution.MINE, () -> { });
        disk.runAll();
        assertThat(stored().adjustPlace()).isEqualTo(MINE);
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.keptAside()).isEmpty();
    }

    @Test
    void keptThroughAnotherCloseAndForgottenOnceTheOtherTookHerPlace() {
        openScreen();
        assertThat(asked).isNotEmpty();
        test.close();
        asked.clear();

        test = new TestContext(folder);
        Minutes copy = stored();
        test.services.papers().saveMinutes(copy, copy.withAdjustment(copy.adjusters(), copy.adjustDay(),
                copy.adjustTime(), MINE));
        test.close();
        openScreen();

        assertThat(asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.form().adjustPlace().get()).isEqualTo(MINE);
        assertThat(test.services.putAside().waiting()).isEmpty();
    }

    @Test
    void aMeetingDeletedMeanwhileIsForgottenWithALineThatSaysWhatSheWrote() {
        test = new TestContext(folder);
        test.services.meetings().delete(kf.id());
        test.close();
        openScreen();

        assertThat(asked).as("nothing left to choose for").isEmpty();
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.error().get()).contains("finns inte längre").contains(MINE);
    }
}
