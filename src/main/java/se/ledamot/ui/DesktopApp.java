package se.ledamot.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import se.ledamot.l10n.Localization;

/** The desktop window over the database in a data folder. */
public final class DesktopApp {
    private DesktopApp() {
    }

    /** Opens the window and returns once it is closed. */
    public static void launch(Path dataFolder) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle(Localization.get("app.name"));
            stage.setScene(new Scene(new Label(dataFolder.toString()), 800, 600));
            stage.show();
        });
    }
}
