package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
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
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.dashboard.DashboardScreen;

/**
 * Protokoll's forms with a Spara: what the secretary types in the moment after pressing it, before the save has come
 * back, stays in the form and is there when she comes back (as Sammanträden's did not, stop 46).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MinutesTypingOnAfterSparaWindowTest {
    @TempDir
    Path folder;

    private long meeting;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        meeting = StoryWindow.plannedMeeting(app);
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-10-01")).status(Status.PREPARED).build()).id();
        app.meetings().addMatters(meeting, List.of(motion));
    }

    @Test
    void thePlaceOfJusteringTypedOnAfterSparaProtokolletStays(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);
        typedOnAfterSpara(robot, "#minutesAdjustPlace", "#saveMinutes", () -> window.minutesOf(robot, meeting));
    }

    @Test
    void theNoticeBoardTypedOnAfterSparaInstallningarnaStays(FxRobot robot) {
        window.open(robot);
        window.minutesSettingsOf(robot, meeting);
        typedOnAfterSpara(robot, "#settingsNoticeBoard", "#settingsSave",
                () -> window.minutesSettingsOf(robot, meeting));
    }

    @Test
    void theDecisionsWordingTypedOnAfterSparaBeslutetStays(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);
        typedOnAfterSpara(robot, "#decisionText", "#saveDecision", () -> {
            window.minutesOf(robot, meeting);
            theMotion(robot);
        }, () -> theMotion(robot));
    }

    private void theMotion(FxRobot robot) {
        window.minutesTab(robot, "minutesTabItems");
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.toString().contains("simhallen")).findFirst().orElseThrow()));
        window.settled();
    }

    private void typedOnAfterSpara(FxRobot robot, String fieldId, String saveId, Runnable back) {
        typedOnAfterSpara(robot, fieldId, saveId, back, () -> { });
    }

    private void typedOnAfterSpara(FxRobot robot, String fieldId, String saveId, Runnable back, Runnable there) {
        there.run();
        TextInputControl field = robot.lookup(fieldId).queryAs(TextInputControl.class);
        Button save = robot.lookup(saveId).queryButton();
        robot.interact(() -> field.setText("Stadshuset"));
        robot.interact(() -> {
            save.fire();
            field.appendText(", rum 2");
        });
        window.settled();
        assertThat(field.getText()).as("her typing after Spara").isEqualTo("Stadshuset, rum 2");
        window.show(robot, DashboardScreen.ID);
        window.settled();
        back.run();
        assertThat(robot.lookup(fieldId).queryAs(TextInputControl.class).getText()).isEqualTo("Stadshuset, rum 2");
    }
}
