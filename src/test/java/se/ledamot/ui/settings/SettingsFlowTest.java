package se.ledamot.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.AgendaRow;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Drives the real window: the council's secretary opens the settings from the keyboard, names the council and lets
 * interpellations be answered at the meeting where they are asked; the register, the editor's explanation and the
 * agenda move the interpellation's deadlines a meeting earlier.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SettingsFlowTest {
    private static final LocalDate ASKED = LocalDate.parse("2026-12-14");
    private static final LocalDate NEXT = LocalDate.parse("2027-01-25");

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meeting;

    private void seed(Ledamot app) {
        long interpellation = app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                "Interpellation om simhallens öppettider").submitted(LocalDate.parse("2026-11-20"))
                .status(Status.SUBMITTED).build()).id();
        meeting = app.meetings().add(Meeting.planned("KF", ASKED)).id();
        app.meetings().add(Meeting.planned("KF", NEXT));
        app.meetings().addMatters(meeting, List.of(interpellation));
    }

    @Test
    void answeringAtTheMeetingWhereItIsAskedMovesTheDeadlinesInTheRegisterAndTheAgenda(FxRobot robot) {
        robot.interact(() -> window.shell().show(RegisterScreen.ID));
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        // Asked on 14 December, answered on 25 January (KF's V3 rule: in writing by 12.00 the working day before).
        MatterRow row = table.getItems().getFirst();
        waitUntil(() -> row.deadlineProperty().get().date().equals(LocalDate.parse("2027-01-22")));
        Label why = robot.lookup("#deadline-rule").queryAs(Label.class);
        waitUntil(() -> why.getText().contains("besvaras senast vid nästa sammanträde den 25 januari 2027"));

        // Ctrl+, opens the settings with the cursor in the council's name.
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        TextField name = robot.lookup("#council-name").queryAs(TextField.class);
        waitUntil(name::isFocused);
        robot.write("Stenungsunds kommun");
        ListView<?> bodies = robot.lookup("#bodies").queryListView();
        waitUntil(() -> bodies.getSelectionModel().getSelectedIndex() == 0);
        // The answer rule is below the fold: the rules scroll to it when it gets the cursor.
        ComboBox<?> answer = robot.lookup("#interpellation-answer").queryComboBox();
        robot.interact(answer::requestFocus);
        Node rules = answer;
        while (!(rules instanceof ScrollPane)) {
            rules = rules.getParent();
        }
        Node viewport = rules;
        waitUntil(() -> viewport.localToScene(viewport.getLayoutBounds())
                .contains(answer.localToScene(answer.getLayoutBounds())));
        // The question rule shows the same words in its own box: they are picked from this box's list.
        WindowDriver.choose(robot, answer, "Besvaras vid samma sammanträde som den ställs");
        Label preview = robot.lookup("#preview").queryAs(Label.class);
        waitUntil(() -> preview.getText().endsWith("besvaras senast måndag 14 december."));

        // Leaving the screen stores the change; every deadline follows.
        robot.interact(() -> window.shell().show(RegisterScreen.ID));
        waitForStore(() -> "Stenungsunds kommun".equals(window.shell().context().services().settings().councilName()));
        waitUntil(() -> table.getItems().getFirst().deadlineProperty().get().date()
                .equals(LocalDate.parse("2026-12-11")));
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> why.getText().startsWith("Ställd den 14 december 2026 (KF), besvaras vid samma sammanträde"));
        // Hovering over the deadline in the register says the same (the cell makes its tooltip as the pointer comes).
        WindowDriver.hoverUntil(robot, () -> robot.lookup("#register-table .deadline-column").match((Node n) ->
                n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == 0 && !c.isEmpty())
                .queryAs(Node.class),
                () -> explains(robot, "#register-table .deadline-column", "besvaras vid samma sammanträde"));

        robot.interact(() -> window.shell().show(MeetingsScreen.ID));
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 2);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        ListView<?> agenda = robot.lookup("#agenda-list").queryListView();
        // The one item on the agenda, among the kallelse's standard items.
        waitUntil(() -> agenda.getItems().stream().map(AgendaRow.class::cast).filter(r -> r.item() != null)
                .map(r -> r.deadline().map(d -> d.date().equals(LocalDate.parse("2026-12-11"))).orElse(false))
                .toList().equals(List.of(true)));
        assertThat(meetings.getItems().getFirst().id()).isEqualTo(meeting);
        waitUntil(() -> explains(robot, "#agenda-list .list-cell", "besvaras vid samma sammanträde"));
    }

    /**
     * 5 kap. 11 § was a constant week: an arbetsordning asking for ten days is set beside the other rules, and the
     * posting-day warning in Sammanträden counts ten days, naming the arbetsordning.
     */
    @Test
    void theDaysOfNoticeAreSetInTheSettingsAndTheLatePostingWarningFollows(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().show(RegisterScreen.ID));
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        TextField days = robot.lookup("#notice-days").queryAs(TextField.class);
        waitUntil(() -> "7".equals(days.getText()));
        robot.interact(() -> days.setText("10"));
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "settings-notice-days.png");

        // Leaving the screen stores the change; Sammanträden opened afterwards counts with it.
        robot.interact(() -> window.shell().show(RegisterScreen.ID));
        waitForStore(() -> window.shell().context().services().settings().notice().daysBefore() == 10);
        robot.interact(() -> window.shell().show(MeetingsScreen.ID));
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 2);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        TextField posted = robot.lookup("#meeting-posted").queryAs(TextField.class);
        Label warning = robot.lookup("#meeting-posted-warning").queryAs(Label.class);
        robot.interact(() -> posted.setText("2026-12-06"));
        waitUntil(warning::isVisible);
        assertThat(warning.getText()).contains("minst 10 dagar").contains("arbetsordningen")
                .contains("senast den 4 december 2026");
    }

    /** Whether a cell found by the query has a tooltip with the words (called on the FX thread). */
    private static boolean explains(FxRobot robot, String query, String words) {
        return robot.lookup(query).queryAll().stream().filter(Control.class::isInstance)
                .map(n -> ((Control) n).getTooltip())
                .anyMatch(tip -> tip != null && tip.getText().contains(words));
    }
}
