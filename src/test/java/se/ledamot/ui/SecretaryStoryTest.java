package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.meetings.AgendaRow;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Issue 10, story 3, in the real window at 1280×800: the group's secretary adds a motion with Ctrl+N, restarts,
 * puts it on the next meeting's agenda in Sammanträden, and exports the debate brief, which has the motion in it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SecretaryStoryTest {
    private static final String TITLE = "Motion om fler bänkar längs Ågatan";

    @TempDir
    Path folder;

    private StoryWindow window;
    private long meeting;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                    .withPlace("Kommunhuset")).id();
        }
        window = new StoryWindow(stage, folder);
    }

    @AfterEach
    void end(FxRobot robot) throws Exception {
        window.end(robot);
    }

    private boolean holdsTheMotion(ListCell<?> cell) {
        return cell.getItem() instanceof Matter m && m.title().equals(TITLE);
    }

    @Test
    void addAMotionRestartPutItOnTheAgendaAndExportTheDebateBrief(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, DashboardScreen.ID);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        waitUntil(title::isFocused);
        robot.write(TITLE);
        ComboBox<MatterKind> kind = robot.lookup("#kind").queryComboBox();
        robot.interact(() -> kind.setValue(MatterKind.MOTION));
        robot.clickOn("#authors").write("Karin Berg (S)");
        ComboBox<Status> status = robot.lookup("#status").queryComboBox();
        waitUntil(() -> status.getItems().contains(Status.SUBMITTED));
        robot.interact(() -> status.setValue(Status.SUBMITTED));
        window.show(robot, DashboardScreen.ID);

        window.settled();
        window.snapshot(robot, "story-dashboard");
        window.close(robot);
        window.open(robot);
        assertThat(window.shell().context().services().matters().list()).anySatisfy(m -> {
            assertThat(m.title()).isEqualTo(TITLE);
            assertThat(m.status()).isEqualTo(Status.SUBMITTED);
        });

        window.show(robot, MeetingsScreen.ID);
        waitUntil(() -> robot.lookup("#meetings-table .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof Meeting m && m.id() == meeting).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup("#meetings-table .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof Meeting m && m.id() == meeting)
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#pending-list .list-cell").match(this::holdsTheMotion).tryQuery().isPresent());
        window.settled();
        // Near the cell's left edge: the list may be narrower than its cells (issue 10, defect 6).
        Node cell = robot.lookup("#pending-list .list-cell").match(this::holdsTheMotion).queryAs(Node.class);
        javafx.geometry.Bounds at = cell.localToScreen(cell.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(at.getMinX() + 12, at.getCenterY()));
        ListView<Matter> pending = robot.lookup("#pending-list").queryListView();
        waitUntil(() -> pending.getSelectionModel().getSelectedItem() != null
                && pending.getSelectionModel().getSelectedItem().title().equals(TITLE));
        robot.clickOn("#pending-add");
        ListView<AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        try {
            waitUntil(() -> agenda.getItems().stream().anyMatch(r -> r.heading().equals("Motion: " + TITLE)));
        } catch (AssertionError | RuntimeException e) {
            window.snapshot(robot, "secretary-story");
            throw new AssertionError(window.dialogs.notifications + " " + window.dialogs.errors, e);
        }

        window.show(robot, RegisterScreen.ID);
        String printed = window.export(robot, BriefExportViewModel.Kind.DEBATE, "#brief-meeting",
                (Meeting m) -> m.id() == meeting, folder.resolve("debattunderlag.pdf"));
        assertThat(printed).contains(TITLE).contains("Karin Berg");
    }
}
