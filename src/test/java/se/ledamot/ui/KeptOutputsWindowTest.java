package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.cli.AppProcess;
import se.ledamot.domain.Matter;
import se.ledamot.service.KeptRefresh;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * A secretary's script asks {@code list --json} of the folder her window has open; she changes a title in the
 * window; the script's next call finds the new answer made in the background while she went on working (issue 15),
 * without reading the database, and the window never waited for it.
 */
@WindowTest
@Isolated("starts refresh-kept after every turn of any folder this JVM writes (the application layer's starter)")
@ExtendWith(WindowRobot.class)
class KeptOutputsWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);
    private Matter plan;

    private void seed(Ledamot app) {
        plan = Samples.addAll(app.matters()).getFirst();
    }

    /** Ledamot's own start does this (Main): here the refresh is the tests' child program. */
    private static List<String> refreshKept(Path data) {
        return AppProcess.refreshing(data, "refresh-kept").command();
    }

    @AfterEach
    void noMoreRefreshes() {
        KeptRefresh.startWith(null);
    }

    @Test
    void aTitleChangedInTheWindowIsInTheScriptsNextAnswerMadeInTheBackground(FxRobot robot) {
        window.open(robot);
        AppProcess.Result asked = AppProcess.run(folder, "list", "--json");
        assertThat(asked.out()).as(asked.err()).contains(plan.title());
        KeptRefresh.startWith(KeptOutputsWindowTest::refreshKept);

        window.show(robot, RegisterScreen.ID);
        TableView<MatterRow> register = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> !register.getItems().isEmpty());
        MatterRow row = WindowDriver.onFx(() -> register.getItems().stream().filter(r -> r.id() == plan.id())
                .findFirst().orElseThrow());
        robot.interact(() -> register.getSelectionModel().select(row));
        TextInputControl title = robot.from(robot.lookup("#register-split").queryParent()).lookup("#title")
                .queryAs(TextInputControl.class);
        waitUntil(() -> plan.title().equals(title.getText()));
        robot.clickOn(title);
        robot.interact(title::end);
        robot.write(" 2027");
        waitForStore(() -> window.shell().context().services().matters().require(plan.id()).title()
                .endsWith(" 2027"));

        AppProcess.Result made = AppProcess.madeAgain(folder, "list", "--json");
        assertThat(made.exit()).as("answered from what was made: " + made.err()).isZero();
        assertThat(made.out()).contains(plan.title() + " 2027");
        // The window goes on: another title typed and stored, as before.
        robot.interact(title::end);
        robot.write(" och 2028");
        waitForStore(() -> window.shell().context().services().matters().require(plan.id()).title()
                .endsWith(" 2028"));
    }
}
