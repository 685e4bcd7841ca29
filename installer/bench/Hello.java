import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import se.ledamot.app.StartupProbe;

/** The bare JavaFX window the installed app's start-up is compared with; measured by the same probe. */
public final class Hello extends Application {
    public static void main(String[] args) {
        StartupProbe.installIfRequested();
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new Label("Hello"), 800, 600));
        stage.show();
    }
}
