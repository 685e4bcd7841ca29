package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.service.DebateService;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * Issue 16.5 on one laptop (a data folder, no server), in the real window at 1280×800: she writes notes to a speaker
 * on Debatt while another window of the same folder saves other notes to that speaker. The conflict view says when
 * the other window saved the list, "Sparat i ett annat fönster … kl. 14.05", as it does for a matter (V43).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SpeakersTwoWindowsTest {
    private static final Speaker ANNA_EK = new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 3, "");

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;

    private void seed(Ledamot app) {
        item = MotionOnTheAgenda.seed(app);
        app.debates().saveSpeakers(item, app.debates().open(item).speakers().add(ANNA_EK));
    }

    @Test
    void theConflictOnTheSameSpeakersNotesSaysWhenTheOtherWindowSaved(FxRobot robot) throws Exception {
        window.open(robot);
        TableView<Speaker> speakers = openTheItem(robot);
        DebateService otherWindow = window.shell().context().services().debates();
        TextArea notes = robot.lookup("#speechText").queryAs(TextArea.class);

        // The other window saves notes to Anna Ek; she writes hers from the list she has on screen.
        Instant[] saved = new Instant[2];
        robot.interact(() -> {
            List<Speaker> copy = speakers.getItems().stream().toList();
            SpeakerList list = otherWindow.open(item).speakers();
            saved[0] = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            assertThat(otherWindow.saveSpeakers(item, copy, new SpeakerList(list.matter(), list.limits(),
                    List.of(ANNA_EK.withText("Den andras anteckning")))).conflict()).isFalse();
            saved[1] = Instant.now();
            speakers.getSelectionModel().select(0);
            notes.setText("Annas anteckning");
        });
        robot.clickOn("#saveSpeechText");
        Window view = WindowDriver.conflictView(robot);

        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("Talarlistan");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .isEqualTo("Anna Ek (S) – Anförande, 3 min: Den andras anteckning");
        String heading = robot.lookup("#conflict-theirs-label").queryAs(Label.class).getText();
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("HH.mm").withZone(TestContext.CLOCK.getZone());
        assertThat(heading).startsWith("Sparat i ett annat fönster ")
                .containsAnyOf("kl. " + minute.format(saved[0]), "kl. " + minute.format(saved[1]));
        WindowDriver.screenshot(robot, view.getScene(), "speakers-two-windows-conflict.png");
        window.snapshot(robot, "speakers-two-windows");

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !view.isShowing());
        DebateService services = window.shell().context().services().debates();
        waitForStore(() -> services.open(item).speakers().speakers()
                .equals(List.of(ANNA_EK.withText("Annas anteckning"))));
    }

    /** Debatt with the meeting and its item chosen, as a person does; the list of speakers shown. */
    private TableView<Speaker> openTheItem(FxRobot robot) {
        MotionOnTheAgenda.open(window, robot, item);
        TableView<Speaker> speakers = robot.lookup("#speakers").queryTableView();
        waitUntil(() -> speakers.getItems().equals(List.of(ANNA_EK)));
        window.settled();
        return speakers;
    }
}
