package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * The secretary's walk (defect 1): after Hämta ledamöter och ersättare, an ersättare on the list was made to serve for
 * an absent member only by Delete on her row and adding her again. Now she is chosen on the list, the member named
 * beside it, and Tjänstgör pressed, all from the keyboard; Ångra tjänstgöring undoes it.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ServingSubstituteWindowTest {
    @TempDir
    Path folder;

    private long meetingId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private void seed(Ledamot app) {
        meetingId = MinutesFlowTest.councilOn16November(app).id();
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council)
                .withChair(Person.parse("Åsa Öst (S)")).withSecretary("Anna Berg").withSeats(List.of(
                        Seat.member("Åsa Öst (S)"), Seat.member("Jan Alexandersson (V)"),
                        Seat.member("Östen Müller (M)"), Seat.substitute("Emma Ramhult (V)")))));
    }

    private Attendee stored(Ledamot app, String name) {
        return app.papers().minutes(meetingId).attendance().find(name).orElseThrow();
    }

    @Test
    void aFetchedErsättareServesForTheAbsentMemberAndStopsAgain(FxRobot robot) throws Exception {
        Ledamot app = window.open(robot).context().services();
        window.minutesOf(robot, meetingId);
        WindowDriver.clickShown(robot, "#fillAttendance");
        TableView<Attendee> attendees = robot.lookup("#attendees").queryTableView();
        waitUntil(() -> attendees.getItems().size() == 4 && robot.lookup("Östen Müller (M)").tryQuery().isPresent());
        WindowDriver.clickShown(robot, "Östen Müller (M)").type(KeyCode.DELETE);
        waitUntil(() -> attendees.getItems().size() == 3);
        window.settled();

        // Chosen on the list, the absent member offered beside it; typed, then Tjänstgör, from the keyboard.
        // Her row as drawn now (a cell that drew her before the delete may keep her name, out of sight).
        robot.clickOn(robot.lookup("#attendees .table-row-cell").match((javafx.scene.control.TableRow<Attendee> r) ->
                r.getItem() != null && r.getItem().person().name().equals("Emma Ramhult")).queryAs(
                        javafx.scene.control.TableRow.class));
        ComboBox<String> whom = robot.lookup("#servesFor").queryComboBox();
        waitUntil(() -> !whom.isDisabled(), () -> "chosen " + attendees.getSelectionModel().getSelectedItem()
                + " disabled " + whom.isDisabled() + " " + whom.isDisable());
        assertThat(whom.getItems()).containsExactly("Östen Müller (M)");
        robot.type(KeyCode.TAB);
        waitUntil(whom.getEditor()::isFocused);
        robot.write("Östen Müller (M)");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        WindowDriver.waitForStore(() -> stored(app, "Emma Ramhult").serving());
        assertThat(stored(app, "Emma Ramhult").replaces()).isEqualTo("Östen Müller (M)");
        waitUntil(() -> robot.lookup("Tjänstgörande ersättare").tryQuery().isPresent());
        assertThat(attendees.getSelectionModel().getSelectedItem().person().name()).isEqualTo("Emma Ramhult");
        assertThat(whom.getItems()).isEmpty();
        assertThat(whom.getEditor().getText()).as("whom the chosen ersättare serves for").isEqualTo("Östen Müller (M)");
        window.snapshot(robot, "minutes-serving");

        // The printed närvarolista: Östen Müller's seat with Emma Ramhult serving, and she is not among those present
        // without serving.
        Path pdf = folder.resolve("protokoll.pdf");
        window.dialogs.saveTo = pdf;
        WindowDriver.clickShown(robot, "#exportProtokoll");
        waitUntil(() -> robot.lookup("#minutesStatus").queryLabeled().getText().contains("protokoll.pdf"));
        String text = window.saved(pdf);
        java.nio.file.Files.copy(pdf, Path.of("target", "serving-protokoll.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(text).contains("Östen Müller (M) Emma Ramhult (V)").doesNotContain("Ersättare, ej tjänstgörande");

        // Undone: present, not serving.
        WindowDriver.clickShown(robot, "#stopServing");
        WindowDriver.waitForStore(() -> !stored(app, "Emma Ramhult").serving());
        waitUntil(() -> robot.lookup("Tjänstgörande ersättare").tryQuery().isEmpty());
        assertThat(whom.getItems()).containsExactly("Östen Müller (M)");

        // In a narrow window the line keeps its words whole (its buttons' minimum is their text).
        javafx.stage.Window stage = attendees.getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        window.settled();
        WindowDriver.reveal(robot, robot.lookup("#serveFor").query());
        assertThat(robot.lookup("#serveFor").queryButton().getWidth()).isGreaterThanOrEqualTo(
                robot.lookup("#serveFor").queryButton().prefWidth(-1) - 0.5);
        window.snapshot(robot, "minutes-serving-1000");
    }
}
