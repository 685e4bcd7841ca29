package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * The tester's walk on Friday 4 December 2026 on the samples: Översikt said "Att göra i veckan: 1" and, under "Att
 * göra den här veckan", an interpellation taken up 17 days later, its written answer (18 december kl. 12.00) unsaid.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DashboardFridayWindowTest {
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"),
            ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"))
            .openedBy((f, c) -> Ledamot.open(f, FRIDAY));

    @Test
    void oversiktSaysWhatItListsAndTheWrittenAnswerComesFirst(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, DashboardScreen.ID);
        TableView<?> attention = robot.lookup("#attention").queryTableView();
        waitUntil(() -> !attention.getItems().isEmpty());
        window.settled();
        Label summary = robot.lookup("#dashboardSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("Försenat: 0 · Att göra: 1"), summary::getText);
        assertThat(onFx(summary::getText)).isEqualTo("Försenat: 0 · Att göra: 1 · Nästa sammanträde: "
                + "21\u00a0december\u00a02026");
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Att göra till nästa sammanträde och de närmaste 7 dagarna")
                .doesNotContain("Att göra den här veckan");
        assertThat(attention.getItems()).singleElement().extracting(a -> ((AttentionItem) a).detail())
                .isEqualTo("Skriftligt svar senast fredag 18 december kl. 12.00 · ska tas upp måndag 21 december");
        assertThat(robot.lookup("#attention .table-cell").queryAll().stream().map(DashboardFridayWindowTest::text))
                .anyMatch(t -> t.contains("18 december kl. 12.00"));
        window.snapshot(robot, "dashboard-friday");
    }

    private static String text(Node cell) {
        // A wrapping column's cell shows its words as a Text graphic (ColumnFit), a plain one as its own text.
        if (cell instanceof javafx.scene.control.Labeled l && l.getGraphic() instanceof javafx.scene.text.Text t) {
            return t.getText();
        }
        return cell instanceof javafx.scene.control.Labeled l && l.getText() != null ? l.getText() : "";
    }
}
