package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.LostServer;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.shell.FieldLimits;

/**
 * Meetings34, in the real window at 1280×800: a new meeting typed (Nytt sammanträde, its fields filled, Spara not
 * pressed) is stored as she leaves Sammanträden or closes the window (flush did nothing without a meeting chosen:
 * it was lost); one that cannot be stored (a wrong day) is said, and there, framed in red, when she is back.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NewMeetingNothingLostWindowTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-21");

    @TempDir
    Path folder;

    private final LostServer server = new LostServer();

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data")).openedBy(server::open);

    @Test
    void aNewMeetingTypedIsStoredWhenSheLeavesTheScreen(FxRobot robot) throws Exception {
        typedNew(robot, DAY.toString());
        window.show(robot, "dashboard");
        window.settled();
        window.snapshot(robot, "meetings34-new-left");
        assertThat(ours()).as("stored on leaving").hasValueSatisfying(m -> assertThat(m.place())
                .isEqualTo("Folkets hus"));
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        window.snapshot(robot, "meetings34-new-back");
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Folkets hus");
        storedOnce();
    }

    @Test
    void aNewMeetingTypedIsStoredWhenSheClosesTheWindow(FxRobot robot) throws Exception {
        typedNew(robot, DAY.toString());
        window.close(robot);
        assertThat(window.dialogs.asked).as("nothing to ask").isEmpty();
        window.open(robot);
        assertThat(storedOnce().place()).isEqualTo("Folkets hus");
    }

    @Test
    void aNewMeetingWithAWrongDayIsSaidAndThereFramedWhenSheIsBack(FxRobot robot) throws Exception {
        typedNew(robot, "31/2");
        window.dialogs.notifications.clear();
        window.show(robot, "dashboard");
        window.settled();
        assertThat(window.dialogs.notifications).containsExactly("Det nya sammanträdet sparades inte: ”31/2” är"
                + " inget giltigt datum. Skriv datum som 2026-12-14.");
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        window.snapshot(robot, "meetings34-new-wrong-day-back");
        TextField date = robot.lookup("#meeting-date").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo("31/2");
        assertThat(FieldLimits.isOver(date)).as("the day framed in red").isTrue();
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Folkets hus");
        window.dialogs.confirmAnswer = false;
        window.close(robot);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");
    }

    /** A new meeting typed, then another meeting chosen in the list: the new one is stored, her choice stays. */
    @Test
    void aNewMeetingTypedIsStoredWhenSheChoosesAnotherMeeting(FxRobot robot) {
        typedNew(robot, DAY.toString());
        Meeting sample = window.plannedMeeting().orElseThrow();
        MeetingRows.click(robot, window, sample);
        window.settled();
        waitUntil(() -> ours().isPresent(), window.dialogs::lastNotification);
        assertThat(ours().orElseThrow().place()).isEqualTo("Folkets hus");
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(sample.id());
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText())
                .isEqualTo(sample.date().toString());
    }

    /**
     * A new meeting typed, another chosen while the server is lost: its adding failed, was said, and her typing was
     * gone (the form showed the meeting chosen). Now it is said to be kept, the close asks, Nytt sammanträde shows it,
     * and leaving the screen stores it once the server answers.
     */
    @Test
    void aNewMeetingLeftWhileTheServerIsLostIsKeptUnderNyttSammantrade(FxRobot robot) throws Exception {
        typedNew(robot, DAY.toString());
        Meeting sample = window.plannedMeeting().orElseThrow();
        window.dialogs.notifications.clear();
        server.lose();
        MeetingRows.click(robot, window, sample);
        window.settled();
        assertThat(window.dialogs.notifications).contains("Det nya sammanträdet KF 21 december 2026 kl. 18.00,"
                + " Folkets hus sparades inte: Ingen kontakt med servern ledamot.example.se. Det finns kvar under Nytt"
                + " sammanträde och sparas när du lämnar Sammanträden eller stänger fönstret.");
        window.dialogs.confirmAnswer = false;
        window.close(robot);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");

        robot.clickOn("#meeting-new");
        window.settled();
        window.snapshot(robot, "meetings35-new-kept-after-a-failed-add");
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText()).isEqualTo(DAY.toString());
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Folkets hus");
        server.back();
        window.show(robot, "dashboard");
        window.settled();
        assertThat(storedOnce().place()).isEqualTo("Folkets hus");
    }

    /** Nytt sammanträde pressed on a new meeting typed: it was cleared unstored; now it is stored, the form empty. */
    @Test
    void nyttSammantradePressedOnANewMeetingTypedStoresIt(FxRobot robot) {
        typedNew(robot, DAY.toString());
        robot.clickOn("#meeting-new");
        window.settled();
        waitUntil(() -> ours().isPresent(), window.dialogs::lastNotification);
        assertThat(ours().orElseThrow().place()).isEqualTo("Folkets hus");
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#meetings-table").queryTableView().getSelectionModel().getSelectedItem()).isNull();
    }

    /**
     * Spara on a new meeting and another meeting chosen before the adding came back (one turn of the window): the
     * form still held the new meeting, so choosing added it a second time, and the first adding's answer took her
     * back to it from the meeting she chose.
     */
    @Test
    void aNewMeetingSavedAndAnotherChosenAtOnceIsAddedOnceAndHerChoiceStays(FxRobot robot) {
        Meeting sample = savedAndAtOnce(robot, (place, sampleChosen) -> sampleChosen.run());
        assertThat(storedOnce().place()).isEqualTo("Folkets hus");
        assertThat(chosen(robot).id()).isEqualTo(sample.id());
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText())
                .isEqualTo(sample.date().toString());
    }

    /**
     * Spara on a new meeting, the place changed and Spara again before the adding came back (one turn of the window):
     * the second Spara added a second meeting. Now the change is stored in the one added.
     */
    @Test
    void aNewMeetingSavedChangedAndSavedAgainAtOnceIsAddedOnceWithTheChange(FxRobot robot) {
        savedAndAtOnce(robot, (place, sampleChosen) -> {
            place.setText("Stadshuset");
            robot.lookup("#meeting-save").queryButton().fire();
        });
        assertThat(storedOnce().place()).isEqualTo("Stadshuset");
        assertThat(chosen(robot).id()).isEqualTo(storedOnce().id());
        assertThat(place(robot).getText()).isEqualTo("Stadshuset");
    }

    /**
     * Spara on a new meeting and the place typed over before the adding came back: the answer filled the form with
     * the meeting added, and the typing was gone. Now it stays in the form, and is stored as she leaves the screen.
     */
    @Test
    void typingOnANewMeetingWhileItIsBeingAddedStaysAndIsStored(FxRobot robot) throws Exception {
        savedAndAtOnce(robot, (place, sampleChosen) -> place.setText("Stadshuset"));
        window.snapshot(robot, "meetings36-typed-on-while-added");
        assertThat(place(robot).getText()).as("her typing").isEqualTo("Stadshuset");
        assertThat(chosen(robot).id()).as("the meeting added, chosen").isEqualTo(storedOnce().id());
        window.show(robot, "dashboard");
        window.settled();
        assertThat(storedOnce().place()).as("her typing, stored on leaving").isEqualTo("Stadshuset");
    }

    /** Spara on a new meeting, the place changed and another meeting chosen at once: the change is in the one added. */
    @Test
    void aNewMeetingSavedChangedAndLeftAtOnceIsAddedOnceWithTheChange(FxRobot robot) {
        Meeting sample = savedAndAtOnce(robot, (place, sampleChosen) -> {
            place.setText("Stadshuset");
            sampleChosen.run();
        });
        assertThat(storedOnce().place()).isEqualTo("Stadshuset");
        assertThat(chosen(robot).id()).isEqualTo(sample.id());
        assertThat(place(robot).getText()).isEqualTo(sample.place());
    }

    /**
     * Spara on a new meeting, then Nytt sammanträde and the next one begun before the adding came back: its answer
     * took her to the meeting added, the next one's typing gone. She stays on the next one, typing and all.
     */
    @Test
    void theNextNewMeetingBegunWhileOneIsBeingAddedStaysInTheForm(FxRobot robot) {
        savedAndAtOnce(robot, (place, sampleChosen) -> {
            robot.lookup("#meeting-new").queryButton().fire();
            place.setText("Stadshuset");
        });
        assertThat(storedOnce().place()).isEqualTo("Folkets hus");
        assertThat(chosen(robot)).isNull();
        assertThat(place(robot).getText()).isEqualTo("Stadshuset");
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText()).isEmpty();
    }

    /**
     * A new meeting typed (Folkets hus), then Spara and, in the same turn of the window (before the adding can come
     * back), what {@code then} does with the place field and a choice of the sample meeting; returned, that meeting.
     */
    private Meeting savedAndAtOnce(FxRobot robot, java.util.function.BiConsumer<TextField, Runnable> then) {
        typedNew(robot, DAY.toString());
        Meeting sample = window.plannedMeeting().orElseThrow();
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        Button save = robot.lookup("#meeting-save").queryButton();
        robot.interact(() -> {
            save.fire();
            then.accept(place(robot), () -> meetings.getSelectionModel().select(sample));
        });
        window.settled();
        return sample;
    }

    /** The one meeting of the day typed: there is exactly one. */
    private Meeting storedOnce() {
        java.util.List<Meeting> ofTheDay = window.shell().context().services().meetings().list().stream()
                .filter(m -> m.date().equals(DAY)).toList();
        assertThat(ofTheDay).as("stored once").hasSize(1);
        return ofTheDay.getFirst();
    }

    private Meeting chosen(FxRobot robot) {
        return robot.lookup("#meetings-table").<Meeting>queryTableView().getSelectionModel().getSelectedItem();
    }

    private TextField place(FxRobot robot) {
        return robot.lookup("#meeting-place").queryAs(TextField.class);
    }

    private void typedNew(FxRobot robot, String day) {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        robot.clickOn("#meeting-new");
        robot.clickOn("#meeting-date").write(day);
        robot.clickOn("#meeting-time").write("18.00");
        robot.clickOn("#meeting-place").write("Folkets hus");
        window.settled();
    }

    private Optional<Meeting> ours() {
        return window.shell().context().services().meetings().list().stream().filter(m -> m.date().equals(DAY))
                .findFirst();
    }
}
