package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.FieldLimits;

/**
 * Meetings32, in the real window at 1280×800: nothing she typed in a meeting's form is lost. A save that fails (the
 * server out of reach) on choosing another meeting is shown when she comes back, stored again as she leaves the
 * screen, and asked about when she closes the window; a day typed wrongly keeps her on the meeting; a second save's
 * typing is what she sees (an arrow key in the list asks as a click does); a conflict met as she leaves the screen is said, and asked when she is back.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingsNothingLostWindowTest {
    @TempDir
    Path folder;

    private final LostServer server = new LostServer();

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data")).openedBy(server::open);

    /** The server lost as she chooses the held meeting: said, and stored once it answers and she leaves the screen. */
    @Test
    void aPlaceLeftWhileTheServerIsLostIsStoredWhenSheLeavesTheScreen(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        Meeting held = other(meetings, sample);
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        window.dialogs.notifications.clear();
        server.lose();
        clickRow(robot, held);
        window.settled();
        window.snapshot(robot, "meetings32-save-failed-on-choosing");
        assertThat(window.dialogs.notifications).anySatisfy(n -> assertThat(n)
                .startsWith("Ändringarna i sammanträdet KF 7 december 2026").contains("Ingen kontakt med servern"));
        assertThat(stored(sample).place()).isEqualTo(sample.place());

        server.back();
        window.show(robot, "dashboard");
        window.settled();
        assertThat(stored(sample).place()).as("tried again on leaving the screen").isEqualTo("Biblioteket");
    }

    /**
     * The server still lost: closing asks (she stays), her place is in the form when she chooses the meeting again,
     * and once the server answers the close stores it.
     */
    @Test
    void aPlaceNotStoredIsAskedAboutOnClosingAndShownWhenSheComesBack(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        server.lose();
        clickRow(robot, other(meetings, sample));
        window.settled();
        window.dialogs.confirmAnswer = false;
        window.close(robot);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");
        assertThat(window.shell().stage().isShowing()).isTrue();

        clickRow(robot, sample);
        window.snapshot(robot, "meetings32-back-after-a-failed-save");
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Biblioteket");
        storedOnClosingWithTheServerBack(robot, sample);
    }

    /**
     * Spara while the server is lost, and the window closed: the close's second look at the form handed it over again
     * and closed without a question (her place lost); it asks, and once the server answers the close stores it.
     */
    @Test
    void saveFailedOnTheMeetingShownIsAskedAboutOnClosing(FxRobot robot) throws Exception {
        opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        server.lose();
        robot.clickOn("#meeting-save");
        window.settled();
        assertThat(window.dialogs.notifications).contains("Ingen kontakt med servern ledamot.example.se.");
        window.dialogs.confirmAnswer = false;
        window.close(robot);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Biblioteket");
        storedOnClosingWithTheServerBack(robot, sample);
    }

    /**
     * A day typed wrongly ("31/2") with a place, and the held meeting chosen: she stays on the meeting, the day framed
     * in red and the reason said (it was said, and the form showed the meeting chosen: her typing gone). Put right,
     * the next choice stores both.
     */
    @Test
    void aDayTypedWronglyKeepsHerOnTheMeetingWithHerTyping(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        Meeting held = other(meetings, sample);
        clickRow(robot, sample);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        robot.clickOn("#meeting-date").push(KeyCode.SHORTCUT, KeyCode.A).write("31/2");
        window.dialogs.notifications.clear();
        List<Meeting> highlighted = new CopyOnWriteArrayList<>();
        robot.interact(() -> meetings.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                highlighted.add(now)));

        MeetingRows.clickStaying(robot, window, held, sample);
        assertThat(highlighted).as("the row clicked, highlighted a frame before it was put back").isEmpty();
        window.snapshot(robot, "meetings32-wrong-day-stays");
        TextField date = robot.lookup("#meeting-date").queryAs(TextField.class);
        assertThat(window.dialogs.notifications).containsExactly("Ändringarna i sammanträdet KF 7 december 2026"
                + " kl. 18.00, Kommunhuset, Fullmäktigesalen kan inte sparas: ”31/2” är inget giltigt datum. Skriv"
                + " datum som 2026-12-14. Sammanträdet är kvar valt tills fältet är rättat.");
        assertThat(date.getText()).isEqualTo("31/2");
        assertThat(FieldLimits.isOver(date)).as("the day framed in red").isTrue();
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Biblioteket");
        assertThat(stored(sample).date()).isEqualTo(sample.date());
        robot.interact(meetings::requestFocus);
        robot.push(KeyCode.UP);
        window.settled();
        assertThat(highlighted).as("the row above, by the arrow key (meetings35: highlighted, then put back)")
                .isEmpty();
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(sample.id());

        robot.clickOn(date).push(KeyCode.SHORTCUT, KeyCode.A).write("2026-12-08");
        assertThat(FieldLimits.isOver(date)).as("typed right").isFalse();
        clickRow(robot, held);
        assertThat(stored(sample).date()).isEqualTo(java.time.LocalDate.parse("2026-12-08"));
        assertThat(stored(sample).place()).isEqualTo("Biblioteket");
    }

    /**
     * The server lost: she types a place, steps away and back while it is being stored, types on and steps away again
     * (one turn of the window). Both saves fail; once the server answers, leaving the screen stores her last place,
     * not a conflict with her own first one (the second started from the first, never stored).
     */
    @Test
    void typingOnOverAFailedSaveIsStoredWhenTheServerAnswers(FxRobot robot) throws Exception {
        Meeting first = placeTypedOnOverItsSave(robot, server::lose);
        window.dialogs.notifications.clear();
        server.back();
        window.show(robot, "dashboard");
        window.settled();
        assertThat(window.dialogs.notifications).noneMatch(n -> n.contains("ändrades av någon annan"));
        assertThat(stored(first).place()).isEqualTo("Biblioteket, sal 2");
    }

    /**
     * She types a place, steps away and back, types on and steps away again (one turn of the window); the first save
     * is dropped by the server, the second reaches it: it started from the first's typing, never stored, and met the
     * stored place as someone else's change (a false conflict, her last place not stored).
     */
    @Test
    void aSaveAfterADroppedOneIsNoConflictWithHerOwnTyping(FxRobot robot) throws Exception {
        Meeting first = placeTypedOnOverItsSave(robot,
                () -> server.dropNext(sql -> sql.contains("for update") && sql.contains("meeting")));
        assertThat(window.dialogs.notifications).noneMatch(n -> n.contains("ändrades av någon annan"));
        assertThat(stored(first).place()).isEqualTo("Biblioteket, sal 2");
    }

    /** A day typed wrongly and Översikt: said as it was, and back in Sammanträden her day is there, framed in red. */
    @Test
    void aWrongDayLeftOnTheScreenIsThereFramedWhenSheIsBack(FxRobot robot) throws Exception {
        opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        clickRow(robot, sample);
        robot.clickOn("#meeting-date").push(KeyCode.SHORTCUT, KeyCode.A).write("31/2");
        window.show(robot, "dashboard");
        window.settled();
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        window.snapshot(robot, "meetings32-wrong-day-away-and-back");
        TextField date = robot.lookup("#meeting-date").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo("31/2");
        assertThat(FieldLimits.isOver(date)).as("the day framed in red").isTrue();
        assertThat(stored(sample).date()).isEqualTo(sample.date());
    }

    /**
     * She types a place, steps away and back, types on and steps away and back again, all within one turn of the
     * window: when the first save came back the form showed its place a moment (the second was still on its way).
     */
    @Test
    void comingBackDuringASecondSaveNeverShowsTheFirstTyping(FxRobot robot) throws Exception {
        TableView<Meeting> meetings = opened(robot);
        Meeting first = meetings.getItems().getFirst();
        Meeting second = meetings.getItems().get(1);
        clickRow(robot, first);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        List<String> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            meetings.getSelectionModel().select(second);
            meetings.getSelectionModel().select(first);
            place.setText("Biblioteket, sal 2");
            meetings.getSelectionModel().select(second);
            meetings.getSelectionModel().select(first);
            place.textProperty().addListener((o, was, now) -> shown.add(now));
        });
        window.settled();
        window.snapshot(robot, "meetings32-second-save");
        assertThat(shown).as("the place shown while the saves came back").doesNotContain("Biblioteket");
        assertThat(place.getText()).isEqualTo("Biblioteket, sal 2");
        assertThat(stored(first).place()).isEqualTo("Biblioteket, sal 2");
    }

    /**
     * Someone else put the meeting in Folkets hus after her form was filled; she types Biblioteket and goes to
     * Översikt. The conflict view opened over Översikt without a word of where she was; now it is said, and the view
     * asks when she is back in Sammanträden.
     */
    @Test
    void aConflictMetOnLeavingTheScreenIsSaidAndAskedWhenSheIsBack(FxRobot robot) throws Exception {
        opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        MeetingRows.typedOverTheirs(robot, window, sample);
        window.dialogs.notifications.clear();

        window.show(robot, "dashboard");
        window.settled();
        window.snapshot(robot, "meetings32-conflict-on-leaving");
        assertThat(window.dialogs.notifications).contains("Sammanträdet KF 7 december 2026: fältet Plats ändrades av"
                + " någon annan medan du skrev. Din ändring är inte sparad; välj vilken som ska gälla när du går"
                + " tillbaka till Sammanträden.");
        assertThat(robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow().isShowing()))
                .as("no conflict view over Översikt").isEmpty();

        backToHerBiblioteketInTheConflictView(robot, sample, "meetings34-conflict-met-leaving-back");
    }

    /**
     * The conflict view open (Spara met someone else's Folkets hus) as she goes to Översikt: it stayed over Översikt;
     * now it closes, is said as one met on leaving, and asks again when she is back, her Biblioteket in the form.
     */
    @Test
    void aConflictViewOpenAsSheLeavesTheScreenIsSaidAndAskedWhenSheIsBack(FxRobot robot) throws Exception {
        opened(robot);
        Meeting sample = window.plannedMeeting().orElseThrow();
        MeetingRows.typedOverTheirs(robot, window, sample);
        robot.clickOn("#meeting-save");
        javafx.stage.Window view = WindowDriver.conflictView(robot);
        javafx.stage.Window main = window.shell().stage();
        robot.interact(() -> view.setX(main.getX() + main.getWidth() - view.getWidth())); // the sidebar free
        window.dialogs.notifications.clear();

        window.show(robot, "dashboard");
        window.settled();
        window.snapshot(robot, "meetings34-conflict-view-left");
        assertThat(view.isShowing()).as("no conflict view over Översikt").isFalse();
        assertThat(window.dialogs.notifications).containsExactly("Sammanträdet KF 7 december 2026: fältet Plats"
                + " ändrades av någon annan medan du skrev. Din ändring är inte sparad; välj vilken som ska gälla när"
                + " du går tillbaka till Sammanträden.");
        assertThat(stored(sample).place()).isEqualTo("Folkets hus");

        backToHerBiblioteketInTheConflictView(robot, sample, "meetings34-conflict-view-back");
    }

    /**
     * A posting day after the meeting, refused by the store: said on every leave of the screen and on the close
     * (meetings34); now said once while it is the same refusal, the day kept in the form and the close asking.
     */
    @Test
    void aPostingDayTheStoreRefusesIsSaidOnceOverLeavesAndTheClose(FxRobot robot) throws Exception {
        opened(robot);
        clickRow(robot, window.plannedMeeting().orElseThrow());
        robot.clickOn("#meeting-posted").push(KeyCode.SHORTCUT, KeyCode.A).write("2026-12-20");
        window.dialogs.notifications.clear();
        for (int away = 0; away < 2; away++) {
            window.show(robot, "dashboard");
            window.settled();
            window.show(robot, MeetingsScreen.ID);
            window.settled();
        }
        window.dialogs.confirmAnswer = false;
        window.close(robot);
        window.snapshot(robot, "meetings34-refused-once");
        assertThat(window.dialogs.notifications).filteredOn(n -> n.contains("är efter sammanträdet")).hasSize(1);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");
        assertThat(robot.lookup("#meeting-posted").queryTextInputControl().getText()).isEqualTo("2026-12-20");

        // Spara pressed is always answered: the refusal said again (it went unanswered once said on leaving).
        window.dialogs.notifications.clear();
        robot.clickOn("#meeting-save");
        window.settled();
        waitUntil(() -> window.dialogs.notifications.stream().anyMatch(n -> n.contains("är efter sammanträdet")),
                window.dialogs.notifications::toString);
        window.dialogs.confirmAnswer = true;
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

    /**
     * Back in Sammanträden the conflict view asks (a picture of it to {@code picture}), her Biblioteket in the form:
     * she chooses hers, and it is stored.
     */
    private void backToHerBiblioteketInTheConflictView(FxRobot robot, Meeting sample, String picture)
            throws java.io.IOException {
        window.show(robot, MeetingsScreen.ID);
        WindowDriver.conflictView(robot);
        window.snapshot(robot, picture);
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Biblioteket");
        robot.clickOn("#conflict-choose-mine");
        WindowDriver.waitForStore(() -> "Biblioteket".equals(stored(sample).place()));
    }

    /**
     * She types a place in the first meeting; the server does as {@code then} tells it; within one turn of the window
     * she steps away and back, types on and steps away again. The first meeting.
     */
    private Meeting placeTypedOnOverItsSave(FxRobot robot, Runnable then) {
        TableView<Meeting> meetings = opened(robot);
        Meeting first = meetings.getItems().getFirst();
        Meeting second = meetings.getItems().get(1);
        clickRow(robot, first);
        robot.clickOn("#meeting-place").push(KeyCode.SHORTCUT, KeyCode.A).write("Biblioteket");
        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        then.run();
        window.dialogs.notifications.clear();
        robot.interact(() -> {
            meetings.getSelectionModel().select(second);
            meetings.getSelectionModel().select(first);
            place.setText("Biblioteket, sal 2");
            meetings.getSelectionModel().select(second);
        });
        window.settled();
        return first;
    }

    private static Meeting other(TableView<Meeting> meetings, Meeting than) {
        return meetings.getItems().stream().filter(m -> !m.id().equals(than.id())).findFirst().orElseThrow();
    }

    private void clickRow(FxRobot robot, Meeting meeting) {
        MeetingRows.click(robot, window, meeting);
    }

    private Meeting stored(Meeting meeting) {
        return window.shell().context().services().meetings().require(meeting.id());
    }

    /** The server back, the close (answered yes) stores her place, and the next start has it. */
    private void storedOnClosingWithTheServerBack(FxRobot robot, Meeting meeting) throws Exception {
        server.back();
        window.dialogs.confirmAnswer = true;
        window.close(robot);
        window.open(robot);
        assertThat(stored(meeting).place()).isEqualTo("Biblioteket");
    }
}
