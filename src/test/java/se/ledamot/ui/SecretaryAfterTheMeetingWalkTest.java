package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.service.Ledamot;
import se.ledamot.service.DebateItem;
import se.ledamot.ui.minutes.EntryRow;

/**
 * Walk 20b, the secretary after the evening on a new data folder's samples, in the real window: the meeting marked
 * held in Sammanträden, Debatt shown again (its chooser stood blank and no item was open), its items named as
 * Protokoll names them, the justering refused while no one to sign the protokoll is named and taken once they are,
 * away and back, a restart, the window at 1000×650. Pictures and papers are kept in target/ as walk20b-*.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SecretaryAfterTheMeetingWalkTest {
    @TempDir
    Path folder;

    private Clock clock = TestContext.CLOCK;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"))
            .openedBy((f, c) -> Ledamot.open(f, clock));

    @Test
    void afterTheMeetingDebattStaysOnItAndTheJusteringNeedsItsSigners(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        Meeting meeting = window.plannedMeeting().orElseThrow();
        window.settled();
        window.minutesOf(robot, meeting.id());
        window.dialogs.saveTo = folder.resolve("kallelse.pdf");
        reveal(robot, robot.lookup("#exportKallelse").query());
        robot.clickOn("#exportKallelse");
        assertThat(window.saved(folder.resolve("kallelse.pdf"))).contains("KALLELSE");
        Files.copy(folder.resolve("kallelse.pdf"), Path.of("target", "walk20b-kallelse.pdf"),
                StandardCopyOption.REPLACE_EXISTING);

        // The evening: Debatt opens on the meeting with an item open, named as Protokoll names it.
        restartAt(robot, meeting, 0, 18);
        window.show(robot, "debate");
        debattOn(robot, meeting);
        window.snapshot(robot, "walk20b-01-debatt-evening");
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        window.minutesOf(robot, meeting.id());
        window.minutesTab(robot, "minutesTabItems");
        ListView<EntryRow> entries = robot.lookup("#minutesItems").queryListView();
        assertThat(entries.getItems()).extracting(Object::toString).containsAll(items.getItems().stream()
                .map(Object::toString).toList());
        window.snapshot(robot, "walk20b-02-protokoll-items");

        // The next day: the meeting marked held in Sammanträden; Debatt shown again stays on it.
        restartAt(robot, meeting, 1, 10);
        window.show(robot, "meetings");
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id().equals(meeting.id())));
        window.show(robot, "debate");
        debattOn(robot, meeting);
        window.show(robot, "meetings");
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.id().equals(meeting.id())).findFirst().orElseThrow()));
        window.settled();
        ComboBox<MeetingStatus> status = robot.lookup("#meeting-status").queryComboBox();
        robot.interact(() -> status.setValue(MeetingStatus.HELD));
        robot.clickOn("#meeting-save");
        window.settled();
        waitUntil(() -> window.shell().context().services().meetings().list().stream()
                .anyMatch(m -> m.id().equals(meeting.id()) && m.status() == MeetingStatus.HELD));
        window.snapshot(robot, "walk20b-03-meetings-held");
        window.show(robot, "debate");
        debattOn(robot, meeting);
        window.snapshot(robot, "walk20b-04-debatt-after-held");

        // Protokoll: a justering with no one named to sign is refused, saying who is missing; named, and with who was
        // present noted, it is taken.
        window.minutesOf(robot, meeting.id());
        window.minutesTab(robot, "minutesTabMeeting");
        WindowDriver.clickShown(robot, "#minutesAdjusted").write(meeting.date().plusDays(1).toString()).type(KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#saveMinutes");
        Label error = robot.lookup("#minutesError").queryAs(Label.class);
        waitUntil(() -> error.getText().contains("kan inte justeras utan"), error::getText);
        assertThat(error.getText()).contains("5 kap. 69 §");
        window.snapshot(robot, "walk20b-05-justering-refused");
        assertThat(window.shell().context().services().papers().storedMinutes(meeting.id()).adjusted()).isNull();
        // The sample council's ordförande and sekreterare are there already (round 22): nothing to type.
        assertThat(robot.lookup("#minutesChair").queryTextInputControl().getText()).isEqualTo("Anders Nilsson (S)");
        assertThat(robot.lookup("#minutesSecretary").queryTextInputControl().getText()).isEqualTo("Karin Wester");
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Lena Ek (S), Östen Müller (M)");
        // Signed, but no one noted present: refused too (5 kap. 67 §), saying where to note them.
        WindowDriver.clickShown(robot, "#saveMinutes");
        waitUntil(() -> error.getText().contains("Fyll i närvaron under Närvarande"), error::getText);
        assertThat(error.getText()).contains("5 kap. 67 §");
        window.snapshot(robot, "walk21-justering-no-attendance");
        assertThat(window.shell().context().services().papers().storedMinutes(meeting.id()).adjusted()).isNull();
        WindowDriver.clickShown(robot, "#attendeeName").write("Lena Ek (S)").type(KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#saveMinutes");
        window.settled();
        waitUntil(() -> meeting.date().plusDays(1).equals(window.shell().context().services().papers()
                .storedMinutes(meeting.id()).adjusted()), error::getText);
        window.snapshot(robot, "walk20b-06-justerat");

        // Away and back, a restart, the small window.
        window.show(robot, "dashboard");
        window.show(robot, "debate");
        debattOn(robot, meeting);
        restartAt(robot, meeting, 2, 9);
        window.show(robot, "debate");
        debattOn(robot, meeting);
        Window stage = robot.lookup("#debateItems").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        window.settled();
        window.snapshot(robot, "walk20b-07-debatt-1000");
        window.minutesOf(robot, meeting.id());
        window.snapshot(robot, "walk20b-08-protokoll-1000");
        assertThat(window.dialogs.errors).isEmpty();
    }

    /** Debatt stands on the meeting with one of its items open (walk 20b: blank after the meeting was held). */
    private void debattOn(FxRobot robot, Meeting meeting) {
        ComboBox<Meeting> chooser = robot.lookup("#debateMeetings").queryComboBox();
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> chooser.getValue() != null && chooser.getValue().id().equals(meeting.id())
                && items.getSelectionModel().getSelectedItem() != null, () -> "chooser " + chooser.getValue()
                + ", item " + items.getSelectionModel().getSelectedItem());
        window.settled();
    }

    private void restartAt(FxRobot robot, Meeting meeting, int days, int hour) {
        window.close(robot);
        clock = Clock.fixed(meeting.date().plusDays(days).atTime(hour, 0).atZone(ZoneId.of("Europe/Stockholm"))
                .toInstant(), ZoneId.of("Europe/Stockholm"));
        window.open(robot);
    }


}
