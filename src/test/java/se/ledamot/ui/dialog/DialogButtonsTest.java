package se.ledamot.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.backup.PasswordDialogs;

/**
 * Every kind of dialog names its buttons in the user's language from the bundle, not in the machine's (under
 * C.UTF-8 JavaFX's own buttons said "OK", "Cancel", "Yes", "No").
 */
@WindowTest
@Isolated // it changes the language or the JVM's default locale, which every test beside it would read
@ExtendWith(WindowRobot.class)
class DialogButtonsTest {
    private Locale machine;
    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        NotificationPane notices = new NotificationPane(new StackPane());
        machine = ShownDialog.ownerUnderC(stage, notices);
        dialogs = new FxDialogService(stage, notices);
    }

    @AfterEach
    void end(FxRobot robot) {
        Localization.setLocale(Localization.SWEDISH);
        Locale.setDefault(machine);
        robot.interact(stage::hide);
    }

    @Test
    void alertsAndQuestionsAreAnsweredInSwedish(FxRobot robot) throws Exception {
        assertThat(ShownDialog.buttons(robot, () -> dialogs.confirm("Ta bort", "Vill du ta bort ärendet?"),
                "dialog-confirm", pane -> { })).containsExactly("Nej", "Ja");
        assertThat(ShownDialog.buttons(robot, () -> dialogs.showError("Fel", "Det gick inte."), "dialog-error", pane -> { }))
                .containsExactly("OK");
        assertThat(ShownDialog.buttons(robot, () -> dialogs.showInfo("Klart", "Det gick."), "dialog-info", pane -> { }))
                .containsExactly("OK");
    }

    @Test
    void theFoldersPasswordIsAskedInSwedish(FxRobot robot) throws Exception {
        PasswordDialogs passwords = new PasswordDialogs(stage);
        // Left to right as the platform orders them (Linux: the cancel first).
        // The question waits on the FX thread for its answer; asked from beside it, as the start asks it.
        // Closed with Avbryt, the question ends in its own words (the folder was not opened), on the asking thread.
        String[] told = {null};
        Thread asking = new Thread(() -> {
            try {
                passwords.password(Path.of("data", "ledamot.mv.db"), false, 1, false);
            } catch (DomainException e) {
                told[0] = e.key();
            }
        });
        assertThat(ShownDialog.buttons(robot, asking::start, "dialog-password", pane -> { }))
                .containsExactly("Avbryt", "OK");
        asking.join(10_000);
        assertThat(told[0]).isEqualTo("ui.password.cancelled.folder");
    }

    @Test
    void inEnglishTheButtonsAreEnglish(FxRobot robot) throws Exception {
        Localization.setLocale(Localization.ENGLISH);
        assertThat(ShownDialog.buttons(robot, () -> dialogs.confirm("Delete", "Delete the matter?"),
                "dialog-confirm-en", pane -> { })).containsExactly("No", "Yes");
    }
}
