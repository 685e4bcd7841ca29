package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.StoryWindow;

/**
 * Meetings31: what is typed in a meeting's form is stored when she chooses another meeting; tried as she would, in
 * the real window: someone else's change of the same field meanwhile, and the list walked with the arrow keys.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingsChosenWhileTypedWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    /**
     * Someone else (another window on the shared server) put the meeting in Folkets hus after her form was filled;
     * she types Biblioteket and chooses the held meeting. The store kept theirs, and hers went without a word.
     */
    @Test
    void anotherOnesChangeOfTheFieldSheTypedIsSaidWhenSheChoosesAnotherMeeting(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        Meeting held = meetings.getItems().stream().filter(m -> !m.id().equals(sample.id())).findFirst()
                .orElseThrow();
        MeetingRows.typedOverTheirs(robot, window, sample);
        window.dialogs.notifications.clear();

        try {
            clickRow(robot, held);
        } finally {
            window.snapshot(robot, "meetings31-conflict-on-choosing");
        }
        window.settled();
        assertThat(stored(sample).place()).as("the other's place stays until she chooses").isEqualTo("Folkets hus");
        assertThat(window.dialogs.notifications).contains("Sammanträdet KF 7 december 2026: fältet Plats ändrades av"
                + " någon annan medan du skrev. ”Folkets hus” står kvar; ditt ”Biblioteket” sparades inte.");
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(held.id());
    }

    /** She types a place, then walks the list with the arrow keys: one save, in the right row, the choice staying. */
    @Test
    void walkingTheListWithTheArrowKeysStoresTheTypingOnceInItsOwnMeeting(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        waitUntil(() -> meetings.getItems().size() >= 2);
        Meeting first = meetings.getItems().getFirst();
        Meeting second = meetings.getItems().get(1);
        clickRow(robot, first);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        window.dialogs.notifications.clear();
        robot.interact(meetings::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.DOWN);
        window.settled();
        window.snapshot(robot, "meetings31-arrows");

        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(second.id());
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText())
                .isEqualTo(second.date().toString());
        assertThat(stored(first).place()).isEqualTo("Biblioteket");
        assertThat(stored(second).place()).isEqualTo(second.place());
        assertThat(window.dialogs.notifications).filteredOn(n -> n.endsWith("är sparat.")).hasSize(1);
        window.close(robot);
        window.open(robot);
        assertThat(stored(first).place()).isEqualTo("Biblioteket");
        assertThat(stored(second).place()).isEqualTo(second.place());
    }

    /**
     * She types a place, steps to the next meeting and at once back, and goes on typing while the first is stored
     * (within one turn of the window, so that the store cannot answer in between, as on a busy machine or a slow
     * server): the form showed the old place meanwhile, and the store's answer wrote over what she typed after.
     */
    @Test
    void typingGoneBackToWhileTheMeetingIsStoredStays(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting first = meetings.getItems().getFirst();
        Meeting second = meetings.getItems().get(1);
        clickRow(robot, first);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        javafx.scene.control.TextInputControl place = robot.lookup("#meeting-place").queryTextInputControl();
        String[] shownBack = new String[1];
        robot.interact(() -> {
            meetings.getSelectionModel().select(second);
            meetings.getSelectionModel().select(first);
            shownBack[0] = place.getText();
            place.appendText(", sal 2");
        });
        window.settled();
        window.snapshot(robot, "meetings31-back-again");
        assertThat(shownBack[0]).as("the form, back at the meeting being stored").isEqualTo("Biblioteket");
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(first.id());
        assertThat(place.getText()).isEqualTo("Biblioteket, sal 2");
        window.show(robot, "dashboard");
        window.settled();
        window.close(robot);
        window.open(robot);
        assertThat(stored(first).place()).isEqualTo("Biblioteket, sal 2");
    }

    /** She types a place, presses Nytt sammanträde and at once types the new one: the first stored, the new kept. */
    @Test
    void aNewMeetingBegunWhileTheOneBeforeIsStoredKeepsItsTyping(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting first = meetings.getItems().getFirst();
        clickRow(robot, first);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        robot.clickOn("#meeting-new");
        robot.clickOn("#meeting-date").write("2026-12-21");
        robot.clickOn("#meeting-place").write("Folkets hus");
        window.settled();
        window.snapshot(robot, "meetings31-new-after-typing");
        assertThat(meetings.getSelectionModel().getSelectedItem()).isNull();
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText()).isEqualTo("2026-12-21");
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Folkets hus");
        assertThat(stored(first).place()).isEqualTo("Biblioteket");
    }

    /** A day typed wrongly, then Översikt: said as choosing another meeting says it, naming the meeting. */
    @Test
    void aWrongDayLeftOnTheScreenIsSaidNamingTheMeeting(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        clickRow(robot, sample);
        robot.clickOn("#meeting-date").push(KeyCode.SHORTCUT, KeyCode.A).write("31/2");
        window.dialogs.notifications.clear();
        window.show(robot, "dashboard");
        window.settled();
        assertThat(window.dialogs.notifications).containsExactly("Ändringarna i sammanträdet KF 7 december 2026"
                + " kl. 18.00, Kommunhuset, Fullmäktigesalen sparades inte: ”31/2” är inget giltigt datum. Skriv"
                + " datum som 2026-12-14.");
        assertThat(stored(sample).date()).isEqualTo(sample.date());
        assertThat(meetings.getItems()).isNotEmpty();
    }

    /** She types a place and then deletes the meeting: it goes, typing and all, and no other meeting takes it. */
    @Test
    void typingInAMeetingDeletedGoesWithItAndNowhereElse(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        java.util.List<Meeting> others = meetings.getItems().stream().filter(m -> !m.id().equals(sample.id()))
                .toList();
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        window.dialogs.notifications.clear();
        window.dialogs.confirmAnswer = true;
        robot.clickOn("#meeting-delete");
        window.settled();
        waitUntil(() -> meetings.getItems().size() == others.size());
        window.snapshot(robot, "meetings31-deleted-after-typing");
        assertThat(window.dialogs.notifications).isEmpty();
        assertThat(meetings.getSelectionModel().getSelectedItem()).isNull();
        window.show(robot, "dashboard");
        window.settled();
        window.close(robot);
        window.open(robot);
        assertThat(window.shell().context().services().meetings().list()).containsExactlyInAnyOrderElementsOf(others);
    }

    /**
     * Someone else's place came after her form was filled; she types hers and closes the window. The save on closing
     * met the other's place and asked in the conflict view, and the close's second look sent hers over it unasked.
     */
    @Test
    void closingWithTheOthersChangeOfHerFieldAsksAndKeepsTheOthers(FxRobot robot) throws Exception {
        opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        MeetingRows.typedOverTheirs(robot, window, sample);
        window.dialogs.confirmAnswer = true;
        window.close(robot);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");
        window.open(robot);
        assertThat(stored(sample).place()).isEqualTo("Folkets hus");
    }

    /**
     * Spara on a meeting, and another chosen before the save came back (one turn of the window): the answer took her
     * back to the meeting saved. Her choice stays, and the meeting saved holds what she typed.
     */
    @Test
    void aMeetingSavedAndAnotherChosenAtOnceLeavesHerOnHerChoice(FxRobot robot) {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        Meeting other = meetings.getItems().stream().filter(m -> !m.id().equals(sample.id())).findFirst()
                .orElseThrow();
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        javafx.scene.control.Button save = robot.lookup("#meeting-save").queryButton();
        robot.interact(() -> {
            save.fire();
            meetings.getSelectionModel().select(other);
        });
        window.settled();
        assertThat(stored(sample).place()).isEqualTo("Biblioteket");
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(other.id());
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText()).isEqualTo(other.date().toString());
    }

    /**
     * Someone else's place came after her form was filled; she types hers, presses Spara and chooses another meeting
     * before the save came back. She stays on her choice, and is told that the other's place stands and hers was not
     * stored, as when she chooses without Spara (the conflict view would ask from the form she left).
     */
    @Test
    void aSaveMeetingTheOthersChangeAsSheChoosesAnotherIsSaidAndHerChoiceStays(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        Meeting held = meetings.getItems().stream().filter(m -> !m.id().equals(sample.id())).findFirst()
                .orElseThrow();
        MeetingRows.typedOverTheirs(robot, window, sample);
        window.dialogs.notifications.clear();
        javafx.scene.control.Button save = robot.lookup("#meeting-save").queryButton();
        robot.interact(() -> {
            save.fire();
            meetings.getSelectionModel().select(held);
        });
        window.settled();
        window.snapshot(robot, "meetings36-saved-over-theirs-and-left");
        assertThat(stored(sample).place()).isEqualTo("Folkets hus");
        assertThat(window.dialogs.notifications).containsExactly("Sammanträdet KF 7 december 2026: fältet Plats"
                + " ändrades av någon annan medan du skrev. ”Folkets hus” står kvar; ditt ”Biblioteket” sparades inte.");
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(held.id());
    }

    /**
     * She types a place, presses Spara and types on before the save came back: the answer filled the form with the
     * meeting as stored, and what she typed after Spara was gone. It stays, and is stored as she leaves the screen.
     */
    @Test
    void typingOnAfterSparaBeforeTheSaveCameBackStays(FxRobot robot) {
        opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        javafx.scene.control.Button save = robot.lookup("#meeting-save").queryButton();
        javafx.scene.control.TextField place = robot.lookup("#meeting-place").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            save.fire();
            place.setText("Biblioteket, sal 2");
        });
        window.settled();
        assertThat(place.getText()).as("her typing after Spara").isEqualTo("Biblioteket, sal 2");
        window.show(robot, "dashboard");
        window.settled();
        assertThat(stored(sample).place()).isEqualTo("Biblioteket, sal 2");
    }

    private TableView<Meeting> opened(FxRobot robot) {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.show(robot, MeetingsScreen.ID);
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() >= 2);
        window.settled();
        return meetings;
    }

    private void clickRow(FxRobot robot, Meeting meeting) {
        MeetingRows.click(robot, window, meeting);
    }

    private Meeting stored(Meeting meeting) {
        return window.shell().context().services().meetings().require(meeting.id());
    }
}
