package se.ledamot.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.meetings.GroupScreen;

/**
 * The walk (walk15) at 1000x650 with the sample data: Partigrupp's bar read "Gr…", "Sammantr…" and "Bara ej
 * bestä…" (its labels gave way to the meeting's long name), and Översikt's *Jag är* party field was a sliver beside
 * the summary line. Both screens show their whole words there.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NarrowScreensTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void partigruppAndOversiktShowTheirWholeWordsAt1000x650(FxRobot robot) {
        ScreenTour.waitForSamples(window.shell());
        ScreenTour tour = new ScreenTour(robot, window.shell());
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
        });
        List<String> found = new ArrayList<>();
        for (String id : List.of(GroupScreen.ID, DashboardScreen.ID)) {
            tour.visit(id);
            robot.interact(() -> CutOffText.in(window.shell().stage().getScene().getRoot())
                    .forEach(f -> found.add(id + ": " + f)));
        }
        assertThat(found).isEmpty();
    }
}
