package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.meetings.AgendaRow;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Walk26: the three stories in the English window at 1280×800 on a new folder's sample data, walked in English for the
 * first time: the councillor's interpellation (Matters, the editor, Answers), the party group's positions (Party
 * group), the secretary's meeting (Meetings, the notice, Minutes with attendance and a vote). Each screen's own words
 * (labels, buttons, headers, tabs, examples, tooltips; not the data's) hold none of the Swedish words found leaking.
 * Pictures in target/english26-*.
 */
@WindowTest
@Isolated // it changes the language, which every test beside it would read
@ExtendWith(WindowRobot.class)
class EnglishWindowWalkTest {
    private static final Pattern SWEDISH = VisibleWords.SWEDISH;
    /** How the standard item "Val av justerare och tid för justering" on the samples' agenda reads in English. */
    private static final String ADJUSTERS = "Election of members to approve the minutes, and the time of approval";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data")).inTheLanguage(Localization.ENGLISH);

    /** A picture of the screen, and its own words that are Swedish (with where they stand). */
    private List<String> look(FxRobot robot, String name) throws Exception {
        window.settled();
        window.snapshot(robot, "english26-" + name);
        return WindowDriver.onFx(() -> VisibleWords.of(window.shell().stage().getScene().getRoot())).stream()
                .filter(w -> SWEDISH.matcher(w).find()).map(w -> name + ": " + w).toList();
    }

    @Test
    void theCouncillorOpensHerInterpellationAndWritesTheAnswer(FxRobot robot) throws Exception {
        List<String> swedish = new ArrayList<>();
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        assertThat(WindowDriver.onFx(() -> VisibleWords.ofMenus(window.shell().menuBar())))
                .filteredOn(w -> SWEDISH.matcher(w).find()).isEmpty();
        window.show(robot, RegisterScreen.ID);
        robot.clickOn("#search").write("interpellation");
        swedish.addAll(look(robot, "a01-register-search"));
        Matter asked = window.shell().context().services().matters().list().stream()
                .filter(m -> m.kind() == MatterKind.INTERPELLATION).findFirst().orElseThrow();
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r != null && r.id() == asked.id()));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r != null && r.id() == asked.id()).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#number").queryTextInputControl().getText().equals(asked.number()));
        swedish.addAll(look(robot, "a02-register-editor"));
        // Seam: the editor's labels kept Swedish widths; the English "Registration number" read "Registration nu…".
        Label number = robot.lookup((Label l) -> "Registration number".equals(l.getText())).query();
        Node field = robot.lookup("#number").query();
        assertThat(WindowDriver.onFx(() -> CutOffText.in(number))).isEmpty();
        assertThat(WindowDriver.onFx(() -> number.localToScene(number.getLayoutBounds()).getMaxX()))
                .as("the label ends before its field").isLessThan(WindowDriver.onFx(() -> field.localToScene(
                        field.getLayoutBounds()).getMinX()));

        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        swedish.addAll(look(robot, "a03-answer"));
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" The work has come a long way.");
        robot.clickOn("#cutVersion");
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" We follow it up every quarter.");
        robot.clickOn("#cutVersion");
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> versions.getItems().size() == 2);
        swedish.addAll(look(robot, "a04-answer-versions"));
        robot.interact(() -> versions.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#compare");
        swedish.addAll(look(robot, "a05-answer-compare"));
        assertThat(swedish).isEmpty();
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void theGroupDecidesPositionsAndSpeakers(FxRobot robot) throws Exception {
        List<String> swedish = new ArrayList<>();
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        TableView<GroupRow> table = window.openGroup(robot, "S");
        swedish.addAll(look(robot, "b01-group"));
        // Seams: the meeting read "KF 7 December 2026 at 18.00" (the answers say "at 12:00"), and the samples'
        // Val av justerare stayed Swedish among English items.
        ComboBox<Meeting> meeting = robot.lookup("#group-meeting").queryComboBox();
        assertThat(WindowDriver.onFx(() -> meeting.getButtonCell().getText()))
                .startsWith("KF 7 December 2026 at 18:00");
        assertThat(WindowDriver.onFx(() -> table.getItems().stream().map(r -> r.agenda().heading()).toList()))
                .contains(ADJUSTERS).noneMatch(h -> h.startsWith("Val av justerare"));

        GroupRow motion = table.getItems().stream().filter(GroupRow::needsPosition).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(motion));
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        WindowDriver.choose(robot, stance, "Support the motion");
        robot.clickOn("#speaker").write("Lena Ek");
        robot.clickOn("#arguments").write("Good for the children.");
        robot.clickOn("#reviewed");
        robot.clickOn("#position-save");
        waitUntil(() -> table.getItems().stream().anyMatch(r -> "Lena Ek".equals(r.position().speaker())));
        swedish.addAll(look(robot, "b02-group-saved"));
        robot.clickOn("#only-undecided");
        swedish.addAll(look(robot, "b03-group-undecided"));
        assertThat(swedish).isEmpty();
    }

    @Test
    void theSecretaryHoldsTheMeeting(FxRobot robot) throws Exception {
        List<String> swedish = new ArrayList<>();
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        Meeting meeting = window.plannedMeeting().orElseThrow();
        window.show(robot, "meetings");
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id().equals(meeting.id())));
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.id().equals(meeting.id())).findFirst().orElseThrow()));
        ListView<AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> agenda.getItems().size() >= 8);
        swedish.addAll(look(robot, "c01-meetings"));
        // Seams: the time read "18.00" in the table and the form; the agenda's item 2 "Val av justerare …".
        assertThat(robot.lookup("#meetings-table .table-row-cell .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)).contains("18:00").doesNotContain("18.00");
        assertThat(WindowDriver.onFx(() -> agenda.getItems().stream().map(AgendaRow::line).toList()))
                .contains("Item 2  " + ADJUSTERS).noneMatch(l -> l.contains("Val av justerare"));
        // Seam (english27): the item's heading field read the stored "Val av justerare och tid för justering".
        AgendaRow adjusters = agenda.getItems().stream().filter(r -> r.item() != null
                && r.line().startsWith("Item 2  ")).findFirst().orElseThrow();
        robot.interact(() -> agenda.getSelectionModel().select(adjusters));
        waitUntil(() -> ADJUSTERS.equals(robot.lookup("#agenda-item-heading").queryTextInputControl().getText()),
                () -> robot.lookup("#agenda-item-heading").queryTextInputControl().getText());

        window.minutesOf(robot, meeting.id());
        window.dialogs.saveTo = folder.resolve("kallelse.pdf");
        reveal(robot, robot.lookup("#exportKallelse").query());
        robot.clickOn("#exportKallelse");
        assertThat(window.saved(folder.resolve("kallelse.pdf"))).contains("NOTICE OF MEETING");
        swedish.addAll(look(robot, "c02-notice"));
        window.minutesTab(robot, "minutesTabMeeting");
        WindowDriver.clickShown(robot, "#minutesOpened").write("18:00");
        WindowDriver.clickShown(robot, "#minutesClosed").write("20:15");
        WindowDriver.clickShown(robot, "#fillAttendance");
        TableView<?> attendees = robot.lookup("#attendees").queryTableView();
        waitUntil(() -> !attendees.getItems().isEmpty());
        WindowDriver.clickShown(robot, "#saveMinutes");
        swedish.addAll(look(robot, "c03-attendance"));
        assertThat(robot.lookup("#minutesOpened").queryTextInputControl().getText()).isEqualTo("18:00");

        window.minutesTab(robot, "minutesTabItems");
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        EntryRow motion = items.getItems().stream().filter(r -> r.name().contains("integrationsplan")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            items.scrollTo(motion);
            items.getSelectionModel().select(motion);
        });
        waitUntil(() -> !robot.lookup("#motionBy").query().isDisabled());
        // Seam: the motions' types were picked by their Swedish letters, shown before the English words.
        ChoiceBox<?> type = robot.lookup("#motionType").queryAs(ChoiceBox.class);
        assertThat(WindowDriver.onFx(() -> type.getItems().stream().map(t -> shown(type, t)).toList()))
                .startsWith("P  approve the proposal", "M  approve the motion", "R  reject");
        WindowDriver.clickShown(robot, "#motionBy").write("Jan Alexandersson (V)").type(KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#motionBy").write("Per Holm (M)");
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT).type(KeyCode.ENTER);
        ListView<?> moved = robot.lookup("#minutesMotions").queryListView();
        waitUntil(() -> moved.getItems().size() == 2);
        assertThat(robot.lookup("#minutesMotions .list-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)).contains("Per Holm (M): reject");
        swedish.addAll(look(robot, "c04-motions"));

        // Seam: a vote was cast with J, N or A; in English Y cast nothing ("Yes 0, no 11, …, not voted 20").
        TableView<?> voters = robot.lookup("#voters").queryTableView();
        waitUntil(() -> !voters.getItems().isEmpty());
        reveal(robot, voters);
        WindowDriver.clickFirstRow(robot, "#voters");
        waitUntil(() -> voters.getSelectionModel().getSelectedIndex() == 0);
        int members = voters.getItems().size();
        for (int i = 0; i < members; i++) {
            robot.type(i % 3 == 0 ? KeyCode.N : KeyCode.Y);
        }
        Label tally = robot.lookup("#voteTally").queryAs(Label.class);
        int no = (members + 2) / 3;
        waitUntil(() -> tally.getText().equals("Yes " + (members - no) + ", no " + no + ", abstain 0, not voted 0"),
                tally::getText);
        WindowDriver.clickShown(robot, "#saveVote");
        swedish.addAll(look(robot, "c05-vote"));

        window.dialogs.saveTo = folder.resolve("minutes.pdf");
        reveal(robot, robot.lookup("#exportProtokoll").query());
        robot.clickOn("#exportProtokoll");
        assertThat(window.saved(folder.resolve("minutes.pdf"))).contains("MINUTES", "Per Holm (M)");
        swedish.addAll(look(robot, "c06-minutes-written"));
        Files.copy(folder.resolve("minutes.pdf"), Path.of("target", "english26-minutes.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(swedish).isEmpty();
        assertThat(window.dialogs.errors).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(ChoiceBox box, Object value) {
        return box.getConverter().toString(value);
    }


}
