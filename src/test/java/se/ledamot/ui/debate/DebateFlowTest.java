package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
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
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.DebateItem;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MatterService;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Navigator;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;

/** From an agenda item to its debate: a stranger refused on a question, the answerer listed, the decision taken. */
@WindowTest
@ExtendWith(WindowRobot.class)
class DebateFlowTest {
    @TempDir
    Path folder;

    private Stage stage;
    private Preferences node;
    private Ledamot app;
    private FxTaskExecutor tasks;
    private MainWindow shell;
    private long questionId;
    private long motionId;
    private List<AgendaItem> agenda;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void seed() {
        node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
        try (Ledamot seeded = Ledamot.open(folder)) {
            MatterService matters = seeded.matters();
            questionId = matters.add(Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort")
                    .submitted(LocalDate.parse("2026-12-01")).status(Status.SUBMITTED)
                    .authors(List.of(new Person("Eva Berg", "V")))
                    .addressee(new Addressee("Göran Dahlström", "S", null)).build()).id();
            MeetingService meetings = seeded.meetings();
            Meeting kf = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
            motionId = matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                    .submitted(LocalDate.parse("2026-11-01")).status(Status.PREPARED).build()).id();
            agenda = meetings.addMatters(kf.id(), List.of(questionId, motionId));
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> stage.hide());
        tasks.close();
        app.close();
        node.removeNode();
    }

    /** Stands in for a meeting's agenda: a double-click asks the window for the item's debate, as the agenda does. */
    private static final class AgendaStub implements Screen {
        private final ListView<AgendaItem> list = new ListView<>();

        AgendaStub(List<AgendaItem> items, Navigator navigator) {
            list.setId("agendaStub");
            list.getItems().setAll(items);
            list.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(AgendaItem item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : "§ " + item.number());
                }
            });
            list.setOnMouseClicked(e -> {
                AgendaItem item = list.getSelectionModel().getSelectedItem();
                if (e.getClickCount() == 2 && item != null) {
                    navigator.navigate(Destination.Debate.onItem(item.meetingId(), item.id()));
                }
            });
        }

        @Override
        public String id() {
            return "agendaStub";
        }

        @Override
        public String title() {
            return "Dagordning";
        }

        @Override
        public Node view() {
            return list;
        }
    }

    private void openWindow(FxRobot robot) {
        robot.interact(() -> {
            app = Ledamot.open(folder);
            NotificationPane notices = new NotificationPane();
            FxDialogService dialogs = new FxDialogService(stage, notices);
            tasks = new FxTaskExecutor(e -> dialogs.notify(e.toString()));
            AppContext context = new AppContext(app, dialogs, tasks,
                    () -> new FxDebouncer(Duration.ofMillis(300), Duration.ofSeconds(3)), new WriterPreferences(node));
            shell = new MainWindow(stage, context, notices);
            DashboardScreen.install(shell);
            AnswerScreen.install(shell);
            DebateScreen.install(shell);
            shell.addScreen(new AgendaStub(agenda, shell));
            shell.show("agendaStub");
            // The stage is shared with earlier test classes, which may have resized it past the screen.
            stage.setWidth(1200);
            stage.setHeight(800);
            stage.show();
        });
    }

    private void chooseDecision(FxRobot robot, String words, Decision decision) {
        WindowDriver.choose(robot, robot.lookup("#decision").queryComboBox(), words);
        waitUntil(() -> robot.lookup("#decision").queryComboBox().getValue() == decision
                && !robot.lookup("#decision").queryComboBox().isShowing());
    }

    @Test
    void onAQuestionOnlyTheAskerAndTheAnswererSpeakAndTheDecisionEndsTheDebate(FxRobot robot) throws Exception {
        openWindow(robot);
        robot.doubleClickOn("§ 1");
        waitUntil(() -> shell.currentScreen().map(s -> s.id().equals(DebateScreen.ID)).orElse(false));
        // The meeting, its items and the item's debate are read in the background.
        waitUntil(() -> robot.lookup("#debateItems").queryListView().getSelectionModel().getSelectedItem() != null);
        assertThat(robot.lookup("#debateLimits").queryAs(Label.class).getText()).startsWith("KF: första anförandet");
        // The meeting is chosen and the item marked in the panel's own lists.
        assertThat(robot.lookup("#debateMeetings").queryComboBox().getValue()).isNotNull();
        assertThat(((DebateItem) robot.lookup("#debateItems").queryListView().getSelectionModel()
                .getSelectedItem()).item().id()).isEqualTo(agenda.getFirst().id());

        robot.clickOn("#speakerName").write("Anna Ek (C)");
        robot.clickOn("#addSpeaker");
        waitUntil(() -> !robot.lookup("#debateError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#debateError").queryAs(Label.class).getText())
                .startsWith("Anna Ek (C) får inte delta i debatten om en fråga");
        // The red line is the warning line every view uses (walk26: its style class was named for the debate).
        assertThat(robot.lookup("#debateError").queryAs(Label.class).getStyleClass()).contains("field-warning");
        assertThat(robot.lookup("#speakers").queryAs(TableView.class).getItems()).isEmpty();

        robot.clickOn("#speakerName").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Göran Dahlström (S)");
        robot.clickOn("#addSpeaker");
        waitUntil(() -> robot.lookup("#speakers").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("#debateError").queryAs(Label.class).getText()).isEmpty();
        // Empty, it keeps its room: a message that comes unasked moves nothing under the pointer.
        assertThat(robot.lookup("#debateError").queryAs(Label.class).isManaged()).isTrue();

        chooseDecision(robot, "Anses besvarad", Decision.ANSWERED);
        robot.clickOn("#decide");
        waitUntil(() -> !robot.lookup("#decided").queryAs(Label.class).getText().isEmpty()
                || !robot.lookup("#debateError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#debateError").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#decided").queryAs(Label.class).getText()).isEqualTo("Beslut: Anses besvarad");
        Matter after = app.matters().find(questionId).orElseThrow();
        assertThat(after.status()).isEqualTo(Status.ANSWERED);
        assertThat(after.decision()).isNull();
    }

    /** Issue 16.5: another secretary stores the decision's wording in Protokoll while the debate is open here. */
    @Test
    void aWordingTypedHereAndStoredInTheMinutesMeanwhileGetsTheConflictViewAndMineIsStored(FxRobot robot)
            throws Exception {
        openWindow(robot);
        robot.doubleClickOn("§ 2");
        waitUntil(() -> robot.lookup("#debateItems").queryListView().getSelectionModel().getSelectedItem() != null);
        AgendaItem shown = app.meetings().item(agenda.getLast().id()).orElseThrow();
        String theirs = "Kommunfullmäktige beslutar att bifalla motionen.";
        app.meetings().saveItem(shown, shown.withDecision(null, theirs));
        String mine = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";
        robot.clickOn("#decisionWording").write(mine);
        chooseDecision(robot, "Bifall", Decision.APPROVED);
        robot.clickOn("#decide");

        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent());
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("Beslutets lydelse");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(theirs);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(mine);
        assertThat(robot.lookup("#decided").queryAs(Label.class).getText()).isEqualTo("Beslut: Bifall");
        assertThat(app.matters().find(motionId).orElseThrow().decision()).isEqualTo(Decision.APPROVED);
        assertThat(app.meetings().item(shown.id()).orElseThrow().decisionText()).isEqualTo(theirs);
        Window view = robot.lookup("#conflict-choose-mine").query().getScene().getWindow();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.getScene().snapshot(null));
        ImageIO.write(WindowDriver.toAwt(shot[0]), "png", Path.of("target", "debate-wording-conflict.png").toFile());

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> mine.equals(app.meetings().item(shown.id()).orElseThrow().decisionText()));
        assertThat(robot.lookup("#decisionWording").queryAs(TextField.class).getText()).isEqualTo(mine);
    }
}
