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
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.service.DebateItem;
import se.ledamot.ui.minutes.EntryRow;

/**
 * The secretary's meeting end to end on a new data folder's samples, in the real window at 1280×800 (walk19a): the
 * meeting and its föredragningslista in Sammanträden, the kallelse, the debate on the evening (speakers, the decision),
 * from Debatt to the item's § in Protokoll, the standard items' usual wording taken with a click, the protokoll, a
 * restart, the window at 1000×650, the justering. Pictures and papers are kept in target/ as walk19a-*.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SecretaryMeetingWalkTest {
    @TempDir
    Path folder;

    private Clock clock = TestContext.CLOCK;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"))
            .openedBy((f, c) -> Ledamot.open(f, clock));

    @Test
    void theSecretarysMeetingFromKallelseToJustering(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        Meeting meeting = window.plannedMeeting().orElseThrow();
        window.settled();
        window.snapshot(robot, "walk19a-01-start");

        // Sammanträden: the next meeting and its föredragningslista.
        window.show(robot, "meetings");
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id().equals(meeting.id())));
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.id().equals(meeting.id())).findFirst().orElseThrow()));
        window.settled();
        window.snapshot(robot, "walk19a-02-meetings-agenda");

        // Protokoll: the kallelse.
        window.minutesOf(robot, meeting.id());
        window.dialogs.saveTo = folder.resolve("kallelse.pdf");
        reveal(robot, robot.lookup("#exportKallelse").query());
        robot.clickOn("#exportKallelse");
        assertThat(window.saved(folder.resolve("kallelse.pdf"))).contains("KALLELSE");
        keep("kallelse.pdf");
        window.snapshot(robot, "walk19a-03-kallelse-written");

        // The evening of the meeting: Debatt.
        restartAt(robot, meeting, 0, 18);
        window.show(robot, "debate");
        ComboBox<Meeting> debateMeeting = robot.lookup("#debateMeetings").queryComboBox();
        waitUntil(() -> debateMeeting.getValue() != null, WindowDriver::windows);
        System.out.println("walk19a: Debatt opened on " + debateMeeting.getValue() + ", the evening's is " + meeting);
        window.snapshot(robot, "walk19a-04a-debatt-opened");
        if (!debateMeeting.getValue().id().equals(meeting.id())) {
            robot.interact(() -> debateMeeting.setValue(debateMeeting.getItems().stream()
                    .filter(m -> m.id().equals(meeting.id())).findFirst().orElseThrow()));
        }
        ListView<DebateItem> debateItems = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> debateItems.getItems().stream().anyMatch(r -> r.toString().contains("integrationsplan")));
        DebateItem motion = debateItems.getItems().stream().filter(r -> r.toString().contains("integrationsplan"))
                .findFirst().orElseThrow();
        robot.interact(() -> debateItems.getSelectionModel().select(motion));
        waitUntil(() -> robot.lookup("#debateLimits").queryAs(Label.class).getText().startsWith("KF"));
        window.settled();
        robot.clickOn("#speakerName").write("Jan Alexandersson (V)");
        robot.clickOn("#addSpeaker");
        waitUntil(() -> robot.lookup("#speakers").queryTableView().getItems().size() == 1);
        robot.clickOn("#speakerName").write("Lena Ek (S)");
        robot.clickOn("#addSpeaker");
        waitUntil(() -> robot.lookup("#speakers").queryTableView().getItems().size() == 2);
        window.snapshot(robot, "walk19a-04-debatt-speakers");
        ComboBox<Decision> decision = robot.lookup("#decision").queryComboBox();
        robot.interact(() -> decision.setValue(Decision.APPROVED));
        robot.clickOn("#decisionWording").write("Kommunfullmäktige beslutar att bifalla motionen.");
        robot.clickOn("#decide");
        waitUntil(() -> robot.lookup("#decided").queryAs(Label.class).getText().equals("Beslut: Bifall"));
        window.settled();
        window.snapshot(robot, "walk19a-05-debatt-decided");

        // From Debatt to the item's § in Protokoll.
        reveal(robot, robot.lookup("#debateToMinutes").query());
        robot.clickOn("#debateToMinutes");
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains("Motion"));
        window.settled();
        assertThat(robot.lookup("#decisionText").queryTextInputControl().getText())
                .isEqualTo("Kommunfullmäktige beslutar att bifalla motionen.");
        window.snapshot(robot, "walk19a-06-protokoll-from-debatt");

        // The meeting's part of the minutes.
        meetingTab(robot);
        WindowDriver.clickShown(robot, "#minutesOpened").write("18.00");
        WindowDriver.clickShown(robot, "#minutesClosed").write("20.15");
        // The sample council's ordförande and sekreterare are there already (round 22): nothing to type.
        assertThat(robot.lookup("#minutesChair").queryTextInputControl().getText()).isEqualTo("Anders Nilsson (S)");
        assertThat(robot.lookup("#minutesSecretary").queryTextInputControl().getText()).isEqualTo("Karin Wester");
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Lena Ek (S), Östen Müller (M)");
        // The sample council's ledamöter and ersättare are fetched as present (5 kap. 67 §); round 20 found none.
        WindowDriver.clickShown(robot, "#fillAttendance");
        waitUntil(() -> robot.lookup("#attendees").queryTableView().getItems().size() == 49);
        window.settled();
        WindowDriver.clickShown(robot, "#saveMinutes");
        window.settled();
        window.snapshot(robot, "walk19a-07-protokoll-meeting");

        // Upprop and Val av justerare: their usual wording offered, taken with a click.
        for (String[] standard : new String[][] {{"Upprop", "08"}, {"Val av justerare", "09"}}) {
            itemsTab(robot);
            choose(robot, standard[0]);
            window.snapshot(robot, "walk19a-" + standard[1] + "-protokoll-" + standard[0].split(" ")[0].toLowerCase());
            if (robot.lookup("#useSuggestion").query().getParent().isVisible()) {
                WindowDriver.clickShown(robot, "#useSuggestion");
                window.settled();
            }
        }
        window.dialogs.saveTo = folder.resolve("protokoll.pdf");
        reveal(robot, robot.lookup("#exportProtokoll").query());
        robot.clickOn("#exportProtokoll");
        String protokoll = window.saved(folder.resolve("protokoll.pdf"));
        keep("protokoll.pdf");
        assertThat(protokoll).contains("Upprop förrättas.", "Kommunfullmäktige beslutar att bifalla motionen.");

        // Away and back, then three days later (a restart): the justering.
        window.show(robot, "dashboard");
        window.show(robot, "minutes");
        window.settled();
        window.snapshot(robot, "walk19a-10-protokoll-back");
        restartAt(robot, meeting, 3, 10);
        window.minutesOf(robot, meeting.id());
        itemsTab(robot);
        choose(robot, "Upprop");
        waitUntil(() -> robot.lookup("#decisionText").queryTextInputControl().getText()
                .startsWith("Upprop förrättas."));
        window.snapshot(robot, "walk19a-11-protokoll-after-restart");
        Window stage = robot.lookup("#minutesTabs").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        window.settled();
        window.snapshot(robot, "walk19a-12-protokoll-1000");
        window.show(robot, "debate");
        window.settled();
        window.snapshot(robot, "walk19a-13-debatt-1000");
        window.show(robot, "minutes");
        meetingTab(robot);
        WindowDriver.clickShown(robot, "#minutesAdjusted").write(meeting.date().plusDays(3).toString()).type(javafx.scene.input.KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#saveMinutes");
        window.settled();
        window.snapshot(robot, "walk19a-14-protokoll-justerat");
        window.dialogs.saveTo = folder.resolve("protokoll-justerat.pdf");
        reveal(robot, robot.lookup("#exportProtokoll").query());
        robot.clickOn("#exportProtokoll");
        window.saved(folder.resolve("protokoll-justerat.pdf"));
        keep("protokoll-justerat.pdf");
        assertThat(window.dialogs.errors).isEmpty();
    }

    private void restartAt(FxRobot robot, Meeting meeting, int days, int hour) {
        window.close(robot);
        clock = Clock.fixed(meeting.date().plusDays(days).atTime(hour, 0).atZone(ZoneId.of("Europe/Stockholm"))
                .toInstant(), ZoneId.of("Europe/Stockholm"));
        window.open(robot);
    }

    private void itemsTab(FxRobot robot) {
        window.minutesTab(robot, "minutesTabItems");
    }

    private void meetingTab(FxRobot robot) {
        window.minutesTab(robot, "minutesTabMeeting");
    }


    private void choose(FxRobot robot, String title) {
        ListView<EntryRow> list = robot.lookup("#minutesItems").queryListView();
        EntryRow row = list.getItems().stream().filter(r -> r.name().startsWith("§ " + r.paragraph() + "  " + title))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            list.scrollTo(row);
            list.getSelectionModel().select(row);
        });
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().number() == row.number()
                && list.getSelectionModel().getSelectedItem().item() != null);
        window.settled();
    }


    private void keep(String name) throws java.io.IOException {
        Files.copy(folder.resolve(name), Path.of("target", "walk19a-" + name), StandardCopyOption.REPLACE_EXISTING);
    }
}
