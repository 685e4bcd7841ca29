package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
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
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.MainWindow;

/**
 * A secretary preparing the föredragningslista corrects an item's heading and its förslag till beslut where she sees
 * the agenda (Sammanträden), in the real window at 1280×800: what she typed is there when she comes back to the item
 * and after the program is started again; a proposal another window saved meanwhile is not written over, the
 * conflict view offers both merged, and her choice is what is kept (issue 16.5).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaItemTextsWindowTest {
    /** The rows of the items on the agenda, on the kallelse's list: Upprop, Val av justerare (2) … the motion (5). */
    private static final int JUSTERARE = 1;
    private static final int MOTION = 4;
    private static final String PROPOSAL = "Kommunstyrelsen föreslår\natt motionen bifalls.";

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meetingId;

    private void seed(Ledamot app) {
        long pool = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-11-01")).status(Status.PREPARED).build()).id();
        meetingId = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        app.meetings().addText(meetingId, "Val av justerare");
        app.meetings().addMatters(meetingId, List.of(pool));
    }

    @Test
    void theHeadingAndProposalTypedAreThereBackOnTheItemAndAfterARestart(FxRobot robot) throws Exception {
        ListView<AgendaRow> agenda = openTheAgenda(robot, window.shell());
        TextField heading = robot.lookup("#agenda-item-heading").queryAs(TextField.class);
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);

        choose(robot, agenda, JUSTERARE);
        waitUntil(() -> "Val av justerare".equals(heading.getText()));
        robot.interact(() -> heading.setText(""));
        robot.clickOn(heading).write("Val av två justerare");
        robot.clickOn(proposal).write("Ordföranden föreslår att Anna Ek och Bo Ek justerar protokollet.");

        // Another item, and back: what she typed is there (and stored).
        choose(robot, agenda, MOTION);
        waitUntil(() -> heading.getText().contains("simhallen") && proposal.getText().isEmpty());
        assertThat(heading.isEditable()).as("a matter's item is headed by the matter's title").isFalse();
        robot.clickOn(proposal).write(PROPOSAL);
        choose(robot, agenda, JUSTERARE);
        waitUntil(() -> "Val av två justerare".equals(heading.getText()));
        assertThat(proposal.getText()).isEqualTo("Ordföranden föreslår att Anna Ek och Bo Ek justerar protokollet.");
        waitForStore(() -> PROPOSAL.equals(stored(1).proposal()) && "Val av två justerare".equals(stored(0).text()));
        waitUntil(() -> agenda.getItems().get(JUSTERARE).heading().equals("Val av två justerare"));
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "agenda-item-texts.png");

        // Typed, not saved by a click: closing the window stores it, and it is there after a restart.
        choose(robot, agenda, MOTION);
        waitUntil(() -> PROPOSAL.equals(proposal.getText()));
        robot.interact(() -> proposal.appendText("\natt kostnaden ryms i budgeten."));
        MainWindow reopened = window.restart();
        ListView<AgendaRow> again = openTheAgenda(robot, reopened);
        choose(robot, again, MOTION);
        TextArea proposalAgain = (TextArea) reopened.stage().getScene().lookup("#agenda-item-proposal");
        waitUntil(() -> (PROPOSAL + "\natt kostnaden ryms i budgeten.").equals(proposalAgain.getText()));
    }

    /** Upprop, which the kallelse prints but the agenda does not hold, says what it is, not "Välj en punkt …". */
    @Test
    void aStandardItemNotOnTheAgendaSaysItHasNoTextsToFillIn(FxRobot robot) throws Exception {
        ListView<AgendaRow> agenda = openTheAgenda(robot, window.shell());
        Label hint = robot.lookup("#agenda-item-hint").queryAs(Label.class);
        TextField heading = robot.lookup("#agenda-item-heading").queryAs(TextField.class);
        assertThat(agenda.getItems().getFirst().item()).as("Upprop is not on the agenda").isNull();

        choose(robot, agenda, 0);
        waitUntil(() -> hint.isVisible()
                && "Upprop står alltid på kallelsen; punkten har inga texter att fylla i.".equals(hint.getText()));
        assertThat(heading.isDisabled()).isTrue();
        // Its greyed förslag till beslut offers no example to a field that cannot be filled (walk22: it showed the
        // general "Till exempel: Kommunstyrelsen föreslår …").
        assertThat(robot.lookup("#agenda-item-proposal").queryAs(TextArea.class).getPromptText()).isEmpty();
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "agenda-item-standard.png");

        // The motion's line says its deadline as people read a day (walk22: "[2027-11-01, om 11 månader]").
        assertThat(robot.lookup("#agenda-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).filter(t -> t != null && t.contains("simhallen")))
                .singleElement().asString().contains("[1 november 2027, om ").doesNotContain("2027-11-01");
        // The free-text field's example is read whole (walk22: "Punkt utan ärende, t.ex. Val av juste").
        TextField freeText = robot.lookup("#agenda-text").queryAs(TextField.class);
        assertThat(WindowDriver.onFx(() -> {
            javafx.scene.text.Text prompt = new javafx.scene.text.Text(freeText.getPromptText());
            prompt.setFont(freeText.getFont());
            return prompt.getLayoutBounds().getWidth() + freeText.snappedLeftInset() + freeText.snappedRightInset();
        })).as("the example's width").isLessThanOrEqualTo(WindowDriver.onFx(freeText::getWidth));

        choose(robot, agenda, JUSTERARE);
        waitUntil(() -> !hint.isVisible() && "Val av justerare".equals(heading.getText()));
        choose(robot, agenda, agenda.getItems().size() - 1);
        waitUntil(() -> hint.isVisible()
                && "Meddelanden står alltid på kallelsen; punkten har inga texter att fylla i.".equals(hint.getText()));
    }

    @Test
    void aProposalAnotherWindowSavedMeanwhileGetsTheConflictViewAndTheMergedTextIsKept(FxRobot robot)
            throws Exception {
        String four = "Kommunstyrelsen föreslår\natt motionen bifalls\natt simhallen byggs om\n"
                + "att kostnaden ryms i budgeten.";
        MeetingService meetings = window.shell().context().services().meetings();
        AgendaItem item = stored(1);
        meetings.saveItem(item, item.withProposal(four));
        ListView<AgendaRow> agenda = openTheAgenda(robot, window.shell());
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
        choose(robot, agenda, MOTION);
        waitUntil(() -> four.equals(proposal.getText()));

        // Another window changes the second line; she changes the last one in the copy she has on screen.
        AgendaItem copy = stored(1);
        String theirs = four.replace("bifalls", "bifalls i sin helhet");
        assertThat(meetings.saveItem(copy, copy.withProposal(theirs)).conflicts()).isEmpty();
        robot.interact(() -> proposal.setText(four.replace("budgeten.", "budgeten 2027.")));
        robot.clickOn("#agenda-item-save");
        waitUntil(() -> robot.lookup("#conflict-merged").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("Förslag till beslut");
        String merged = theirs.replace("budgeten.", "budgeten 2027.");
        assertThat(robot.lookup("#conflict-merged").queryAs(TextArea.class).getText()).isEqualTo(merged);
        assertThat(stored(1).proposal()).isEqualTo(theirs);
        Window view = robot.lookup("#conflict-merged").query().getScene().getWindow();
        WindowDriver.screenshot(robot, view.getScene(), "agenda-item-proposal-conflict.png");

        robot.clickOn("#conflict-choose-merged");
        waitForStore(() -> merged.equals(stored(1).proposal()));
        waitUntil(() -> merged.equals(proposal.getText()));
    }

    @Test
    void proposalsPutAsideOnTwoItemsAreEachKeptAndAskedAgainWhenSheComesBack(FxRobot robot) throws Exception {
        MeetingService meetings = window.shell().context().services().meetings();
        ListView<AgendaRow> agenda = openTheAgenda(robot, window.shell());
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
        String hers0 = "Ordföranden föreslår att Anna Ek och Bo Ek justerar protokollet.";

        // On each item another window saves a proposal while she types hers; she puts each choice aside.
        choose(robot, agenda, MOTION);
        putAside(robot, meetings, proposal, 1, PROPOSAL);
        choose(robot, agenda, JUSTERARE);
        putAside(robot, meetings, proposal, 0, hers0);

        // Back on the first: her proposal, a line saying it is not saved, and both choices asked again.
        choose(robot, agenda, MOTION);
        waitUntil(() -> PROPOSAL.equals(proposal.getText()));
        waitUntil(() -> robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        Label notSaved = robot.lookup("#agenda-item-error").queryAs(Label.class);
        assertThat(notSaved.getText()).contains("inte sparat");
        assertThat(notSaved.getStyleClass()).as("the warning line's style").contains("field-warning");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(PROPOSAL);
        assertThat(stored(1).proposal()).isEqualTo("Den andra: 1");
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "agenda-item-texts-put-aside.png");

        // She keeps hers on both, the second while the first is shown.
        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> hers0.equals(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()));
        robot.clickOn("#conflict-choose-mine");
        waitForStore(() -> PROPOSAL.equals(stored(1).proposal()) && hers0.equals(stored(0).proposal()));
        assertThat(proposal.getText()).isEqualTo(PROPOSAL);
    }

    /**
     * Issue 16.5, a choice put aside survives a restart: she puts her proposal aside, closes the window (the question
     * says it is kept) and starts the program again; opening Sammanträden asks again with her proposal, and her
     * choice is stored and no longer kept.
     */
    @Test
    void aProposalPutAsideIsAskedAgainAfterARestart(FxRobot robot) throws Exception {
        MeetingService meetings = window.shell().context().services().meetings();
        ListView<AgendaRow> agenda = openTheAgenda(robot, window.shell());
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
        choose(robot, agenda, MOTION);
        putAside(robot, meetings, proposal, 1, PROPOSAL);

        // Asked from the FX thread's queue: the question waits for her answer.
        Platform.runLater(window.shell()::requestClose);
        DialogPane question = WindowDriver.closeQuestion(robot);
        assertThat(((Label) question.getContent()).getText()).contains("simhallen").contains("finns kvar");
        WindowDriver.screenshot(robot, question.getScene(), "put-aside-meetings-close-question.png");
        robot.interact(() -> WindowDriver.button(question, ButtonBar.ButtonData.YES).fire());
        MainWindow reopened = window.reopen();
        ListView<AgendaRow> again = openTheAgenda(robot, reopened);
        waitUntil(() -> robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(PROPOSAL);
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("Den andra: 1");
        Window view = robot.lookup("#conflict-later").query().getScene().getWindow();
        WindowDriver.screenshot(robot, view.getScene(), "put-aside-meetings-view-after-restart.png");

        // Later again; on the item her proposal is back, with a line saying it is not saved, and she is asked again.
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());
        choose(robot, again, MOTION);
        TextArea proposalAgain = (TextArea) reopened.stage().getScene().lookup("#agenda-item-proposal");
        Label error = (Label) reopened.stage().getScene().lookup("#agenda-item-error");
        waitUntil(() -> PROPOSAL.equals(proposalAgain.getText()) && error.getText().contains("inte sparat"));
        WindowDriver.screenshot(robot, reopened.stage().getScene(), "put-aside-meetings-after-restart.png");
        waitUntil(() -> robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        robot.clickOn("#conflict-choose-mine");
        waitForStore(() -> PROPOSAL.equals(stored(1).proposal()));
        waitForStore(() -> reopened.context().services().putAside().waiting().isEmpty());
    }

    /** Another window saves the item's proposal; she types hers and saves: the view asks, and she puts it aside. */
    private void putAside(FxRobot robot, MeetingService meetings, TextArea proposal, int index, String hers) {
        AgendaItem copy = stored(index);
        assertThat(meetings.saveItem(copy, copy.withProposal("Den andra: " + index)).conflicts()).isEmpty();
        robot.interact(() -> proposal.setText(hers));
        robot.clickOn("#agenda-item-save");
        waitUntil(() -> robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        Window view = robot.lookup("#conflict-later").query().getScene().getWindow();
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());
    }

    private ListView<AgendaRow> openTheAgenda(FxRobot robot, MainWindow shell) {
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(800);
            shell.show(MeetingsScreen.ID);
        });
        TableView<Meeting> meetings = (TableView<Meeting>) shell.stage().getScene().lookup("#meetings-table");
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ListView<AgendaRow> agenda = (ListView<AgendaRow>) shell.stage().getScene().lookup("#agenda-list");
        waitUntil(() -> agenda.getItems().size() == 6);
        return agenda;
    }

    /** Chooses an item as a click on it does. */
    private static void choose(FxRobot robot, ListView<AgendaRow> agenda, int index) {
        robot.interact(() -> agenda.getSelectionModel().clearAndSelect(index));
        waitUntil(() -> agenda.getSelectionModel().getSelectedIndex() == index);
    }

    private AgendaItem stored(int index) {
        return window.shell().context().services().meetings().agenda(meetingId).get(index);
    }
}
