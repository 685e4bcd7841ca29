package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Sammanträden's meeting form (day, time, place, status, posting day) was stored only on Spara, another meeting
 * chosen, leaving the screen or closing: typed and the program gone (a crash, the battery), it was lost. It is stored
 * when typing pauses, as the editor's text is, through the same save and lane, quietly.
 */
class MeetingFormPauseTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MeetingsViewModel vm;
    private Meeting kf;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                .withPlace("Stadshuset"));
        disk = new ManualTaskExecutor();
        vm = new MeetingsViewModel(test.contextOn(disk));
        vm.setOnConflicts(asked::add);
        vm.reload();
        disk.runAll();
        assertThat(vm.selectedProperty().get()).isEqualTo(kf);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Meeting stored() {
        return test.services.meetings().require(kf.id());
    }

    private void pause() {
        test.debouncer.fire();
        disk.runAll();
    }

    @Test
    void whatIsTypedIsStoredWhenTypingPausesAndStaysAsTyped() {
        vm.placeProperty().set("Stadshuset, rum 2 ");
        assertThat(test.debouncer.isPending()).as("the store waits for typing to pause").isTrue();
        pause();
        assertThat(stored().place()).isEqualTo("Stadshuset, rum 2");
        assertThat(vm.placeProperty().get()).as("the space she just typed stays").isEqualTo("Stadshuset, rum 2 ");

        vm.timeProperty().set("18:30");
        pause();
        assertThat(stored().time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(vm.timeProperty().get()).isEqualTo("18:30");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(kf.id());
        assertThat(test.dialogs.notifications).as("a pause's store says nothing").isEmpty();

        // Nothing typed since: nothing is stored again, not at a pause nor on leaving.
        pause();
        assertThat(disk.waiting()).isZero();
        vm.newMeeting();
        assertThat(disk.waiting()).isZero();
    }

    /** A day typed wrongly is not stored at a pause: it stays in the form, framed in red, and the sentence says why. */
    @Test
    void aWrongDayIsKeptFramedAndSaidNotStored() {
        vm.dateProperty().set("2026-13-01");
        vm.placeProperty().set("Folkets hus");
        pause();
        assertThat(disk.waiting()).isZero();
        assertThat(stored().date()).isEqualTo(LocalDate.parse("2026-12-14"));
        assertThat(stored().place()).isEqualTo("Stadshuset");
        assertThat(vm.dateProperty().get()).isEqualTo("2026-13-01");
        assertThat(vm.wrongProperty().get()).isEqualTo("meeting_date");
        assertThat(test.dialogs.notifications).containsExactly(
                "”2026-13-01” är inget giltigt datum. Skriv datum som 2026-12-14.");

        vm.dateProperty().set("2027-01-25");
        pause();
        assertThat(stored().date()).isEqualTo(LocalDate.parse("2027-01-25"));
        assertThat(stored().place()).isEqualTo("Folkets hus");
        assertThat(vm.wrongProperty().get()).isEmpty();
    }

    /** A new meeting's form is added at a pause once its day is typed; typed on, the same meeting is changed. */
    @Test
    void aNewMeetingIsAddedOnceItsDayIsTyped() {
        vm.newMeeting();
        disk.runAll();
        vm.placeProperty().set("Kommunhuset");
        pause();
        assertThat(test.services.meetings().list()).hasSize(1);
        assertThat(vm.wrongProperty().get()).as("no day yet: nothing refused").isEmpty();
        assertThat(test.dialogs.notifications).isEmpty();

        vm.dateProperty().set("2027-02-22");
        pause();
        assertThat(test.services.meetings().list()).hasSize(2);
        Meeting added = vm.selectedProperty().get();
        assertThat(added.date()).isEqualTo(LocalDate.parse("2027-02-22"));
        assertThat(added.place()).isEqualTo("Kommunhuset");

        vm.timeProperty().set("18.00");
        pause();
        assertThat(test.services.meetings().list()).hasSize(2);
        assertThat(test.services.meetings().require(added.id()).time()).isEqualTo(LocalTime.of(18, 0));
        vm.selectedProperty().set(vm.meetings().stream().filter(m -> m.id().equals(kf.id())).findFirst()
                .orElseThrow());
        disk.runAll();
        assertThat(test.services.meetings().list()).hasSize(2);
    }

    /** Another window changed the place: the pause's store asks once, not again at every pause after. */
    @Test
    void anotherWindowsChangeIsAskedOnceAtAPause() {
        test.services.meetings().save(kf, kf.withPlace("Folkets hus"));
        vm.placeProperty().set("Biblioteket");
        pause();
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("place");
            assertThat(c.theirs()).isEqualTo("Folkets hus");
            assertThat(c.mine()).isEqualTo("Biblioteket");
        }));
        vm.placeProperty().set("Biblioteket, sal 2");
        pause();
        assertThat(asked).hasSize(1);
        assertThat(stored().place()).isEqualTo("Folkets hus");
    }
}
