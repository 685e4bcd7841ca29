package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.service.HeldDisk;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.task.TaskHandle;

/**
 * A first start on a slow disk: the new folder's samples are still being written when Översikt has read the folder.
 * It said "Försenat: 0 · Att göra i veckan: 0 · Nästa sammanträde: inget planerat" over empty charts; it says it
 * reads until the samples are stored.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class FirstStartDashboardWindowTest {
    @TempDir
    Path folder;

    private final HeldDisk disk = new HeldDisk();
    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder).openedBy(disk::open);

    /** Before the window closes (after this), so that the samples can be stored. */
    @AfterEach
    void release() {
        disk.release();
    }

    @Test
    void whileTheSamplesAreWrittenOversiktSaysItReadsNotNought(FxRobot robot) throws Exception {
        disk.holdWrites();
        List<String> ended = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.openHere().context().tasks().running()
                .addListener((ListChangeListener<TaskHandle>) c -> {
                    while (c.next()) {
                        c.getRemoved().forEach(t -> ended.add(t.title()));
                    }
                }));
        // Översikt's read of the folder has come back; the samples still wait for the disk.
        waitUntil(() -> ended.contains("Läser in översikten") && disk.waiting() > 0, ended::toString);
        Label summary = robot.lookup("#dashboardSummary").queryAs(Label.class);
        TableView<?> attention = robot.lookup("#attention").queryTableView();
        Node chart = robot.lookup("#chartByKind").query();
        assertThat(onFx(summary::getText)).isEqualTo("Läser in översikten…");
        assertThat(onFx(() -> ((Label) attention.getPlaceholder()).getText())).isEqualTo("Läser in översikten…");
        assertThat(onFx(chart::isVisible) && onFx(() -> chart.getParent().isVisible())).as("empty charts").isFalse();
        window.snapshot(robot, "first-start-reading");

        disk.release();
        // Stored: the window shows them in the register; back on Översikt the figures are the samples'.
        waitUntil(() -> window.shell().currentScreen().map(Screen::id).orElseThrow().equals(RegisterScreen.ID));
        window.show(robot, DashboardScreen.ID);
        Label shown = robot.lookup("#dashboardSummary").queryAs(Label.class);
        waitUntil(() -> shown.getText().startsWith("Försenat: "), shown::getText);
        assertThat(onFx(() -> robot.lookup("#chartByKind").query().getParent().isVisible())).isTrue();
        window.snapshot(robot, "first-start-read");
        // "Jag är" stands on the line of the name it asks for (it sat at the top of the field, above its text).
        assertThat(onFx(() -> baseline(robot.lookup("#dashboardMe").query())))
                .isCloseTo(onFx(() -> baseline(robot.lookup("#myName").query())), within(1.0));
    }

    private static double baseline(Node node) {
        return node.localToScene(0, node.getBaselineOffset()).getY();
    }
}
