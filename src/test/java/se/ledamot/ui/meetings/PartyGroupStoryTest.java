package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.brief.BriefPdf;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.cli.Cli;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Issue 10, story 2, in the real window at 1280×800: a party group chooses the meeting, sets positions and speakers
 * on three items, moves between rows and screens, restarts, and finds all three unchanged in the window, in
 * {@code agenda --group V --json} and in the group's debate brief.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class PartyGroupStoryTest {
    private static final List<String> SPEAKERS = List.of("Jan Alexandersson", "Emma Ramhult", "Åsa Östberg");
    private static final List<Stance> STANCES = List.of(Stance.SUPPORT, Stance.REJECT, Stance.SUPPORT);

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long meeting;

    private void seed(Ledamot app) {
        List<Long> motions = new ArrayList<>();
        for (String title : List.of("Motion om cykelvägar", "Motion om simhallen", "Motion om bänkar i parken")) {
            motions.add(app.matters().add(Matter.newMatter(MatterKind.MOTION, title)
                    .submitted(LocalDate.parse("2026-06-10")).status(Status.PREPARED).build()).id());
        }
        meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        app.meetings().addMatters(meeting, motions);
    }

    private TableView<GroupRow> chooseGroupAndMeeting(FxRobot robot) {
        window.show(robot, GroupScreen.ID);
        TextField group = robot.lookup("#group-code").queryAs(TextField.class);
        robot.interact(group::clear);
        robot.clickOn(group).write("V").type(KeyCode.ENTER);
        ComboBox<Meeting> meetings = robot.lookup("#group-meeting").queryComboBox();
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id() == meeting));
        robot.interact(() -> meetings.setValue(meetings.getItems().stream().filter(m -> m.id() == meeting)
                .findFirst().orElseThrow()));
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    private void setPosition(FxRobot robot, TableView<GroupRow> table, int row) {
        GroupPositionsWindowTest.clickRow(robot, row);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == row);
        ComboBox<Stance> box = robot.lookup("#stance").queryComboBox();
        robot.interact(() -> box.setValue(STANCES.get(row)));
        TextField name = robot.lookup("#speaker").queryAs(TextField.class);
        robot.interact(name::clear);
        robot.clickOn(name).write(SPEAKERS.get(row));
    }

    private void assertTheTableShowsAllThree(TableView<GroupRow> table) {
        waitUntil(() -> table.getItems().stream().allMatch(r -> r.position().speaker() != null));
        assertThat(table.getItems()).extracting(r -> r.position().speaker()).containsExactlyElementsOf(SPEAKERS);
        assertThat(table.getItems()).extracting(r -> r.position().stance()).containsExactlyElementsOf(STANCES);
    }

    /**
     * The walk (walk16): Spara in Partigrupp stored the position and said nothing, so the group pressed it again and
     * wondered. Now, once the position is stored, the window says so, naming the item; and Spara pressed after the
     * pause had stored it already says so too (it is stored), rather than nothing.
     */
    @Test
    void sparaSaysThePositionIsSaved(FxRobot robot) {
        window.open(robot);
        TableView<GroupRow> table = chooseGroupAndMeeting(robot);
        setPosition(robot, table, 1);
        robot.clickOn("#position-save");
        GroupRow row = se.ledamot.ui.WindowDriver.onFx(() -> table.getItems().get(1));
        String said = se.ledamot.l10n.Localization.get("meeting.ui.group.saved",
                String.valueOf(row.agenda().number()), "Motion om simhallen");
        waitUntil(() -> window.dialogs.notifications.contains(said), window.dialogs.notifications::toString);
        assertThat(row.position().speaker()).isEqualTo(SPEAKERS.get(1));
        window.dialogs.notifications.clear();
        robot.clickOn("#position-save");
        waitUntil(() -> window.dialogs.notifications.contains(said), window.dialogs.notifications::toString);
    }

    @Test
    void threePositionsSurviveRowsScreensAndARestart(FxRobot robot) throws Exception {
        window.open(robot);
        TableView<GroupRow> table = chooseGroupAndMeeting(robot);
        setPosition(robot, table, 0);
        robot.clickOn("#position-save");
        setPosition(robot, table, 1);
        setPosition(robot, table, 2);
        GroupPositionsWindowTest.clickRow(robot, 0);
        GroupPositionsWindowTest.clickRow(robot, 2);
        window.show(robot, DashboardScreen.ID);
        window.show(robot, RegisterScreen.ID);
        window.show(robot, GroupScreen.ID);
        assertTheTableShowsAllThree(table);

        window.close(robot);
        window.open(robot);
        assertTheTableShowsAllThree(chooseGroupAndMeeting(robot));
        window.close(robot);

        StringWriter out = new StringWriter();
        int code = Cli.create(f -> { }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("agenda", String.valueOf(meeting), "--group", "V", "--json", "--data", folder.toString());
        assertThat(code).isZero();
        JsonNode items = new ObjectMapper().readTree(out.toString());
        List<String> speakers = new ArrayList<>();
        items.path("items").forEach(i -> speakers.add(i.path("position").path("speaker").asText()));
        assertThat(speakers).as(out.toString()).containsExactlyElementsOf(SPEAKERS);

        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK);
                PDDocument doc = Loader.loadPDF(BriefPdf.write(app.briefs().debate(meeting, "V", ""),
                        PdfWriter.Progress.NONE).bytes())) {
            String brief = new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replaceAll("\\s+", " ");
            assertThat(brief).contains(SPEAKERS).doesNotContain("inte bestämt", "Inte bestämt");
        }
    }
}
