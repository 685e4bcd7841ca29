package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;

/** Whole flows in the window: the dashboard leads to my answer; write, cut versions, compare, restore; restart. */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerFlowTest {
    @TempDir
    Path folder;

    private Stage stage;
    private Preferences node;
    private Ledamot app;
    private FxTaskExecutor tasks;
    private long matterId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void seed() {
        node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
        try (Ledamot seeded = Ledamot.open(folder)) {
            matterId = seeded.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                            "Interpellation om integrationsenheten")
                    .submitted(LocalDate.now().minusDays(3)).status(Status.SUBMITTED)
                    .authors(List.of(new Person("Patrik Christierson", "KD")))
                    .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                    .questions(List.of("Hur långt har arbetet kommit med integrationsenheten?",
                            "När kommer den att vara klar?"))
                    .build()).id();
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> stage.hide());
        closeDatabase();
        node.removeNode();
    }

    private void openWindow(FxRobot robot) {
        robot.interact(() -> {
            app = Ledamot.open(folder);
            NotificationPane notices = new NotificationPane();
            FxDialogService dialogs = new FxDialogService(stage, notices);
            tasks = new FxTaskExecutor(e -> dialogs.notify(e.toString()));
            WriterPreferences prefs = new WriterPreferences(node);
            prefs.userName().set("Anna Ek");
            AppContext context = new AppContext(app, dialogs, tasks,
                    () -> new FxDebouncer(Duration.ofMillis(300), Duration.ofSeconds(3)), prefs);
            MainWindow shell = new MainWindow(stage, context, notices);
            DashboardScreen.install(shell);
            AnswerScreen.install(shell);
            DebateScreen.install(shell);
            // The stage is shared with earlier test classes, which may have resized it past the screen.
            stage.setWidth(1200);
            stage.setHeight(800);
            stage.show();
        });
    }

    private void closeDatabase() {
        if (app != null) {
            tasks.close();
            app.close();
            app = null;
        }
    }

    private void openMyAnswerFromTheDashboard(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#attention .table-row-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getItem() != null));
        TableRow<?> row = robot.lookup("#attention .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n).filter(r -> r.getItem() != null).findFirst().orElseThrow();
        robot.doubleClickOn(row);
        waitUntil(() -> !robot.lookup("#answerText").queryAs(TextArea.class).isDisabled());
    }

    private ListCell<?> versionCell(FxRobot robot, int number) throws Exception {
        waitUntil(() -> robot.lookup("#versions .list-cell").queryAll().stream()
                .anyMatch(n -> ((ListCell<?>) n).getText() != null
                        && ((ListCell<?>) n).getText().startsWith("Version " + number + " ")));
        return robot.lookup("#versions .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getText() != null && c.getText().startsWith("Version " + number + " "))
                .findFirst().orElseThrow();
    }

    @Test
    void writeAnAnswerCutVersionsCompareThemAndRestoreTheFirst(FxRobot robot) throws Exception {
        openWindow(robot);
        assertThat(robot.lookup("#dashboardSummary").queryAs(Label.class)).isNotNull();
        openMyAnswerFromTheDashboard(robot);

        robot.clickOn("#answerText").write("Kommunen har en strateg.");
        waitUntil(() -> robot.lookup("#wordCount").queryAs(Label.class).getText().equals("4 ord"));
        robot.clickOn("#cutVersion");
        versionCell(robot, 1);

        robot.clickOn("#answerText").type(KeyCode.END).write(" Arbetet med enheten har kommit långt.");
        robot.clickOn("#cutVersion");
        robot.clickOn(versionCell(robot, 2));
        robot.press(KeyCode.CONTROL).clickOn(versionCell(robot, 1)).release(KeyCode.CONTROL);
        robot.clickOn("#compare");

        waitUntil(() -> !robot.lookup("#diff").queryAs(TextFlow.class).getChildren().isEmpty());
        List<String> inserted = robot.lookup("#diff").queryAs(TextFlow.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("diff-inserted")).map(n -> ((Text) n).getText()).toList();
        assertThat(String.join("", inserted)).isEqualTo(" Arbetet med enheten har kommit långt.");
        assertThat(robot.lookup("#hint-1").queryAs(Label.class).getText()).startsWith("Verkar besvarad");

        robot.clickOn(versionCell(robot, 1));
        robot.clickOn("#restore");

        waitUntil(() -> robot.lookup("#answerText").queryAs(TextArea.class).getText()
                .equals("Kommunen har en strateg."));
        versionCell(robot, 3);
        assertThat(robot.lookup("#versions").queryAs(ListView.class).getItems()).hasSize(3);
    }

    @Test
    void autosavedTextSurvivesARestartWithoutAClosedWindow(FxRobot robot) throws Exception {
        openWindow(robot);
        openMyAnswerFromTheDashboard(robot);
        robot.clickOn("#answerText").write("Svaret skrivs på tåget åäö");
        waitUntil(() -> robot.lookup("#saveState").queryAs(Label.class).getText().startsWith("Sparat"));

        // The program dies: no flush, no close handlers; only what autosave wrote is on disk.
        robot.interact(() -> stage.hide());
        closeDatabase();

        openWindow(robot);
        openMyAnswerFromTheDashboard(robot);
        assertThat(robot.lookup("#answerText").queryAs(TextArea.class).getText())
                .isEqualTo("Svaret skrivs på tåget åäö");
    }
}
