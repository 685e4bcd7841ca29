package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.service.ServerAdministration;
import se.ledamot.ui.dialog.ShownDialog;
import se.ledamot.ui.server.ServerMemory;

/**
 * The first Synkronisera… asks for the server filled in with the one she signed in to with Arkiv → Anslut till
 * server (also after she went back to working locally), not a bare {@code postgresql://<os user>@}; its buttons and
 * the password's are Swedish.
 */
@WindowTest
@Isolated // it changes the language or the JVM's default locale, which every test beside it would read
@ExtendWith(WindowRobot.class)
class ServerQuestionsTest {
    private Locale machine;
    private final Preferences node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    private final ServerMemory memory = new ServerMemory(node);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        machine = ShownDialog.ownerUnderC(stage, new StackPane());
    }

    @AfterEach
    void end(FxRobot robot) throws Exception {
        Locale.setDefault(machine);
        node.removeNode();
        robot.interact(stage::hide);
    }

    @Test
    void theServerQuestionIsFilledInWithTheServerSignedInToLast(FxRobot robot) throws Exception {
        memory.remember(ServerAdministration.server("postgresql://anna@db.kommun.se:5433/ledamot", "nobody"));
        memory.forget();
        ServerQuestions ask = new ServerQuestions(stage, memory::lastServer);
        String[] url = new String[1];
        assertThat(ShownDialog.buttons(robot, ask::serverUrl, "sync-server-question",
                pane -> url[0] = robot.from(pane).lookup("#sync-server-url").queryAs(TextField.class).getText()))
                .containsExactly("Avbryt", "OK");
        assertThat(url[0]).isEqualTo("postgresql://anna@db.kommun.se:5433/ledamot");
    }

    @Test
    void neverSignedInTheQuestionOffersTheLoginOnly(FxRobot robot) throws Exception {
        ServerQuestions ask = new ServerQuestions(stage, memory::lastServer);
        String[] url = new String[1];
        ShownDialog.buttons(robot, ask::serverUrl, "sync-server-question-empty",
                pane -> url[0] = robot.from(pane).lookup("#sync-server-url").queryAs(TextField.class).getText());
        assertThat(url[0]).isEqualTo("postgresql://" + System.getProperty("user.name") + "@");
    }

    @Test
    void thePasswordIsAskedInSwedish(FxRobot robot) throws Exception {
        ServerQuestions ask = new ServerQuestions(stage, memory::lastServer);
        java.util.List<String> labels = new java.util.ArrayList<>();
        assertThat(ShownDialog.buttons(robot, () -> ask.password(se.ledamot.service.ServerAdministration.server(
                "postgresql://anna@server.invalid:5432/ledamot", "anna")), "sync-password",
                pane -> robot.from(pane).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                        .forEach(l -> labels.add(l.getText())))).containsExactly("Avbryt", "OK");
        // The server named as the status bar names it: the usual port is left out.
        assertThat(labels).contains("Lösenord för anna@server.invalid/ledamot: ");
    }
}
