package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Seams a new user met in the window with the sample data (the walk, closing note 11), each across screens as she
 * goes: Svar's version made on leaving it, Partigrupp's group in Exportera underlag, the meeting Debatt opens with,
 * Protokoll's example of a decision in the item's own words, and the decisions the editor offers an interpellation.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NewUserSeamsWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder);

    @BeforeEach
    void openWithTheSamples(FxRobot robot) {
        window.open(robot);
        waitUntil(() -> window.shell().context().mattersRevision().get() > 0);
        window.settled();
    }

    @Test
    void aVersionKeptOnLeavingSvarSaysSheLeftTheAnswer(FxRobot robot) {
        window.show(robot, AnswerScreen.ID);
        ListView<Matter> matters = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> matters.getItems().stream().anyMatch(m -> m.kind() == MatterKind.INTERPELLATION));
        robot.interact(() -> matters.getSelectionModel().select(matters.getItems().stream()
                .filter(m -> m.kind() == MatterKind.INTERPELLATION).findFirst().orElseThrow()));
        waitUntil(() -> !robot.lookup("#answerText").queryAs(TextArea.class).isDisabled());
        robot.clickOn("#answerText").write(" Arbetet fortsätter.");
        window.show(robot, RegisterScreen.ID);
        window.settled();
        window.show(robot, AnswerScreen.ID);
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> !versions.getItems().isEmpty());
        waitUntil(() -> robot.lookup("#versions .list-cell").queryAll().stream().map(n -> ((ListCell<?>) n).getText())
                .anyMatch(t -> t != null && t.contains("När du lämnade svaret")), () -> "versions: "
                + robot.lookup("#versions .list-cell").queryAll().stream().map(n -> ((ListCell<?>) n).getText())
                        .toList());
        // Whole, in the side panel at 1280×800: the row wraps rather than hiding its end under a sideways scroll bar.
        assertThat(robot.lookup("#versions .scroll-bar").queryAll().stream().map(n -> (ScrollBar) n)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).noneMatch(Node::isVisible)).isTrue();
        look("svar-version");
    }

    @Test
    void svarOpensOnTheInterpellationChosenInArenden(FxRobot robot) {
        var services = window.shell().context().services();
        long chosen = services.matters().list().stream().filter(m -> m.kind() == MatterKind.INTERPELLATION)
                .reduce((first, last) -> last).orElseThrow().id();
        window.show(robot, RegisterScreen.ID);
        RegisterScreen register = window.shell().screen(RegisterScreen.class).orElseThrow();
        robot.interact(() -> register.registerViewModel().select(chosen));
        waitUntil(() -> Long.valueOf(chosen).equals(register.editorViewModel().matterIdProperty().get()));
        window.show(robot, AnswerScreen.ID);
        ListView<Matter> matters = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> matters.getSelectionModel().getSelectedItem() != null
                && matters.getSelectionModel().getSelectedItem().id() == chosen, () -> "selected in Svar: "
                + onFx(() -> matters.getSelectionModel().getSelectedItem()));
        waitUntil(() -> !robot.lookup("#answerText").queryAs(TextArea.class).isDisabled());
    }

    @Test
    void exportaUnderlagTakesTheGroupChosenInPartigrupp(FxRobot robot) {
        window.show(robot, GroupScreen.ID);
        TextInputControl group = robot.lookup("#group-code").queryTextInputControl();
        robot.interact(group::clear);
        robot.clickOn(group).write("V").type(javafx.scene.input.KeyCode.ENTER);
        window.settled();
        robot.interact(() -> window.shell().fileMenu().getItems().stream()
                .filter(i -> "menu-brief".equals(i.getId())).findFirst().orElseThrow().fire());
        TextInputControl briefGroup = robot.lookup("#brief-group").queryTextInputControl();
        assertThat(onFx(() -> briefGroup.getText())).isEqualTo("V");
        look("export-group");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void debattOpensWithTheNextMeetingChosen(FxRobot robot) {
        window.show(robot, DebateScreen.ID);
        ComboBox<Meeting> meetings = robot.lookup("#debateMeetings").queryComboBox();
        waitUntil(() -> meetings.getValue() != null, () -> "meetings " + meetings.getItems());
        Meeting next = onFx(() -> meetings.getItems().stream()
                .filter(m -> !m.date().isBefore(TestContext.CLOCK.instant().atZone(TestContext.CLOCK.getZone())
                        .toLocalDate()))
                .min(java.util.Comparator.comparing(Meeting::date)).orElseThrow());
        assertThat(onFx(meetings::getValue)).isEqualTo(next);
        ListView<?> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> !items.getItems().isEmpty());
        look("debatt");
    }

    /** Walk (walkcllr): at 1280×800 Debatt's list cut long titles ("Frivilligorganisationer en resur…"). */
    @Test
    void debattListsWholeItemTitles(FxRobot robot) {
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
        });
        window.show(robot, DebateScreen.ID);
        ListView<?> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> !items.getItems().isEmpty());
        robot.interact(items::layout);
        assertThat(onFx(() -> se.ledamot.ui.look.CutOffText.in(items))).isEmpty();
        assertThat(onFx(() -> items.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).count())).isZero();
    }

    /** Walk (walkcllr): the editor showed Att-satser for an interpellation, a field the kind does not have. */
    @Test
    void theEditorShowsAnInterpellationsQuestionsAndNoAttSatser(FxRobot robot) {
        var services = window.shell().context().services();
        long interpellation = services.matters().list().stream().filter(m -> m.kind() == MatterKind.INTERPELLATION
                && m.proposals().isEmpty()).findFirst().orElseThrow().id();
        window.show(robot, RegisterScreen.ID);
        RegisterScreen register = window.shell().screen(RegisterScreen.class).orElseThrow();
        robot.interact(() -> register.registerViewModel().select(interpellation));
        waitUntil(() -> Long.valueOf(interpellation).equals(register.editorViewModel().matterIdProperty().get()));
        waitUntil(() -> robot.lookup("#questions").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(onFx(() -> robot.lookup("#proposals").query().isVisible())).isFalse();
    }

    @Test
    void protokollsDecisionExampleIsInTheItemsOwnWords(FxRobot robot) {
        var services = window.shell().context().services();
        long meeting = services.meetings().list().stream().filter(m -> services.papers().papers(m.id()).entries()
                .stream().anyMatch(e -> e.matter() != null && e.matter().kind() == MatterKind.REFERRAL))
                .findFirst().orElseThrow().id();
        window.minutesOf(robot, meeting);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabItems".equals(t.getId())).findFirst().orElseThrow()));
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        TextArea decision = robot.lookup("#decisionText").queryAs(TextArea.class);
        assertThat(prompt(robot, items, decision, MatterKind.REFERRAL)).contains("remissen").doesNotContain("motion");
        look("protokoll-remiss");
        assertThat(prompt(robot, items, decision, MatterKind.MOTION)).contains("bifalla motionen");
    }

    private static String prompt(FxRobot robot, ListView<EntryRow> items, TextArea decision,
            MatterKind kind) {
        waitUntil(() -> items.getItems().stream().anyMatch(r -> r.kind() == kind), () -> "items " + items.getItems());
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream().filter(r -> r.kind() == kind)
                .findFirst().orElseThrow()));
        return onFx(() -> decision.getPromptText());
    }

    /** The whole screen as the X server shows it (what a person sees), in target/ to look at, when ImageMagick is. */
    private static void look(String name) {
        try {
            new ProcessBuilder("import", "-window", "root", "target/seams-" + name + ".png").inheritIO().start()
                    .waitFor();
        } catch (java.io.IOException noImageMagick) {
            // Only a picture to look at: the test has checked what it checks.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The councillor's walk (walkcllr): the editor's Beslut offered the sample interpellation Bifall, Avslag and
     * Återremiss. An interpellation gets no decision on its substance; the motion beside it still gets every one, and
     * shows the one it has after going to the interpellation and back.
     */
    @Test
    void anInterpellationIsOfferedNoApprovalAndTheMotionKeepsItsDecision(FxRobot robot) {
        window.show(robot, RegisterScreen.ID);
        TableView<MatterRow> register = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> register.getItems().size() == 4 && register.getItems().stream().allMatch(MatterRow::isLoaded));
        ComboBox<Decision> decision = robot.lookup("#decision").queryComboBox();

        choose(robot, register, "Motion");
        robot.interact(() -> decision.setValue(Decision.APPROVED));

        choose(robot, register, "Interpellation");
        waitUntil(() -> !decision.getItems().contains(Decision.APPROVED));
        assertThat(onFx(() -> decision.getItems())).doesNotContain(Decision.REJECTED, Decision.PARTLY_APPROVED,
                Decision.REFERRED_BACK).contains(Decision.ANSWERED, Decision.TABLED);
        assertThat(onFx(decision::getValue)).isNull();

        choose(robot, register, "Motion");
        waitUntil(() -> decision.getValue() == Decision.APPROVED);
        ListCell<Decision> shown = onFx(decision::getButtonCell);
        waitUntil(() -> "Bifall".equals(shown.getText()), () -> "shown " + shown.getText() + ", value "
                + decision.getValue() + ", index " + decision.getSelectionModel().getSelectedIndex() + ", items "
                + decision.getItems());
    }

    /** Chooses the row of a kind and waits until the editor shows it. */
    private static void choose(FxRobot robot, TableView<MatterRow> register, String kind) {
        MatterRow row = onFx(() -> register.getItems().stream().filter(r -> r.kindProperty().get().equals(kind))
                .findFirst().orElseThrow());
        robot.interact(() -> register.getSelectionModel().select(row));
        TextInputControl title = robot.from(robot.lookup("#register-split").queryParent()).lookup("#title")
                .queryAs(TextInputControl.class);
        waitUntil(() -> row.title().equals(title.getText()));
    }
}
