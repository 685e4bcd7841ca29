package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Person;
import se.ledamot.ui.look.CutOffText;

/**
 * Walk27 on Protokoll → Inställningar: the ordförande typed as a vice ordförande too, or a vice ordförande who is not
 * among the body's ledamöter, was saved without a word, and the protokoll then named the same person twice, or took
 * the one missing from the ledamöter as away once the närvarolista was fetched. The tab says so in a line under the
 * fields, at 1280x800 and 1000x650, as it is typed; it still saves, as it saves an ordförande not among the ledamöter.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ViceChairNamedTwiceTest {
    @TempDir
    Path folder;

    private long meeting;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> meeting = StoryWindow.plannedMeeting(app));

    @Test
    void theSameNameTwiceOrAViceNotAmongTheLedamoterIsSaidAndStillSaved(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesSettingsOf(robot, meeting);
        // The sample council's ordförande and vice ordförande are three of its ledamöter: nothing to say.
        waitUntil(() -> text(robot, "#settingsSecondVice").equals("Birgitta Svahn (C)"));
        Label notice = robot.lookup("#settingsChairsNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isFalse();

        typeOver(robot, "#settingsSecondVice", "anders nilsson (S)");
        waitUntil(() -> notice.isVisible());
        assertThat(notice.getText()).isEqualTo("Anders Nilsson (S) står både som ordförande och som 2:e vice"
                + " ordförande. Ordföranden och vice ordförandena är olika ledamöter (5 kap. 11 § kommunallagen):"
                + " rätta namnet i ett av fälten.");
        look(robot, notice, "vice28-named-twice");

        typeOver(robot, "#settingsSecondVice", "Lars Vik (C)");
        waitUntil(() -> notice.getText().startsWith("Lars Vik (C)"), () -> "said: " + notice.getText()
                + ", typed: " + text(robot, "#settingsSecondVice"));
        assertThat(notice.getText()).isEqualTo("Lars Vik (C), 2:e vice ordförande, finns inte bland ledamöterna."
                + " Ordförande och vice ordförande väljs bland ledamöterna (5 kap. 11 § kommunallagen), och när"
                + " närvarolistan hämtas från dem räknas den som saknas där som frånvarande.");
        look(robot, notice, "vice28-not-seated");

        // Said, not refused: the settings are saved as typed.
        var services = window.shell().context().services();
        var kf = services.bodies().find("KF").orElseThrow();
        WindowDriver.clickUntil(robot, robot.lookup("#settingsSave").query(), () -> Person.parse("Lars Vik (C)")
                .equals(services.papers().settings().of(kf).secondVice()));
        window.settled();
        assertThat(robot.lookup("#settingsStatus").queryLabeled().getText()).isEqualTo("Inställningarna är sparade.");
        assertThat(window.dialogs.errors).isEmpty();
    }

    /** The notice at both sizes: whole, in the tab's view, and a picture of it. */
    private void look(FxRobot robot, Label notice, String name) throws Exception {
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            robot.interact(() -> {
                window.shell().stage().setWidth(size[0]);
                window.shell().stage().setHeight(size[1]);
            });
            window.settled();
            WindowDriver.reveal(robot, notice);
            window.snapshot(robot, name + "-" + (int) size[0]);
            robot.interact(() -> {
                assertThat(CutOffText.in(notice)).as("at %sx%s", size[0], size[1]).isEmpty();
                Bounds b = notice.localToScene(notice.getLayoutBounds());
                assertThat(b.getMaxY()).as("at %sx%s", size[0], size[1])
                        .isLessThanOrEqualTo(notice.getScene().getHeight());
                // The form goes on under it: a grid row of its own was as high as the line at no width.
                Node next = notice.getScene().lookup("#settingsSecretary");
                assertThat(next.localToScene(next.getLayoutBounds()).getMinY() - b.getMaxY())
                        .as("at %sx%s", size[0], size[1]).isBetween(0.0, 24.0);
            });
        }
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
        });
    }

    private static void typeOver(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryTextInputControl();
        robot.interact(field::clear);
        WindowDriver.clickShown(robot, query).write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }
}
