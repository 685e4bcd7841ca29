package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.MainWindow;

/**
 * A free-text item ("Upprop") on which the group has taken no stance shows none in Partigrupp: the form showed
 * "Bifall till kommunstyrelsens förslag" beside a row saying "Inte bestämt", and moving on stored that stance.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FreeTextItemWindowTest {
    @TempDir
    Path folder;

    private MainWindow shell;
    private AgendaItem roll;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        try (Ledamot app = Ledamot.open(folder)) {
            long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                    .submitted(LocalDate.parse("2026-01-10")).status(Status.PREPARED).build()).id();
            long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
            roll = app.meetings().addText(meeting, "Upprop");
            app.meetings().addMatters(meeting, List.of(motion));
        }
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            if (shell.stage().isShowing()) {
                shell.requestClose();
            }
        });
    }

    @Test
    void aFreeTextItemShowsNoStanceAndGetsNoneWhenTheGroupMovesOn(FxRobot robot) {
        robot.interact(() -> shell.show(GroupScreen.ID));
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);

        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        assertThat(table.getItems().getFirst().agenda().matter()).isNull();
        ComboBox<Stance> box = robot.lookup("#stance").queryComboBox();
        assertThat(box.getValue()).isNull();
        assertThat(box.getPromptText()).isEqualTo("Inte bestämt");

        GroupPositionsWindowTest.clickRow(robot, 1);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 1);
        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        assertThat(shell.context().services().positions().find(roll.id(), "V").map(Position::stance))
                .isEmpty();
        assertThat(table.getItems().getFirst().stanceText()).isEqualTo("Inte bestämt");
    }
}
