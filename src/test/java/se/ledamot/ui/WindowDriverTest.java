package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;

/** The window tests' own waiting: a node not shown yet is waited for, as a user waits for a screen. */
@WindowTest
@ExtendWith(WindowRobot.class)
class WindowDriverTest {
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @Test
    void aLookupThatFindsNothingYetIsWaitedForNotFailed(FxRobot robot) {
        int[] asked = {0};
        // The node appears only on the third look (conditions run on the FX thread, so the scene may change here).
        waitUntil(() -> {
            if (++asked[0] == 3) {
                Label late = new Label("här");
                late.setId("late");
                root.getChildren().add(late);
            }
            return robot.lookup("#late").queryAs(Label.class).getText().equals("här");
        });
        assertThat(asked[0]).isGreaterThanOrEqualTo(3);
    }
}
