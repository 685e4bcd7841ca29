package se.ledamot.ui.dialog;

import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import se.ledamot.ui.WindowDriver;

/** A dialog opened as the window opens it (it waits for its answer), its buttons read, a picture kept, and closed. */
public final class ShownDialog {
    private ShownDialog() {
    }

    /**
     * Shows {@code stage} at 1280×800 over {@code root}, as a window under C.UTF-8 (the language of the desktops that
     * showed English buttons); returns the machine's language, to set back after the test.
     */
    public static Locale ownerUnderC(Stage stage, Parent root) {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        Platform.setImplicitExit(false);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        return machine;
    }

    /**
     * The texts of the buttons of the dialog {@code open} shows, left to right; the dialog's picture goes to
     * {@code target/<name>.png}; {@code whileShown} reads the rest, then the dialog is closed with its leftmost button
     * (Avbryt or Nej, where there is one).
     */
    public static List<String> buttons(FxRobot robot, Runnable open, String name, Consumer<DialogPane> whileShown)
            throws java.io.IOException {
        Platform.runLater(open);
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n.getScene().getWindow().isShowing()));
        DialogPane pane = robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n.getScene().getWindow().isShowing()).map(DialogPane.class::cast).findFirst()
                .orElseThrow();
        ButtonBar bar = robot.from(pane).lookup(".button-bar").queryAs(ButtonBar.class);
        List<Button> buttons = WindowDriver.onFx(() -> robot.from(bar).lookup(".button").queryAllAs(Button.class)
                .stream().filter(Node::isVisible).sorted(java.util.Comparator.comparingDouble(
                        b -> b.localToScene(0, 0).getX())).toList());
        WindowDriver.screenshot(robot, pane.getScene(), name + ".png");
        List<String> texts = buttons.stream().map(Button::getText).toList();
        whileShown.accept(pane);
        Window dialog = pane.getScene().getWindow();
        robot.interact(() -> buttons.getFirst().fire());
        waitUntil(() -> !dialog.isShowing());
        return texts;
    }
}
