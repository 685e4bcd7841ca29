package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.importer.ImportItem;
import se.ledamot.service.ImportService;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.editor.TimelineEntry;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 10, defects 2, 5 and 7, in the real window: a screen left and shown again keeps what was chosen in it; the
 * editor's history and original files belong to the matter shown; one Ctrl+N makes one draft, shown at once.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ScreensKeepTheirPlaceTest {
    @TempDir
    Path folder;

    private MainWindow shell;
    private long jobbhuset;
    private long question;
    private long imported;
    private long plan;
    private Meeting later;

    @Start
    void start(Stage stage) throws IOException {
        Platform.setImplicitExit(false);
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            List<Matter> added = Samples.addAll(app.matters());
            plan = added.getFirst().id();
            jobbhuset = added.get(1).id();
            question = app.matters().add(Samples.more().get(1)).id();
            Meeting first = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
            later = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-02-08")));
            app.meetings().addMatters(first.id(), List.of(plan));
            app.meetings().addMatters(later.id(), List.of(jobbhuset, plan));
            Path file = folder.resolve("motion.txt");
            Files.writeString(file, """
                    Motion om fler bänkar i parken

                    Stenungsund 2026-10-05

                    Äldre behöver kunna vila på vägen.

                    Jag föreslår därför

                    att kommunen ställer ut fler bänkar i parken

                    Karin Berg (S)
                    """, StandardCharsets.UTF_8);
            List<ImportItem> read = ImportService.read(List.of(file), (d, t, f) -> { }, () -> false);
            imported = app.imports().store(read, (d, t, f) -> { }, () -> false).getFirst().stored().id();
        }
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            if (shell.stage().isShowing()) {
                shell.requestClose();
            }
        });
    }

    private void show(FxRobot robot, String id) {
        robot.clickOn(robot.lookup("#navigation .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getItem() != null && ((se.ledamot.ui.shell.Screen) c.getItem()).id().equals(id))
                .queryAs(Node.class));
        waitUntil(() -> shell.currentScreen().map(s -> s.id().equals(id)).orElse(false));
    }

    private boolean holdsQuestion(javafx.scene.control.ListCell<?> cell) {
        return cell.getItem() instanceof Matter m && m.id() == question;
    }

    @Test
    void svarKeepsTheChosenMatterWhenLeftAndShownAgain(FxRobot robot) {
        show(robot, AnswerScreen.ID);
        ListView<Matter> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        waitUntil(() -> robot.lookup("#answerMatters .list-cell").match(this::holdsQuestion)
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#answerMatters .list-cell").match(this::holdsQuestion)
                .queryAs(Node.class));
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id() == question);

        show(robot, DashboardScreen.ID);
        show(robot, AnswerScreen.ID);
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(list.getSelectionModel().getSelectedItem()).extracting(Matter::id).isEqualTo(question);
        assertThat(robot.lookup("#answerText").queryAs(TextArea.class).isDisabled()).isFalse();
    }

    @Test
    void debattKeepsTheChosenMeetingAndItemWhenLeftAndShownAgain(FxRobot robot) {
        show(robot, DebateScreen.ID);
        ComboBox<Meeting> meetings = robot.lookup("#debateMeetings").queryComboBox();
        waitUntil(() -> meetings.getItems().size() == 2);
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.id().equals(later.id())).findFirst().orElseThrow()));
        ListView<?> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> items.getItems().size() == 2);
        robot.interact(() -> items.getSelectionModel().select(1));

        show(robot, RegisterScreen.ID);
        show(robot, DebateScreen.ID);
        waitUntil(() -> meetings.getValue() != null);
        assertThat(meetings.getValue().id()).isEqualTo(later.id());
        waitUntil(() -> items.getItems().size() == 2);
        assertThat(items.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    @Test
    void historyAndOriginalFilesAreThoseOfTheMatterShown(FxRobot robot) {
        show(robot, RegisterScreen.ID);
        RegisterScreen register = shell.screen(RegisterScreen.class).orElseThrow();
        ListView<TimelineEntry> timeline = robot.lookup("#timeline").queryListView();
        VBox files = robot.lookup("#attachments").queryAs(VBox.class);

        robot.interact(() -> register.openMatter(imported));
        waitUntil(() -> files.getChildren().size() == 1 && files.getChildren().getFirst().getStyleClass()
                .contains("attachment"));
        robot.interact(() -> register.openMatter(plan));
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.what().contains("föredragningslistan")));
        waitUntil(() -> files.getChildren().size() == 1 && files.getChildren().getFirst() instanceof Label);
        robot.interact(() -> register.openMatter(imported));
        waitUntil(() -> files.getChildren().getFirst().getStyleClass().contains("attachment"));
        waitUntil(() -> timeline.getItems().stream().noneMatch(e -> e.what().contains("föredragningslistan")));
        robot.interact(() -> register.openMatter(question));
        waitUntil(() -> files.getChildren().getFirst() instanceof Label);
        assertThat(timeline.getItems()).noneMatch(e -> e.what().contains("föredragningslistan"));
    }

    @Test
    void oneCtrlNMakesOneDraftShownAtOnceEvenWithTheMenuToo(FxRobot robot) {
        show(robot, DashboardScreen.ID);
        // Without a window manager (CI's Xvfb) the keyboard can rest on no window after earlier tests' windows
        // closed, and the window then never reports itself focused; a user typing Ctrl+N has the window focused.
        robot.interact(() -> shell.stage().requestFocus());
        waitUntil(() -> shell.stage().isFocused());
        int before = shell.context().services().matters().list().size();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        // No waiting: the draft is in the editor when the key has been handled.
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        assertThat(shell.currentScreen().orElseThrow().id()).isEqualTo(RegisterScreen.ID);
        assertThat(title.getText()).isEqualTo("Nytt ärende");
        // The title takes the focus once the editor holds the new draft, which follows its write to the disk.
        waitUntil(title::isFocused, () -> "focus owner " + title.getScene().getFocusOwner()
                + ", window focused " + shell.stage().isFocused());

        robot.clickOn("Arkiv").clickOn("Nytt ärende");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(shell.context().services().matters().list()).hasSize(before + 1);
        robot.write("Motion om bänkar");
        waitUntil(() -> shell.context().services().matters().list().stream()
                .anyMatch(m -> m.title().equals("Motion om bänkar")));

        // Once typed in, the draft is a matter like any other: the next Ctrl+N makes a new one.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(title.getText()).isEqualTo("Nytt ärende");
        assertThat(shell.context().services().matters().list()).hasSize(before + 2);
    }

    @Test
    void aNewMatterMadeFromAnotherScreenHasItsOwnRowOnScreen(FxRobot robot) {
        show(robot, MeetingsScreen.ID);
        robot.interact(() -> shell.stage().requestFocus());
        waitUntil(() -> shell.stage().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        waitUntil(title::isFocused);
        robot.write("Motion om bänkar");
        waitUntil(() -> shell.context().services().matters().list().stream()
                .anyMatch(m -> m.title().equals("Motion om bänkar")));
        // The rows drawn on screen, not the list behind them: the new matter among them.
        waitUntil(() -> drawnTitles(robot).contains("Motion om bänkar"), () -> "drawn " + drawnTitles(robot));
    }

    /** The titles in the register's drawn rows, the ones a user sees. */
    private static List<String> drawnTitles(FxRobot robot) {
        return robot.lookup("#register-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && !r.isEmpty() && r.getItem() instanceof MatterRow)
                .map(r -> ((MatterRow) r.getItem()).title()).toList();
    }
}
