package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.screenshot;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.MarkedText;
import se.ledamot.ui.shell.SideOrBelow;

/**
 * The register in the real window at 1280x800: a search marks its words in the titles and shows the selected
 * matter's snippet; the divider between the table and the editor below stays where the user left it, across a
 * restart.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class RegisterSearchWindowTest {
    private static final Preferences LAYOUT = Preferences.userRoot().node(SideOrBelow.NODE);

    @TempDir
    Path folder;

    private MainWindow shell;
    private MainWindow reopened;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        forgetDividers();
        try (Ledamot app = Ledamot.open(folder)) {
            Samples.addAll(app.matters());
        }
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
        shell.show(RegisterScreen.ID);
    }

    @AfterEach
    void close(FxRobot robot) {
        for (MainWindow w : new MainWindow[] {shell, reopened}) {
            if (w != null) {
                robot.interact(() -> {
                    if (w.stage().isShowing()) {
                        w.requestClose();
                    }
                });
            }
        }
        forgetDividers();
    }

    private static void forgetDividers() {
        LAYOUT.remove("register.divider.below");
        LAYOUT.remove("register.divider.beside");
    }

    /** The words marked in the title cells on screen, in order. */
    private static List<String> markedTitles(FxRobot robot) {
        return onFx(() -> robot.lookup("#register-table").queryTableView().lookupAll(".title-cell").stream()
                .map(Node.class::cast).flatMap(c -> MarkedText.marked(c).stream()).toList());
    }

    @Test
    void aSearchMarksItsWordsInTheTitlesAndTheSelectedMattersSnippetShows(FxRobot robot) throws IOException {
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 6);
        assertThat(markedTitles(robot)).isEmpty();
        assertThat(robot.lookup("#register-snippet").query().isVisible()).isFalse();

        robot.clickOn("#search").write("integration");
        waitUntil(() -> table.getItems().size() == 4 && table.getItems().stream().allMatch(MatterRow::isLoaded));
        // The index's marks: compounds with "integration" as their part are marked whole.
        waitUntil(() -> markedTitles(robot).size() == 4);
        assertThat(markedTitles(robot)).allSatisfy(w -> assertThat(w.toLowerCase()).startsWith("integration"))
                .contains("integrationsplan", "integrationsenheten", "integration", "integrationsarbetet");

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.title().endsWith("integrationsplan")).findFirst().orElseThrow()));
        Node snippet = robot.lookup("#register-snippet").query();
        waitUntil(() -> snippet.isVisible() && !MarkedText.marked(snippet).isEmpty());
        assertThat(MarkedText.marked(snippet)).contains("integrationsplan");
        screenshot(robot, shell.stage().getScene(), "register-marks.png");

        robot.doubleClickOn("#search").eraseText(20);
        waitUntil(() -> table.getItems().size() == 6);
        waitUntil(() -> markedTitles(robot).isEmpty() && !snippet.isVisible());
    }

    @Test
    void theDividerBelowTheTableIsWhereTheUserLeftItAfterARestart(FxRobot robot) throws IOException {
        SplitPane split = robot.lookup("#register-split").queryAs(SplitPane.class);
        waitUntil(() -> split.getOrientation() == Orientation.VERTICAL && split.getHeight() > 0);
        double start = onFx(() -> split.getDividerPositions()[0]);
        // The table has most of the height at first: more than half.
        assertThat(start).isGreaterThan(0.55);

        Node divider = robot.lookup("#register-split > .split-pane-divider").query();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).dropBy(0, 80);
        waitUntil(() -> split.getDividerPositions()[0] > start + 0.05);
        double left = onFx(() -> split.getDividerPositions()[0]);
        robot.interact(() -> shell.requestClose());
        waitUntil(() -> !shell.stage().isShowing());

        robot.interact(() -> {
            reopened = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
            reopened.show(RegisterScreen.ID);
        });
        SplitPane again = (SplitPane) reopened.stage().getScene().lookup("#register-split");
        waitUntil(() -> again.getOrientation() == Orientation.VERTICAL && again.getHeight() > 0
                && Math.abs(again.getDividerPositions()[0] - left) < 0.01);
        screenshot(robot, reopened.stage().getScene(), "register-divider.png");
    }
}
