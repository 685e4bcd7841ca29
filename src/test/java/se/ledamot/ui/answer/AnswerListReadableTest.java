package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.look.CutOffText;

/**
 * Svar's list of matters shows whole titles at 1280x800, without scrolling sideways, so two interpellations whose
 * titles begin alike can be told apart (the walk saw "Interpellation: Interpellation 2026-12-01 o…").
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerListReadableTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        for (String about : List.of("integrationsenhetens framtid", "integrationsenhetens lokaler")) {
            app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation 2026-12-01 om " + about)
                    .submitted(LocalDate.parse("2026-12-01")).status(Status.SUBMITTED).build());
        }
    }

    @Test
    void theTitlesAreWholeWithoutScrollingSideways(FxRobot robot) {
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(AnswerScreen.ID);
        });
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> list.getItems().size() >= 2);
        robot.interact(() -> list.layout());
        assertThat(onFx(() -> CutOffText.in(list))).isEmpty();
        assertThat(onFx(() -> list.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).count())).isZero();
    }
}
