package se.ledamot.ui.minutes;

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
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Protokoll's meeting part (times, chair, justerare, the time and place of the justering …) was stored only on
 * Spara protokollet, another meeting chosen or leaving the screen: typed and the program gone (a crash, the battery),
 * it was lost. It is stored when typing pauses, as in the editor, through the same save and lane, quietly.
 */
class MeetingMinutesPauseTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private Meeting kf;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        kf = test.services.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-11-16"), LocalTime.of(18, 0),
                "Kommunhuset", MeetingStatus.PLANNED));
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(test.contextOn(disk));
        vm.setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        assertThat(vm.meeting().get()).isEqualTo(kf);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Minutes stored(Meeting m) {
        return test.services.papers().minutes(m.id());
    }

    @Test
    void whatIsTypedIsStoredWhenTypingPausesAndSheTypesOn() {
        vm.form().adjustPlace().set("KF-rummet");
        assertThat(test.debouncer.isPending()).as("the store waits for typing to pause").isTrue();
        test.debouncer.fire();
        disk.runAll();
        assertThat(stored(kf).adjustPlace()).isEqualTo("KF-rummet");

        vm.form().adjustTime().set("10.00");
        test.debouncer.fire();
        disk.runAll();
        assertThat(stored(kf).adjustTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(stored(kf).adjustPlace()).isEqualTo("KF-rummet");
        assertThat(vm.form().adjustTime().get()).isEqualTo("10.00");
        assertThat(vm.status().get()).as("a pause's store says nothing").isEmpty();
        assertThat(vm.error().get()).isEmpty();
    }

    /** The pause comes after she chose another meeting: what she typed is stored for the one it was typed for. */
    @Test
    void aPauseAfterAnotherMeetingIsChosenStoresNothingIntoIt() {
        Meeting dec = test.services.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-12-14"),
                LocalTime.of(18, 0), "Kommunhuset", MeetingStatus.PLANNED));
        test.services.papers().saveMinutes(Minutes.blank(dec.id()).withAdjustment(List.of(), null, null,
                "Stadshuset"));
        vm.form().adjustPlace().set("KF-rummet");
        vm.meeting().set(dec);
        test.debouncer.fire();
        disk.runAll();
        assertThat(stored(kf).adjustPlace()).isEqualTo("KF-rummet");
        assertThat(stored(dec).adjustPlace()).isEqualTo("Stadshuset");
        assertThat(vm.form().adjustPlace().get()).isEqualTo("Stadshuset");

        // Typed while December is still read: stored for December once its read is in.
        vm.meeting().set(kf);
        disk.runAll();
        vm.meeting().set(dec);
        vm.form().adjustPlace().set("Stadshuset, rum 2");
        test.debouncer.fire();
        disk.runAll();
        test.debouncer.fire();
        disk.runAll();
        assertThat(stored(dec).adjustPlace()).isEqualTo("Stadshuset, rum 2");
        assertThat(stored(kf).adjustPlace()).isEqualTo("KF-rummet");
    }

    /** A time half typed is not stored on a pause; the refusal says what Spara says. */
    @Test
    void aTimeThatIsNoTimeIsNotStoredOnAPause() {
        vm.form().opened().set("kvart i sju");
        test.debouncer.fire();
        assertThat(disk.waiting()).isZero();
        assertThat(stored(kf).opened()).isNull();
        assertThat(vm.error().get()).contains("kvart i sju");
    }

    /** A date typed that is no date keeps its words: a pause's store does not go over them as if all were well. */
    @Test
    void aDateRefusedKeepsItsWordsAndNothingIsStoredOnAPause() {
        vm.badDate("Datumet 2026-13-01 finns inte.");
        vm.form().adjustPlace().set("KF-rummet");
        test.debouncer.fire();
        disk.runAll();
        assertThat(vm.error().get()).isEqualTo("Datumet 2026-13-01 finns inte.");
        assertThat(stored(kf).adjustPlace()).isNull();
        vm.badDate("");
        test.debouncer.fire();
        disk.runAll();
        assertThat(stored(kf).adjustPlace()).isEqualTo("KF-rummet");
    }

    /** A choice waits on the meeting: typing on and pausing does not bring the conflict view back at every pause. */
    @Test
    void aPauseWhileAChoiceWaitsDoesNotAskAgain() {
        Minutes copy = stored(kf);
        test.services.papers().saveMinutes(copy, copy.withAdjustment(List.of(), null, null, "Stadshuset"));
        vm.form().adjustPlace().set("KF-rummet");
        vm.saveMeeting();
        disk.runAll();
        assertThat(asked).hasSize(1);
        vm.form().adjustPlace().set("KF-rummet, rum 2");
        test.debouncer.fire();
        disk.runAll();
        assertThat(asked).hasSize(1);
        assertThat(stored(kf).adjustPlace()).isEqualTo("Stadshuset");
    }
}
