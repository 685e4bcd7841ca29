package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.Decision;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * The councillor's walk (walkcllr): the editor's Beslut offered the sample interpellation Bifall, Avslag and
 * Återremiss. An interpellation gets no decision on its substance; the motion beside it still gets every one, and
 * shows the one it has after going to the interpellation and back.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DecisionChoicesWindowTest {
    @TempDir
    Path folder;

    private StoryWindow window;

    @Start
    void start(Stage stage) {
        window = new StoryWindow(stage, folder);
    }

    @BeforeEach
    void openWithTheSamples(FxRobot robot) {
        window.open(robot);
        waitUntil(() -> window.shell().context().mattersRevision().get() > 0);
        window.settled();
    }

    @AfterEach
    void close(FxRobot robot) throws BackingStoreException {
        window.end(robot);
    }

    @Test
    void anInterpellationIsOfferedNoApprovalAndTheMotionKeepsItsDecision(FxRobot robot) {
        window.show(robot, RegisterScreen.ID);
        TableView<MatterRow> register = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> register.getItems().size() == 4 && register.getItems().stream().allMatch(MatterRow::isLoaded));
        ComboBox<Decision> decision = robot.lookup("#decision").queryComboBox();

        choose(robot, register, "Motion");
        robot.interact(() -> decision.setValue(Decision.APPROVED));

        choose(robot, register, "Interpellation");
        waitUntil(() -> !decision.getItems().contains(Decision.APPROVED));
        assertThat(onFx(() -> decision.getItems())).doesNotContain(Decision.REJECTED, Decision.PARTLY_APPROVED,
                Decision.REFERRED_BACK).contains(Decision.ANSWERED, Decision.TABLED);
        assertThat(onFx(decision::getValue)).isNull();

        choose(robot, register, "Motion");
        waitUntil(() -> decision.getValue() == Decision.APPROVED);
        ListCell<Decision> shown = onFx(decision::getButtonCell);
        waitUntil(() -> "Bifall".equals(shown.getText()), () -> "shown " + shown.getText() + ", value "
                + decision.getValue() + ", index " + decision.getSelectionModel().getSelectedIndex() + ", items "
                + decision.getItems());
    }

    /** Chooses the row of a kind and waits until the editor shows it. */
    private static void choose(FxRobot robot, TableView<MatterRow> register, String kind) {
        MatterRow row = onFx(() -> register.getItems().stream().filter(r -> r.kindProperty().get().equals(kind))
                .findFirst().orElseThrow());
        robot.interact(() -> register.getSelectionModel().select(row));
        TextInputControl title = robot.from(robot.lookup("#register-split").queryParent()).lookup("#title")
                .queryAs(TextInputControl.class);
        waitUntil(() -> row.title().equals(title.getText()));
    }
}
