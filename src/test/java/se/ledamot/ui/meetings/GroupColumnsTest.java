package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.StoryWindow;

/**
 * The walk (round 19) at 1000x650: Partigrupp's Punkt, a number of one or two digits, took a share of the width as
 * large as the others' and the matter's title wrapped onto three lines beside it. The short columns are as wide as
 * their header or value, at 1000x650 and 1280x800 alike; the rest goes to Ärende and Hållning. Genomgången, a check
 * mark, is headed by one too (walk22: its word made it wider than anything it shows).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class GroupColumnsTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    @Test
    void theShortColumnsKeepToTheirValuesInBothWindows(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.settled();
        TableView<GroupRow> table = window.openGroup(robot, "S");
        for (int[] size : new int[][] {{1000, 650}, {1280, 800}, {1000, 650}}) {
            robot.interact(() -> {
                window.shell().stage().setWidth(size[0]);
                window.shell().stage().setHeight(size[1]);
            });
            window.settled();
            robot.interact(() -> table.getScene().getRoot().layout());
            window.snapshot(robot, "group-columns-" + size[0] + "x" + size[1]);
            TableColumn<GroupRow, ?> number = table.getColumns().getFirst();
            TableColumn<GroupRow, ?> item = table.getColumns().get(1);
            assertThat(onFx(number::getWidth)).as("Punkt at %dx%d", size[0], size[1])
                    .isLessThanOrEqualTo(onFx(number::getMinWidth) + 1);
            // Genomgången shows a check mark: no wider than Punkt's number (walk22: as wide as the word, 110 px).
            TableColumn<GroupRow, ?> reviewed = table.getColumns().getLast();
            assertThat(onFx(reviewed::getWidth)).as("Genomgången at %dx%d", size[0], size[1])
                    .isLessThanOrEqualTo(onFx(number::getWidth));
            assertThat(onFx(() -> ((javafx.scene.control.Label) reviewed.getGraphic()).getTooltip().getText()))
                    .as("its name, where the header shows the mark").isEqualTo("Genomgången");
            assertThat(onFx(item::getWidth)).as("Ärende, the widest, at %dx%d", size[0], size[1])
                    .isEqualTo(onFx(() -> table.getColumns().stream().mapToDouble(TableColumn::getWidth).max()
                            .orElseThrow()));
            assertThat(onFx(() -> table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum()))
                    .as("every column in view").isLessThanOrEqualTo(onFx(table::getWidth));
        }
    }
}
