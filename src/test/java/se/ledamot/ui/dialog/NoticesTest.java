package se.ledamot.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;

/**
 * A notice that asks the user to act (the choices put aside waiting when the window opens, "Välj nu") is not covered
 * by a plain notice said right after it (on a server, the search's "behöver en datamapp"): both are shown, and its
 * action stays. Plain notices said while the bar shows are read together, the newest last, the two latest kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NoticesTest {
    private static final String WAITING = "Ett val väntar sedan du valde ”Välj senare”.";
    private static final String SEARCH = "Sökningen behöver en datamapp.";
    private NotificationPane notices;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        notices = new NotificationPane(new StackPane());
        stage.setScene(new Scene(notices, 1280, 800));
        stage.show();
        dialogs = new FxDialogService(stage, notices);
    }

    @Test
    void aNoticeThatAsksToActStaysBesideALaterOne(FxRobot robot) {
        AtomicInteger chosen = new AtomicInteger();
        robot.interact(() -> {
            dialogs.notify(WAITING, "Välj nu", chosen::incrementAndGet);
            dialogs.notify(SEARCH);
        });
        waitUntil(notices::isShowing);
        assertThat(notices.getText()).contains(WAITING).contains(SEARCH);
        assertThat(notices.getActions()).singleElement().satisfies(a -> assertThat(a.getText()).isEqualTo("Välj nu"));

        robot.interact(() -> dialogs.notify("Sparat."));
        assertThat(notices.getText()).isEqualTo(WAITING + "\n" + SEARCH + "\nSparat.");
        robot.interact(() -> dialogs.notify("Kontakten med servern är tillbaka."));
        assertThat(notices.getText()).isEqualTo(WAITING + "\nSparat.\nKontakten med servern är tillbaka.");

        robot.interact(() -> notices.getActions().getFirst().handle(null));
        assertThat(chosen).hasValue(1);
        waitUntil(() -> !notices.isShowing());
        robot.interact(() -> dialogs.notify(SEARCH));
        assertThat(notices.getText()).isEqualTo(SEARCH);
        assertThat(notices.getActions()).isEmpty();
    }

    @Test
    void aNoticeThatAsksToActSaidAfterAPlainOneShowsBoth(FxRobot robot) {
        robot.interact(() -> {
            dialogs.notify(SEARCH);
            dialogs.notify(WAITING, "Välj nu", () -> { });
        });
        waitUntil(notices::isShowing);
        assertThat(notices.getText()).contains(WAITING).contains(SEARCH);
        assertThat(notices.getActions()).hasSize(1);
    }
}
