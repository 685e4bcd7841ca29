package se.ledamot.ui.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * The Protokoll screen's view model over a disk that answers only when the test says so ({@link ManualTaskExecutor}),
 * on a council (Stenungsunds kommun, KF's chair and two seats) with a planned KF meeting in November.
 */
abstract class MinutesOnAWaitingDisk {
    @TempDir
    Path folder;

    TestContext test;
    ManualTaskExecutor disk;
    MinutesViewModel vm;
    Meeting kf;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        kf = test.services.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-11-16"), LocalTime.of(18, 0),
                "Kommunhuset", MeetingStatus.PLANNED));
        Body council = test.services.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst()
                .orElseThrow();
        test.services.settings().saveCouncilName("Stenungsunds kommun");
        test.services.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council)
                .withChair(Person.parse("Åsa Öst (S)"))
                .withSeats(List.of(Seat.member("Åsa Öst (S)"), Seat.member("Jan Alexandersson (V)")))));
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(test.contextOn(disk));
    }

    @AfterEach
    void close() {
        test.close();
    }

    void opened() {
        vm.loadMeetings();
        disk.runAll();
    }

    /**
     * December chosen, its minutes still being read, a place typed: December's minutes are begun, so Protokoll opens
     * on them; November is chosen first, December's read follows.
     */
    Meeting decemberBeingReadWithAPlaceTyped() {
        Meeting dec = december();
        opened();
        vm.meeting().set(kf);
        disk.runAll();
        vm.meeting().set(dec);
        vm.form().adjustPlace().set("Kommunhuset, rum 2");
        return dec;
    }

    /** Another KF meeting whose minutes are stored: opened 18.00, justering in Stadshuset. */
    Meeting december() {
        Meeting m = test.services.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-12-14"),
                LocalTime.of(18, 0), "Kommunhuset", MeetingStatus.PLANNED));
        test.services.papers().saveMinutes(Minutes.blank(m.id()).withTimes(LocalTime.of(18, 0), null)
                .withAdjustment(List.of(), null, null, "Stadshuset"));
        return m;
    }
}
