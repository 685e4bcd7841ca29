package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5 on the Protokoll screen: the meeting's minutes in the form were changed by another secretary since
 * they were shown (the store's side, on PostgreSQL and on one folder, is StaleMinutesTest). Spara keeps the other's
 * fields and attendees, asks for the field both changed, and stores the choice.
 */
class StaleMinutesFormTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private Meeting kf;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void theMinutesInTheForm() {
        test = new TestContext(folder);
        kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(test.contextOn(disk));
        vm.setOnConflicts(asked::add);
        vm.settings().setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        assertThat(vm.meeting().get()).isEqualTo(kf);
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** Another secretary, in another window, saves the minutes from the copy stored now. */
    private void otherSaves(UnaryOperator<Minutes> change) {
        Minutes copy = stored();
        assertThat(test.services.papers().saveMinutes(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private Minutes stored() {
        return test.services.papers().minutes(kf.id());
    }

    @Test
    void theOthersFieldsComeInTheSameFieldIsAskedAndTheChoiceIsStored() {
        otherSaves(m -> m.withTimes(LocalTime.of(18, 30), null).withChair(null, "Lars"));
        vm.form().opened().set("18.15");
        vm.form().closed().set("20.00");
        assertThat(vm.saveMeeting()).isTrue();
        disk.runAll();

        assertThat(stored().opened()).isEqualTo(LocalTime.of(18, 30));
        assertThat(stored().closed()).isEqualTo(LocalTime.of(20, 0));
        assertThat(stored().secretary()).isEqualTo("Lars");
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("opened");
            assertThat(c.theirs()).isEqualTo("18.30");
            assertThat(c.mine()).isEqualTo("18.15");
        }));
        // The status line does not say all is saved while a field waits for her choice.
        assertThat(vm.status().get()).isEqualTo(
                "Protokollet är sparat utom ett fält som någon annan också har ändrat: välj vilket som ska gälla.");
        // The form keeps her time where she is asked, and shows the other's secretary.
        assertThat(vm.form().opened().get()).isEqualTo("18.15");
        assertThat(vm.form().secretary().get()).isEqualTo("Lars");

        vm.choose(asked.getFirst().getFirst(), Resolution.MINE, () -> { });
        disk.runAll();
        assertThat(stored().opened()).isEqualTo(LocalTime.of(18, 15));
        assertThat(stored().secretary()).isEqualTo("Lars");
        assertThat(asked).hasSize(1);
        assertThat(vm.status().get()).isEqualTo("Protokollet är sparat.");
    }

    @Test
    void choosingTheOthersValuePutsItInTheFormAndALaterSaveKeepsIt() {
        otherSaves(m -> m.withTimes(LocalTime.of(18, 30), null));
        vm.form().opened().set("18.15");
        vm.saveMeeting();
        disk.runAll();

        vm.choose(asked.getFirst().getFirst(), Resolution.THEIRS, () -> { });
        disk.runAll();
        assertThat(vm.form().opened().get()).isEqualTo("18.30");
        vm.form().adjustPlace().set("Kansliet");
        vm.saveMeeting();
        disk.runAll();
        assertThat(stored().opened()).isEqualTo(LocalTime.of(18, 30));
        assertThat(stored().adjustPlace()).isEqualTo("Kansliet");
        assertThat(asked).hasSize(1);
    }

    @Test
    void attendeesAddedInBothWindowsBothStay() {
        Attendee bo = Attendee.member(new Person("Bo Ek", "M"));
        otherSaves(m -> m.withAttendance(new Attendance(List.of(bo))));
        vm.attendance().name().set("Anna Ek (S)");
        vm.attendance().add();
        disk.runAll();

        assertThat(stored().attendance().attendees()).extracting(a -> a.person().name())
                .containsExactlyInAnyOrder("Anna Ek", "Bo Ek");
        assertThat(vm.attendance().list()).extracting(a -> a.person().name()).containsExactlyInAnyOrder("Anna Ek", "Bo Ek");
        assertThat(asked).isEmpty();
    }

    @Test
    void thePapersSettingsKeepTheOthersFieldAndAskForTheSameOne() {
        var council = test.services.bodies().find("KF").orElseThrow();
        var copy = test.services.papers().settings();
        test.services.papers().saveSettings(copy, copy.withArchive("Kommunhusets anslagstavla", null)
                .withBody(copy.of(council).withSecretary("Lars")), council);
        vm.settings().secretary().set("Karin");
        vm.settings().minutesKept().set("Kommunledningskontoret");
        assertThat(vm.settings().save(() -> { })).isTrue();
        disk.runAll();

        var stored = test.services.papers().settings();
        assertThat(stored.noticeBoard()).isEqualTo("Kommunhusets anslagstavla");
        assertThat(stored.minutesKept()).isEqualTo("Kommunledningskontoret");
        assertThat(stored.of(council).secretary()).isEqualTo("Lars");
        Conflict c = asked.getFirst().getFirst();
        assertThat(c.field()).isEqualTo("secretary");
        assertThat(vm.settings().status().get()).startsWith("Inställningarna är sparade utom ett fält");
        assertThat(vm.settings().noticeBoard().get()).isEqualTo("Kommunhusets anslagstavla");

        vm.settings().choose(c, Resolution.THEIRS, () -> { });
        disk.runAll();
        assertThat(vm.settings().secretary().get()).isEqualTo("Lars");
        assertThat(test.services.papers().settings().of(council).secretary()).isEqualTo("Lars");
        assertThat(test.services.papers().settings().minutesKept()).isEqualTo("Kommunledningskontoret");
    }

    @Test
    void seatsChangedOnBothSidesAreAskedInWordsNotCodes() {
        var council = test.services.bodies().find("KF").orElseThrow();
        var copy = test.services.papers().settings();
        test.services.papers().saveSettings(copy, copy.withBody(copy.of(council).withSeats(List.of(
                se.ledamot.domain.minutes.Seat.member("Bo Ek (M)")))), council);
        vm.settings().members().set("Anna Ek (S)");
        assertThat(vm.settings().save(() -> { })).isTrue();
        disk.runAll();

        Conflict c = asked.getFirst().getFirst();
        assertThat(c.field()).isEqualTo("seats");
        assertThat(c.theirs()).isEqualTo("Bo Ek (M) – Ledamot");
        assertThat(c.mine()).isEqualTo("Anna Ek (S) – Ledamot");
    }
}
