package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.PutAsideFolder;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on the meeting's part of the minutes survives the window: she typed
 * where the minutes are to be approved over the place another secretary had just stored, and chose later; the window
 * is closed (the folder's database with it) without her choosing. Opened again, Protokoll asks again with her place,
 * the form shows it, her choice is stored and no longer kept; a meeting deleted meanwhile is forgotten with a line.
 */
class PutAsideMinutesFormTest {
    private static final String THEIRS = "Stadshuset";
    private static final String MINE = "Kansliet, rum 3";

    private Meeting kf;

    // A window on the folder with Protokoll shown (the meeting chosen) and the choices kept asked.
    @RegisterExtension
    final PutAsideFolder<MinutesViewModel> window = new PutAsideFolder<>(w -> {
        MinutesViewModel vm = new MinutesViewModel(w.context());
        vm.setOnConflicts(w.asked::add);
        vm.loadMeetings();
        vm.askKept();
        return vm;
    });

    @BeforeEach
    void herPlacePutAsideAndTheWindowClosed() {
        kf = window.prepare(s -> s.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16"))));
        MinutesViewModel vm = window.open();
        Minutes copy = stored();
        window.test.services.papers().saveMinutes(copy, copy.withAdjustment(copy.adjusters(), copy.adjustDay(),
                copy.adjustTime(), THEIRS));
        vm.form().adjustPlace().set(MINE);
        assertThat(vm.saveMeeting()).isTrue();
        window.putAsideAndClose();
    }

    private Minutes stored() {
        return window.test.services.papers().storedMinutes(kf.id());
    }

    @Test
    void openedAgainItAsksWithHerPlaceShowsItAndStoresHerChoice() {
        MinutesViewModel vm = window.open();

        Conflict c = window.askedAgain("adjust_place", MINE, THEIRS);
        assertThat(vm.form().adjustPlace().get()).isEqualTo(MINE);
        assertThat(vm.waitingAside()).singleElement().satisfies(a -> assertThat(a.kept()).isTrue());
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(stored().adjustPlace()).isEqualTo(THEIRS);

        vm.choose(c, Resolution.MINE, () -> { });
        window.disk.runAll();
        assertThat(stored().adjustPlace()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
        assertThat(vm.waitingAside()).isEmpty();
    }

    @Test
    void keptThroughAnotherCloseAndForgottenOnceTheOtherTookHerPlace() {
        window.open();
        assertThat(window.asked).isNotEmpty();
        window.close();
        window.meanwhile(s -> {
            Minutes copy = s.papers().storedMinutes(kf.id());
            s.papers().saveMinutes(copy, copy.withAdjustment(copy.adjusters(), copy.adjustDay(), copy.adjustTime(),
                    MINE));
        });
        MinutesViewModel vm = window.open();

        assertThat(window.asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.form().adjustPlace().get()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
    }

    @Test
    void aMeetingDeletedMeanwhileIsForgottenWithALineThatSaysWhatSheWrote() {
        window.meanwhile(s -> s.meetings().delete(kf.id()));
        MinutesViewModel vm = window.open();

        assertThat(window.asked).as("nothing left to choose for").isEmpty();
        assertThat(window.kept()).isEmpty();
        assertThat(vm.error().get()).contains("finns inte längre").contains(MINE);
    }
}
