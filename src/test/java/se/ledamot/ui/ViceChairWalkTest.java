package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.ui.meetings.MeetingsScreen;

/**
 * Round 27's seam, walked in the window: the secretary names the council's vice ordförande on Protokoll →
 * Inställningar (kept when she leaves the screen and over a restart), marks the ordförande away in the meeting's
 * attendance, and the chair on Sammanträdet, the protokoll's signature and its närvarolista name the first vice
 * ordförande, who presides when the ordförande is away (5 kap. 11 § kommunallagen, the arbetsordning's usual rule);
 * the protokoll named the absent ordförande. The protokoll is kept in target/ as vice27-protokoll.pdf.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ViceChairWalkTest {
    private static final String FIRST = "Helena Björk (M)";
    private static final String SECOND = "Olof Ström (C)";

    @TempDir
    Path folder;

    private long meeting;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> meeting = StoryWindow.plannedMeeting(app));

    @Test
    void theFirstViceOrdförandePresidesWhenTheOrdförandeIsMarkedAway(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesSettingsOf(robot, meeting);
        // The sample council's vice ordförande stand there; she types her council's over them.
        assertThat(text(robot, "#settingsFirstVice")).isEqualTo("Per Holm (M)");
        assertThat(text(robot, "#settingsSecondVice")).isEqualTo("Birgitta Svahn (C)");
        typeOver(robot, "#settingsFirstVice", FIRST);
        typeOver(robot, "#settingsSecondVice", SECOND);
        window.snapshot(robot, "vice27-01-settings");

        // Away and back, and a restart: what she typed is kept, as the tab's other fields are.
        window.show(robot, MeetingsScreen.ID);
        window.minutesSettingsOf(robot, meeting);
        window.settled();
        assertThat(text(robot, "#settingsFirstVice")).isEqualTo(FIRST);
        assertThat(text(robot, "#settingsSecondVice")).isEqualTo(SECOND);
        assertThat(storedKf().firstVice()).isEqualTo(Person.parse(FIRST));
        window.close(robot);
        window.open(robot);
        window.minutesSettingsOf(robot, meeting);
        waitUntil(() -> text(robot, "#settingsSecondVice").equals(SECOND));
        assertThat(text(robot, "#settingsFirstVice")).isEqualTo(FIRST);

        // The meeting: the council's seats fetched as present, the ordförande taken off the list (away).
        window.minutesTab(robot, "minutesTabMeeting");
        assertThat(text(robot, "#minutesChair")).isEqualTo("Anders Nilsson (S)");
        WindowDriver.clickShown(robot, "#fillAttendance");
        TableView<Attendee> attendees = robot.lookup("#attendees").queryTableView();
        waitUntil(() -> !attendees.getItems().isEmpty());
        window.settled();
        int ordförande = indexOf(attendees, "Anders Nilsson");
        robot.interact(() -> {
            attendees.requestFocus();
            attendees.getSelectionModel().select(ordförande);
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> indexOf(attendees, "Anders Nilsson") < 0);
        window.settled();
        waitUntil(() -> text(robot, "#minutesChair").equals(FIRST), () -> text(robot, "#minutesChair"));
        window.snapshot(robot, "vice27-02-ordforande-away");
        var services = window.shell().context().services();
        assertThat(services.papers().storedMinutes(meeting).chair()).isEqualTo(Person.parse(FIRST));

        window.dialogs.saveTo = folder.resolve("protokoll.pdf");
        WindowDriver.clickShown(robot, "#exportProtokoll");
        String protokoll = window.saved(folder.resolve("protokoll.pdf"));
        Files.copy(folder.resolve("protokoll.pdf"), Path.of("target", "vice27-protokoll.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(protokoll).containsSubsequence("Ordförande", FIRST, "Närvarolista", "Anders Nilsson (S)",
                "frånvarande", FIRST + " ordförande");
        assertThat(protokoll).doesNotContain("Anders Nilsson (S) ordförande");
        assertThat(window.dialogs.errors).isEmpty();
    }

    private static int indexOf(TableView<Attendee> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).person().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void typeOver(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryTextInputControl();
        robot.interact(field::clear);
        WindowDriver.clickShown(robot, query).write(text);
    }

    private BodyPapers storedKf() {
        var services = window.shell().context().services();
        Body kf = services.bodies().find("KF").orElseThrow();
        return services.papers().settings().of(kf);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }
}
