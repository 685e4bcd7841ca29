package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * A councillor on the train opens an interpellation whose answer meeting the secretary has not planned yet. The
 * editor said "Ingen tidsgräns löper." — wrong: the arbetsordning's clock runs, only its date is not known. It says
 * which meeting it is asked at (or that it is not asked yet) and that it is answered at the next, not planned yet.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class UnplannedAnswerMeetingTest {
    private static final String IN_TIME = "Interpellation om skolskjutsar i Älvängen";
    private static final String LATE = "Interpellation om badhusets öppettider";

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        // In time for 14 December (KF: 08.00 Monday two weeks before), so asked there; the next meeting is unplanned.
        app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, IN_TIME)
                .submitted(LocalDate.parse("2026-11-20")).status(Status.SUBMITTED).build());
        // Too late for 14 December, and no later meeting planned: not even asked yet.
        app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, LATE)
                .submitted(LocalDate.parse("2026-12-10")).status(Status.SUBMITTED).build());
    }

    @Test
    void theEditorSaysTheAnswerMeetingIsNotPlannedInsteadOfNoDeadline(FxRobot robot) {
        robot.interact(() -> window.shell().show(RegisterScreen.ID));
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2 && table.getItems().stream().allMatch(r -> r.title() != null));
        Label when = robot.lookup("#deadline").queryAs(Label.class);
        Label why = robot.lookup("#deadline-rule").queryAs(Label.class);

        select(robot, table, IN_TIME);
        waitUntil(() -> why.getText().contains("Ställd den 14 december 2026 (KF)"), why::getText);
        assertThat(why.getText()).contains("inte inplanerat");
        assertThat(when.getText()).isNotEqualTo("Ingen tidsgräns löper.").contains("inte inplanerat");

        // The register's Tidsgräns column says it too, not an empty cell.
        waitUntil(() -> robot.lookup("#register-table .table-cell.deadline-column").match((TableCell<?, ?> c) ->
                c.getTableRow() != null && c.getTableRow().getItem() instanceof MatterRow r && IN_TIME.equals(r.title())
                        && "inte inplanerat ännu".equals(c.getText())).tryQuery().isPresent());

        select(robot, table, LATE);
        waitUntil(() -> why.getText().contains("Inlämnad den 10 december 2026"), why::getText);
        assertThat(why.getText()).contains("inget sådant sammanträde är inplanerat");
        assertThat(when.getText()).isNotEqualTo("Ingen tidsgräns löper.").contains("inte inplanerat");
    }

    private static void select(FxRobot robot, TableView<MatterRow> table, String title) {
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> title.equals(r.title())).findFirst().orElseThrow()));
    }
}
