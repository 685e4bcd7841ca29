package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Round 29's walk on a new data folder's samples, at 1280x800: what a tired councillor does to her answer in Svar
 * (emptied, put in), and the party group going through the next meeting's items by the keys. Pictures in
 * target/walk29-*.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class Walk29StoriesTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    private Matter stored(long id) {
        return window.shell().context().services().matters().list().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow();
    }

    /**
     * Walk29: she emptied the answer (Ctrl+A, Delete) and pressed För in svaret; it put the empty text in the matter
     * over the answer it held, and said "Svaret är infört i ärendet och sparat som en version" with no version saved.
     */
    @Test
    void anEmptiedAnswerIsNotPutInTheMatter(FxRobot robot) throws Exception {
        long id = openSvar(robot);
        String answer = stored(id).answer();
        assertThat(answer).as("the sample's answer").isNotBlank();
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        robot.clickOn(text).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DELETE);
        robot.clickOn("#finish");
        window.settled();
        window.snapshot(robot, "walk29-01-empty-finished");
        assertThat(robot.lookup("#answerMessage").queryLabeled().getText())
                .isEqualTo(Localization.get("answer.finish.empty"));
        assertThat(window.dialogs.asked).as("no question about unmarked questions for no answer").isEmpty();
        // Under the empty draft: the matter keeps its answer, and it can be taken back.
        javafx.scene.control.Label kept = robot.lookup("#answerKept").queryAs(javafx.scene.control.Label.class);
        assertThat(kept.isVisible() && kept.getParent().isVisible()).isTrue();
        assertThat(kept.getText()).startsWith("Texten här är tom; ärendet har kvar");
        assertThat(WindowDriver.onFx(() -> kept.localToScene(kept.getBoundsInLocal()).getMaxY()))
                .as("in the window").isLessThan(kept.getScene().getHeight());
        window.show(robot, RegisterScreen.ID);
        window.close(robot);
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        assertThat(stored(id).answer()).as("the matter's answer after a restart").isEqualTo(answer);
    }

    /** Walk29 again: she emptied the answer, and takes the one the matter kept back into the draft, to go on from. */
    @Test
    void theAnswerTheMatterKeptIsTakenBackIntoTheEmptiedDraft(FxRobot robot) throws Exception {
        long id = openSvar(robot);
        String answer = stored(id).answer();
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        robot.clickOn(text).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DELETE);
        robot.clickOn("#finish");
        window.settled();

        robot.clickOn("#answerKeptTake");
        waitUntil(() -> text.getText().equals(answer));
        assertThat(robot.lookup("#answerKept").query().getParent().isVisible()).isFalse();
        window.snapshot(robot, "walk29-02-taken-back");
        // Saved as typing is, once the pause after it has passed.
        // Finished empty, the draft was gone: it is stored anew (none until then, which is not a failure).
        WindowDriver.waitForStore(() -> window.shell().context().services().answers().draft(id)
                .filter(d -> d.text().equals(answer)).isPresent());
    }

    private String focused() {
        return WindowDriver.onFx(() -> {
            javafx.scene.Node n = window.shell().stage().getScene().getFocusOwner();
            return n == null ? "" : String.valueOf(n.getId());
        });
    }

    private void press(FxRobot robot, KeyCode key, String then) {
        robot.type(key);
        waitUntil(() -> then.equals(focused()), () -> "focused: " + focused());
    }

    /**
     * Walk29: the group (S) takes every pending item of the next meeting by the keys alone, Tab from field to field and
     * Escape back to the list; Tab in Argument wrote a tab into the argument and stayed there, so Anteckningar and
     * Spara could not be reached, and only Shift+Tab five times led back to the list.
     */
    @Test
    void theGroupGoesThroughItsItemsByTheKeys(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.settled();
        TableView<GroupRow> table = window.openGroup(robot, "S");
        int n = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (!table.getItems().get(i).needsPosition()) {
                continue;
            }
            int at = i;
            if (n == 0) {
                robot.interact(table::requestFocus);
            }
            while (WindowDriver.onFx(() -> table.getSelectionModel().getSelectedIndex()) < at) {
                robot.type(KeyCode.DOWN);
            }
            window.settled();
            press(robot, KeyCode.TAB, "stance");
            if (n == 0) {
                // The list of stances opened and shut with Escape: she stays on Hållning.
                javafx.scene.control.ComboBox<?> stance = robot.lookup("#stance").queryComboBox();
                robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
                waitUntil(stance::isShowing);
                robot.type(KeyCode.ESCAPE);
                waitUntil(() -> !stance.isShowing() && "stance".equals(focused()), () -> "focused: " + focused());
            }
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            press(robot, KeyCode.TAB, "speaker");
            robot.write("Lena Ek");
            press(robot, KeyCode.TAB, "arguments");
            robot.write("Bra för barnen i Åby.");
            press(robot, KeyCode.TAB, "notes");
            robot.write("Fråga om kostnaden.");
            press(robot, KeyCode.TAB, "reviewed");
            robot.type(KeyCode.SPACE);
            press(robot, KeyCode.TAB, "position-save");
            robot.type(KeyCode.SPACE);
            window.settled();
            // Back up the form the way she came, and Escape to the list, to go on to the next item.
            for (String field : List.of("reviewed", "notes", "arguments")) {
                robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
                waitUntil(() -> field.equals(focused()), () -> "focused: " + focused());
            }
            press(robot, KeyCode.ESCAPE, "group-table");
            assertThat(table.getSelectionModel().getSelectedIndex()).as("the item she came from").isEqualTo(at);
            window.snapshot(robot, "walk29-1" + (++n) + "-group-row");
        }
        assertThat(n).as("pending items").isPositive();
        window.close(robot);
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        TableView<GroupRow> after = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> !after.getItems().isEmpty());
        window.settled();
        window.snapshot(robot, "walk29-19-group-restart");
        assertThat(after.getItems().stream().filter(GroupRow::needsPosition).map(GroupRow::position))
                .allSatisfy(p -> {
                    assertThat(p.stance()).isNotNull();
                    assertThat(p.speaker()).isEqualTo("Lena Ek");
                    assertThat(p.arguments()).isEqualTo("Bra för barnen i Åby.");
                    assertThat(p.notes()).isEqualTo("Fråga om kostnaden.");
                    assertThat(p.reviewed()).isTrue();
                });
    }

    /**
     * Walk29: an answer pasted from another program (a line separator, a byte-order mark, zero-width spaces) printed a
     * "?" for each invisible character the paper's font has no glyph for, in the text she reads aloud.
     */
    @Test
    void aPastedAnswerPrintsNoQuestionMarkForAnInvisibleCharacter(FxRobot robot) throws Exception {
        long id = openSvar(robot);
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent pasted = new javafx.scene.input.ClipboardContent();
            pasted.putString("\uFEFFEnligt förvaltningens PM:\tInsats\u2028Kostnad 120\u00a0000 kr\u200b per år."
                    + "\u2029Språkcafé\u2060 och mentorer.");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(pasted);
        });
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        robot.clickOn(text).press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.V).release(KeyCode.CONTROL);
        waitUntil(() -> text.getText().endsWith("mentorer."));
        window.settled();
        String paper = window.export(robot, se.ledamot.ui.brief.BriefExportViewModel.Kind.ANSWER, "#brief-matter",
                (Matter m) -> m.id() == id, folder.resolve("svar.pdf"));
        java.nio.file.Files.copy(folder.resolve("svar.pdf"), Path.of("target", "walk29-svar.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String answer = paper.substring(paper.indexOf("Enligt"), paper.indexOf("mentorer.") + "mentorer.".length());
        assertThat(answer).isEqualTo("Enligt förvaltningens PM: Insats Kostnad 120 000 kr\u200b per år. Språkcafé och "
                + "mentorer.");
        assertThat(paper).doesNotContain("?Enligt");
    }

    private se.ledamot.domain.meeting.Position stored(long item, String group) {
        return window.shell().context().services().positions().find(item, group)
                .orElse(se.ledamot.domain.meeting.Position.undecided(item, group));
    }

    /**
     * Walk29: under Bara ej bestämda she chose the stance and, at a pause in typing the speaker, the item left the list
     * as decided and the form went on to the next item: the rest of the name (", Omar Said") was written into the next
     * item's Talare. The item she has open stays until she goes on; then it leaves.
     */
    @Test
    void anItemDecidedUnderOnlyUndecidedStaysOpenUntilSheGoesOn(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.settled();
        TableView<GroupRow> table = window.openGroup(robot, "S");
        robot.clickOn("#only-undecided");
        window.settled();
        waitUntil(() -> table.getItems().stream().allMatch(GroupRow::undecided) && table.getItems().size() >= 2);
        long first = table.getItems().get(0).agenda().item().id();
        long second = table.getItems().get(1).agenda().item().id();
        robot.interact(table::requestFocus);
        robot.type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        press(robot, KeyCode.TAB, "stance");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        press(robot, KeyCode.TAB, "speaker");
        robot.write("Lena Ek");
        // She pauses: what she chose and typed is stored.
        WindowDriver.waitForStore(() -> "Lena Ek".equals(stored(first, "S").speaker()));
        window.settled();
        robot.write(", Omar Said");
        WindowDriver.waitForStore(() -> "Lena Ek, Omar Said".equals(stored(first, "S").speaker())
                || stored(second, "S").speaker() != null);
        window.settled();
        window.snapshot(robot, "walk29-21-only-undecided-typed");
        assertThat(stored(first, "S").speaker()).isEqualTo("Lena Ek, Omar Said");
        assertThat(stored(second, "S").speaker()).as("the next item's Talare").isNull();
        assertThat(table.getSelectionModel().getSelectedItem().agenda().item().id()).isEqualTo(first);
        // On to the next: the decided item leaves the list.
        robot.interact(table::requestFocus);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.agenda().item().id() == first));
        window.settled();
        window.snapshot(robot, "walk29-22-only-undecided-next");
        assertThat(table.getSelectionModel().getSelectedItem().agenda().item().id()).isEqualTo(second);
        assertThat(robot.lookup("#speaker").queryTextInputControl().getText()).isEmpty();
    }

    /** The scene y of a text's baseline. */
    private static double baseline(javafx.scene.text.Text text) {
        return text.localToScene(text.getLayoutBounds()).getMinY() + text.getBaselineOffset();
    }

    /**
     * Walk29: searching the register for the interpellation, the title with the word marked stood ~9 px above the
     * row's other texts (its marked words at the top of the row, the number and dates on the row's line).
     */
    @Test
    void aTitleWithTheSearchedWordMarkedStandsOnTheRowsLine(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        window.show(robot, RegisterScreen.ID);
        robot.clickOn("#search").write("integrationsenhet");
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        window.settled();
        WindowDriver.waitUntilStill(table);
        window.snapshot(robot, "walk29-31-register-marked");
        javafx.scene.control.TableRow<?> row = robot.lookup("#register-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && r.isVisible()).query();
        double[] lines = WindowDriver.onFx(() -> {
            double number = Double.NaN;
            double title = Double.NaN;
            for (javafx.scene.Node n : row.lookupAll(".table-cell")) {
                if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible()) {
                    if ("Nummer".equals(cell.getTableColumn().getText())) {
                        number = baseline((javafx.scene.text.Text) cell.lookup(".text"));
                    } else if (cell.getGraphic() instanceof javafx.scene.text.TextFlow flow) {
                        title = baseline((javafx.scene.text.Text) flow.getChildren().getFirst().lookup(".text"));
                    }
                }
            }
            return new double[] {number, title};
        });
        assertThat(lines[1]).as("the marked title's baseline beside Nummer's (%s)", lines[0])
                .isCloseTo(lines[0], org.assertj.core.data.Offset.offset(1.5));
    }

    /** The window on the sample data, at Svar, with the matter it opens on chosen: its id. */
    private long openSvar(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        window.show(robot, AnswerScreen.ID);
        ListView<Matter> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null);
        window.settled();
        return list.getSelectionModel().getSelectedItem().id();
    }
}
