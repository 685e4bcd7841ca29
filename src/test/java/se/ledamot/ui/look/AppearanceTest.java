package se.ledamot.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.Appearance;
import se.ledamot.ui.shell.Appearance.Theme;

/** Visa › Tema: the dark theme chosen from the menu is the look at once and again at the next start. */
@WindowTest
@ExtendWith(WindowRobot.class)
class AppearanceTest {
    private final Preferences node = TestContext.testPreferences();

    @Start
    void start(Stage stage) {
    }

    @AfterEach
    void restore(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet()));
        node.removeNode();
    }

    @Test
    void aNewUserSeesTheLightTheme(FxRobot robot) {
        Appearance appearance = new Appearance(node);
        robot.interact(appearance::apply);

        assertThat(appearance.theme().get()).isEqualTo(Theme.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.stylesheet());
    }

    @Test
    void theDarkThemeChosenInTheMenuIsKeptForTheNextStart(FxRobot robot) {
        Menu menu = new Appearance(node).menu();
        RadioMenuItem dark = (RadioMenuItem) menu.getItems().stream()
                .filter(i -> "theme-dark".equals(i.getId())).findFirst().orElseThrow();

        robot.interact(dark::fire);

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet());
        assertThat(dark.isSelected()).isTrue();
        Appearance next = new Appearance(node);
        assertThat(next.theme().get()).isEqualTo(Theme.DARK);
        assertThat(next.menu().getItems().stream().filter(i -> "theme-dark".equals(i.getId()))
                .map(i -> ((RadioMenuItem) i).isSelected()).findFirst()).contains(true);
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        node.put("theme", "SEPIA");

        assertThat(new Appearance(node).theme().get()).isEqualTo(Theme.LIGHT);
    }
}
