package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * The sample data tried as a secretary (round 21): in Protokoll, Hämta ledamöter och ersättare on the sample's held
 * meeting found nobody ("Inga ledamöter är inlagda för KF"), and since a protokoll is not justerat without who took part
 * (5 kap. 67 § kommunallagen) she had to type every one. The sample council has its ledamöter and ersättare.
 */
class SampleAttendanceTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        assertThat(test.services.samples().loadIfNew()).hasSize(4);
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(test.contextOn(disk));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void fetchingInTheSamplesHeldMeetingFillsTheAttendanceAndTheProtokollIsJusterat() {
        Meeting held = test.services.meetings().list().stream().filter(m -> m.status() == MeetingStatus.HELD)
                .filter(m -> !test.services.meetings().agendaOf(m.id()).entries().isEmpty()).findFirst()
                .orElseThrow();
        vm.loadMeetings();
        disk.runAll();
        vm.meeting().set(held);
        disk.runAll();

        vm.attendance().fillFromSeats();
        disk.runAll();

        assertThat(vm.attendance().fetched().get()).isEmpty();
        assertThat(vm.attendance().list()).hasSize(49);
        assertThat(vm.attendance().list()).filteredOn(Attendee::decides).hasSize(31)
                .extracting(a -> a.person().display()).contains("Jan Alexandersson (V)", "Emma Ramhult (V)");
        assertThat(test.services.papers().storedMinutes(held.id()).attendance().deciding()).hasSize(31);

        vm.form().chair().set("Göran Dahlström (S)");
        vm.form().secretary().set("Sara Sekr");
        vm.form().adjusters().set("Lena Ek (S), Östen Müller (M)");
        vm.form().adjusted().set(LocalDate.now(TestContext.CLOCK));
        assertThat(vm.saveMeeting()).isTrue();
        disk.runAll();

        assertThat(vm.error().get()).isEmpty();
        assertThat(test.services.papers().storedMinutes(held.id()).adjusted())
                .isEqualTo(LocalDate.now(TestContext.CLOCK));
    }
}
