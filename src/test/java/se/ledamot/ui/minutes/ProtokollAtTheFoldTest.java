package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.look.CutOffText;

/**
 * Protokoll as the walk (walk15) met it at 1280x800 and 1000x650: the settings tab's save lay below the fold and its
 * message stayed under the other tabs, Paragrafer's list and the chosen § cut their long titles, and with no § chosen
 * the vote table asked for an attendance that was filled.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ProtokollAtTheFoldTest {
    private static final String LONG_MOTION = "Motion från Jan Alexandersson (V) och Emma Ramhult (V) om att upprätta"
            + " en plan för trygga cykelvägar till skolorna";
    private static final String LONG_REMISS = "Remiss: Frivilligorganisationer en resurs för kommunens arbete med"
            + " trygghet och krisberedskap";

    private static final String FREE_TEXT = "Information från kommundirektören om budgetläget inför 2027";

    @TempDir
    Path folder;

    private long meetingId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private void seed(Ledamot app) {
        List<Long> matters = new ArrayList<>();
        for (String title : List.of(LONG_MOTION, LONG_REMISS)) {
            matters.add(app.matters().add(Matter.newMatter(MatterKind.MOTION, title)
                    .submitted(LocalDate.parse("2026-03-01")).authors(List.of(Person.parse("Jan Alexandersson (V)")))
                    .proposals(List.of("kommunen bygger cykelvägar")).status(Status.PREPARED).build()).id());
        }
        meetingId = StoryWindow.plannedMeeting(app);
        app.meetings().addMatters(meetingId, matters);
        app.meetings().addText(meetingId, FREE_TEXT);
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council)
                .withChair(Person.parse("Åsa Öst (S)")).withSecretary("Anna Berg").withSeats(List.of(
                        Seat.member("Åsa Öst (S)"), Seat.member("Jan Alexandersson (V)"),
                        Seat.member("Östen Müller (M)"), Seat.substitute("Emma Ramhult (V)")))));
    }

    private void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.shell().stage().setWidth(width);
            window.shell().stage().setHeight(height);
        });
        window.settled();
    }

    private static void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    @Test
    void theSettingsTabKeepsItsSaveInSightAndItsMessageToItself(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesSettingsOf(robot, meetingId);
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            size(robot, size[0], size[1]);
            Node save = robot.lookup("#settingsSave").query();
            List<String> found = new ArrayList<>();
            robot.interact(() -> {
                Bounds b = save.localToScene(save.getLayoutBounds());
                if (b.getMaxY() > save.getScene().getHeight() || b.getMinY() < 0) {
                    found.add("Spara inställningarna lies at " + Math.round(b.getMinY()) + "–"
                            + Math.round(b.getMaxY()) + " of " + Math.round(save.getScene().getHeight()));
                }
                for (Node n = save.getParent(); n != null; n = n.getParent()) {
                    if (n instanceof ScrollPane) {
                        found.add("Spara inställningarna scrolls with the form");
                    }
                }
            });
            assertThat(found).as("at %sx%s", size[0], size[1]).isEmpty();
        }
        window.snapshot(robot, "protokoll-settings-1000");
        size(robot, 1280, 800);
        window.snapshot(robot, "protokoll-settings");
        // Each save says what it saves: the meeting's protokoll above, the settings of every meeting's papers here.
        assertThat(robot.lookup("#saveMinutes").queryLabeled().getText()).isEqualTo("Spara protokollet");
        assertThat(robot.lookup("#settingsSave").queryLabeled().getText()).isEqualTo("Spara inställningarna");
        assertThat(robot.lookup("#settingsSaveHint").queryLabeled().getText()).contains("alla sammanträden");

        robot.clickOn("#settingsWebcast").write("stenungsund.se/webbtv");
        robot.clickOn("#settingsSave");
        Label said = robot.lookup("#settingsStatus").queryAs(Label.class);
        waitUntil(() -> said.getText().equals("Inställningarna är sparade."));
        tab(robot, "minutesTabMeeting");
        assertThat(robot.lookup("#minutesStatus").queryLabeled().getText()).doesNotContain("Inställningarna");
    }

    @Test
    void paragrafersListAndTitleShowWholeWordsAndTheVoteAsksForAParagraph(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesOf(robot, meetingId);
        robot.clickOn("#fillAttendance");
        waitUntil(() -> robot.lookup("#attendees").queryAs(TableView.class).getItems().size() == 4);
        window.settled(); // the attendance's save reads the list again, and took the § chosen before it came
        tab(robot, "minutesTabItems");
        ListView<EntryRow> list = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(e -> e.toString().contains("trygga cykelvägar")));

        // No § chosen: the vote table waits for one, it does not send her to an attendance already filled.
        TableView<?> voters = robot.lookup("#voters").queryAs(TableView.class);
        assertThat(((Label) voters.getPlaceholder()).getText()).isEqualTo(Localization.get("minutes.ui.vote.noItem"));

        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().contains("trygga cykelvägar")).<Node>query());
        window.settled();
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryLabeled().getText().contains("trygga cykelvägar"),
                () -> "title '" + robot.lookup("#minutesItemTitle").queryLabeled().getText() + "', chosen "
                        + list.getSelectionModel().getSelectedItem());
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            size(robot, size[0], size[1]);
            List<String> found = new ArrayList<>();
            robot.interact(() -> {
                list.lookupAll(".scroll-bar").stream().filter(n -> n.isVisible()
                        && ((ScrollBar) n).getOrientation() == Orientation.HORIZONTAL)
                        .forEach(n -> found.add("the list scrolls sideways"));
                Bounds room = list.localToScene(list.getLayoutBounds());
                list.lookupAll(".list-cell").stream().filter(n -> n instanceof ListCell<?> c && c.getItem() != null)
                        .forEach(n -> {
                            Bounds cell = n.localToScene(n.getLayoutBounds());
                            if (cell.getMaxX() > room.getMaxX() + 0.5) {
                                found.add(((ListCell<?>) n).getText() + " runs past the list's edge");
                            }
                            Node shown = ((ListCell<?>) n).getGraphic();
                            if (shown != null && shown.getLayoutBounds().getHeight() > cell.getHeight() + 0.5) {
                                found.add(((ListCell<?>) n).getText() + " is higher than its row");
                            }
                        });
                CutOffText.in(list).forEach(found::add);
                CutOffText.in(robot.lookup("#minutesItemTitle").query()).forEach(found::add);
            });
            window.snapshot(robot, "protokoll-paragrafer-" + (int) size[0]);
            assertThat(found).as("at %sx%s", size[0], size[1]).isEmpty();
        }
    }

    /**
     * Walk23: at 1280x800 the reservation's names field showed "Namn (PARTI), Na" of its example. Every empty field
     * of a chosen § shows its whole example, there and at 1000x650.
     */
    @Test
    void theExamplesInTheParagraphsFieldsAreWhole(FxRobot robot) throws Exception {
        examplesWhole(robot, "trygga cykelvägar", "protokoll-examples-");
    }

    /**
     * Walk24 saw a free-text item's example cut at its end: the § of a free-text item shows every field's example
     * whole, the decision's text area's too (it wraps), at 1280x800 and 1000x650.
     */
    @Test
    void theExamplesOfAFreeTextItemsFieldsAreWhole(FxRobot robot) throws Exception {
        examplesWhole(robot, "kommundirektören", "protokoll-free-text-");
    }

    private void examplesWhole(FxRobot robot, String chosen, String shots) throws Exception {
        window.open(robot);
        window.minutesOf(robot, meetingId);
        tab(robot, "minutesTabItems");
        ListView<EntryRow> list = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(e -> e.toString().contains(chosen)));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.toString().contains(chosen)).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryLabeled().getText().contains(chosen));
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            size(robot, size[0], size[1]);
            window.snapshot(robot, shots + (int) size[0]);
            Node form = robot.lookup("#minutesItemTitle").query().getParent();
            List<String> found = new ArrayList<>();
            robot.interact(() -> form.lookupAll(".text-input").stream()
                    .filter(n -> n instanceof TextInputControl f && f.isVisible() && f.getText().isEmpty()
                            && f.getPromptText() != null && !f.getPromptText().isBlank())
                    .map(n -> (TextInputControl) n).forEach(f -> exampleCut(f).ifPresent(found::add)));
            // The form scrolled to its decision, to look at the example written in the decision's field.
            robot.interact(() -> {
                for (Node n = form; n != null; n = n.getParent()) {
                    if (n instanceof ScrollPane pane) {
                        Node text = form.lookup("#decisionText");
                        double top = form.sceneToLocal(text.localToScene(text.getBoundsInLocal())).getMinY() - 60;
                        pane.setVvalue(Math.clamp(top / (form.getLayoutBounds().getHeight()
                                - pane.getViewportBounds().getHeight()), 0.0, 1.0));
                        break;
                    }
                }
            });
            window.snapshot(robot, shots + (int) size[0] + "-decision");
            assertThat(found).as("at %sx%s", size[0], size[1]).isEmpty();
        }
    }

    /** What a field leaves out of its example: on a line of a text field, or on the lines of a text area. */
    private static Optional<String> exampleCut(TextInputControl f) {
        Text example = new Text(f.getPromptText());
        example.setFont(f.getFont());
        double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
        if (f instanceof TextArea area) {
            // The example as the skin draws it, against the area's inside: cut where it runs past either edge.
            Bounds inside = area.localToScene(area.getLayoutBounds());
            return area.lookupAll(".text").stream().filter(n -> n instanceof Text t
                    && f.getPromptText().equals(t.getText()) && t.isVisible()).findFirst().map(n -> {
                        Bounds drawn = n.localToScene(n.getLayoutBounds());
                        return drawn.getMaxX() > inside.getMaxX() - area.snappedRightInset() + 0.5
                                || drawn.getMaxY() > inside.getMaxY() - area.snappedBottomInset() + 0.5
                                ? "#" + f.getId() + " draws \"" + f.getPromptText() + "\" " + Math.round(
                                        drawn.getWidth()) + "x" + Math.round(drawn.getHeight()) + " px in "
                                        + Math.round(inside.getWidth()) + "x" + Math.round(inside.getHeight()) : null;
                    });
        }
        return example.getLayoutBounds().getWidth() > room + 0.5 ? Optional.of("#" + f.getId() + " shows "
                + Math.round(room) + " px of \"" + f.getPromptText() + "\" ("
                + Math.round(example.getLayoutBounds().getWidth()) + " px)") : Optional.empty();
    }
}
