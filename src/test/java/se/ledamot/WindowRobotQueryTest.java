package se.ledamot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window tests' lookups while the FX thread changes the screen: TestFX walked the children on the test's thread
 * as the FX thread replaced them, and a whole run failed twice with an {@code IndexOutOfBoundsException} in
 * {@code Parent.lookupAll} (stop 43). Here the FX thread replaces a box's children without pause.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class WindowRobotQueryTest {
    private static final int LABELS = 40;
    private final VBox root = new VBox();
    private final AtomicBoolean churning = new AtomicBoolean(true);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
        churn();
    }

    @AfterEach
    void stop() {
        churning.set(false);
    }

    /** The box's labels all replaced, again and again, each time in one turn of the FX thread. */
    private void churn() {
        if (!churning.get()) {
            return;
        }
        root.getChildren().clear();
        for (int i = 0; i < LABELS; i++) {
            VBox inner = new VBox(new Label("rad " + i));
            inner.getStyleClass().add("row");
            root.getChildren().add(inner);
        }
        Platform.runLater(this::churn);
    }

    @Test
    void aLookupSeesTheScreenBetweenTwoChangesNeverInTheMiddleOfOne(FxRobot robot) {
        for (int i = 0; i < 300; i++) {
            assertThat(robot.lookup(".row").queryAll()).hasSize(LABELS);
            assertThat(robot.lookup(".row .label").queryAllAs(Label.class)).hasSize(LABELS);
            assertThat(robot.from(root).lookup(".label").queryAll()).hasSize(LABELS);
        }
    }
}
