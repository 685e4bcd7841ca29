package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.HeldDisk;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.settings.SettingsScreen;
import se.ledamot.ui.shell.Screen;

/**
 * The real window over a disk the test holds still (every statement waits until released, {@link HeldDisk}): each
 * screen is used while its write waits, the user clicks elsewhere mid-write, the window keeps answering (what is typed
 * shows, the screens change), the status bar says it waits for the database, no statement runs on the FX thread, and
 * once the disk answers everything typed is stored.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SlowDiskWindowTest {
    @TempDir
    Path folder;

    private final HeldDisk disk = new HeldDisk();
    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed).openedBy(disk::open);
    private long plan;
    private long jobbhuset;
    private long question;
    private long planItem;
    private long jobbhusetItem;

    private void seed(Ledamot app) {
        List<Matter> added = Samples.addAll(app.matters());
        plan = added.getFirst().id();
        jobbhuset = added.get(1).id();
        question = app.matters().add(Samples.more().get(1)).id();
        Meeting kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        var items = app.meetings().addMatters(kf.id(), List.of(plan, jobbhuset));
        planItem = items.get(0).id();
        jobbhusetItem = items.get(1).id();
    }

    /** Before the window closes (after this), so that it can store what was typed. */
    @AfterEach
    void release() {
        disk.release();
    }

    private Ledamot services() {
        return window.shell().context().services();
    }

    private Node waiting(FxRobot robot) {
        return robot.lookup("#waitingForTheDisk").query();
    }

    /** The disk is held from here; statements already running end first. */
    private void hold() {
        window.settled();
        waitUntil(() -> window.shell().context().tasks().isIdle());
        disk.hold();
    }

    /** While held: the window says it waits, the write waits for the disk, and nothing ran on the FX thread. */
    private void stillInUse(FxRobot robot) {
        waitUntil(() -> waiting(robot).isVisible());
        assertThat(disk.waiting()).as("a statement waits for the disk").isPositive();
        assertThat(disk.onFxThread()).as("statements on the FX thread, the first:\n%s", disk.firstOnFxThread())
                .isZero();
    }

    private void released(FxRobot robot) {
        disk.release();
        waitUntil(() -> window.shell().context().tasks().isIdle() && !waiting(robot).isVisible());
    }

    @Test
    void theProtokollLosesNothingWhenAnotherParagraphIsChosenMidWrite(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, MinutesScreen.ID);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        Label heading = robot.lookup("#minutesItemTitle").queryAs(Label.class);
        choose(robot, items, planItem);
        waitUntil(() -> heading.getText().contains("integration") && robot.lookup("#addMotion").query()
                .isDisabled() == false);

        hold();
        reveal(robot, robot.lookup("#motionBy").query());
        robot.clickOn("#motionBy").write("Jan Alexandersson (V)").type(KeyCode.ENTER);
        ListView<?> motions = robot.lookup("#minutesMotions").queryListView();
        waitUntil(() -> motions.getItems().size() == 1);
        reveal(robot, robot.lookup("#decisionText").query());
        robot.clickOn("#decisionText").write("Kommunfullmäktige bifaller motionen.");

        // Mid-write, another paragraph: shown at once, its fields usable, the first one's writes still waiting.
        choose(robot, items, jobbhusetItem);
        waitUntil(() -> heading.getText().contains("Jobbhuset"));
        assertThat(robot.lookup("#decisionText").queryAs(TextArea.class).getText()).isEmpty();
        // An interpellation: no yrkanden (kommunallagen 5 kap. 59-63 §§), its wording is what may be typed.
        reveal(robot, robot.lookup("#decisionText").query());
        robot.clickOn("#decisionText").write("Åsa");
        assertThat(robot.lookup("#decisionText").queryAs(TextArea.class).getText()).isEqualTo("Åsa");
        stillInUse(robot);
        assertThat(services().papers().itemMinutes(planItem).motions()).isEmpty();
        window.snapshot(robot, "slow-disk-protokoll");

        released(robot);
        waitForStore(() -> services().papers().itemMinutes(planItem).motions().size() == 1);
        assertThat(services().meetings().item(planItem).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        choose(robot, items, planItem);
        waitUntil(() -> motions.getItems().size() == 1 && robot.lookup("#decisionText").queryAs(TextArea.class)
                .getText().equals("Kommunfullmäktige bifaller motionen."));
        assertThat(disk.onFxThread()).isZero();
    }

    private static void choose(FxRobot robot, ListView<EntryRow> items, long itemId) {
        waitUntil(() -> items.getItems().stream().anyMatch(r -> r.item() != null && r.item().id() == itemId));
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item() != null && r.item().id() == itemId).findFirst().orElseThrow()));
    }

    @Test
    void theEditorTheAnswerAndTheSettingsLoseNothingWhenTheUserGoesElsewhereMidWrite(FxRobot robot) {
        window.open(robot);

        // A matter's title, then straight to another screen.
        window.show(robot, RegisterScreen.ID);
        RegisterScreen register = window.shell().screen(RegisterScreen.class).orElseThrow();
        robot.interact(() -> register.openMatter(jobbhuset));
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        waitUntil(() -> title.getText().contains("Jobbhuset") && !title.isDisabled());
        hold();
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write(" i Kyrkbyn");
        window.show(robot, AnswerScreen.ID);
        stillInUse(robot);
        released(robot);
        waitForStore(() -> services().matters().find(jobbhuset).orElseThrow().title().endsWith(" i Kyrkbyn"));

        // An answer, then straight to another screen.
        window.shell().screen(AnswerScreen.class).orElseThrow();
        robot.interact(() -> window.shell().screen(AnswerScreen.class).orElseThrow().openMatter(question));
        TextArea answer = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> !answer.isDisabled());
        hold();
        robot.clickOn(answer).write("Skolskjutsarna går som förr från januari.");
        window.show(robot, SettingsScreen.ID);
        stillInUse(robot);
        released(robot);
        waitForStore(() -> services().answers().draft(question).map(d -> d.text()
                .contains("Skolskjutsarna går som förr från januari.")).orElse(false));

        // The council's name, then straight to another screen.
        TextField council = robot.lookup("#council-name").queryAs(TextField.class);
        waitUntil(() -> !council.isDisabled());
        hold();
        robot.clickOn(council).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Orusts kommun");
        window.show(robot, RegisterScreen.ID);
        stillInUse(robot);
        released(robot);
        waitForStore(() -> services().settings().councilName().equals("Orusts kommun"));
        assertThat(disk.onFxThread()).isZero();
    }

    @Test
    void everyScreenOpensAndSaysItWaitsWhileTheDiskIsHeld(FxRobot robot) {
        window.open(robot);
        hold();
        List<Screen> screens = List.copyOf(robot.lookup("#navigation").queryListView().getItems()).stream()
                .map(Screen.class::cast).toList();
        for (Screen s : screens) {
            window.show(robot, s.id());
        }
        stillInUse(robot);
        assertThat(window.shell().currentScreen().orElseThrow().id()).isEqualTo(screens.getLast().id());
        released(robot);
        assertThat(disk.onFxThread()).isZero();
    }
}
