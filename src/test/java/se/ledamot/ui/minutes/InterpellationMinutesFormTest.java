package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * An interpellation leads to no decision (5 kap. 59–63 §§ kommunallagen): its paragraph in Protokoll offers no
 * yrkanden, proposition, vote or reservation, says why in Swedish, and still takes the wording and the notes; a
 * motion's paragraph offers them all.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class InterpellationMinutesFormTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), InterpellationMinutesFormTest::seed)
            .withScreens(MinutesScreen::install);

    private static void seed(Ledamot app) {
        Matter motion = MinutesFlowTest.motionOnCycleLanes(app);
        Matter interpellation = app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                "Interpellation om busskort").submitted(LocalDate.parse("2026-10-20"))
                .authors(List.of(Person.parse("Emma Ramhult (V)")))
                .addressee(new Addressee("Åsa Öst", "S", "kommunstyrelsens ordförande"))
                .questions(List.of("När kommer busskorten?")).status(Status.SUBMITTED).build());
        Meeting kf = MinutesFlowTest.councilOn16November(app);
        app.meetings().addMatters(kf.id(), List.of(motion.id(), interpellation.id()));
    }

    private static void choose(FxRobot robot, String title) {
        ListView<?> items = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> items.getItems().stream().anyMatch(i -> i.toString().contains(title)));
        int index = items.getItems().stream().map(Object::toString).toList().indexOf(items.getItems().stream()
                .map(Object::toString).filter(i -> i.contains(title)).findFirst().orElseThrow());
        robot.interact(() -> items.getSelectionModel().select(index));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains(title));
    }

    private static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).query().isDisabled();
    }

    @Test
    void anInterpellationsParagraphOffersNoMotionsVoteOrReservationAndSaysWhy(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Label why = robot.lookup("#minutesNoDecision").queryAs(Label.class);

        choose(robot, "busskort");
        waitUntil(why::isVisible);
        assertThat(why.getText().replace('\u00a0', ' '))
                .isEqualTo("Interpellationen besvaras och debatteras men leder inte till något "
                + "beslut, så här antecknas inga yrkanden, ingen omröstning och inga reservationer (5 kap. "
                + "59–64 §§ kommunallagen).");
        assertThat(List.of("#addMotion", "#carried", "#saveVote", "#addReservation"))
                .allMatch(q -> disabled(robot, q));
        assertThat(disabled(robot, "#saveDecision")).isFalse();
        assertThat(disabled(robot, "#addNote")).isFalse();
        window.snapshot(robot, "minutes-interpellation");

        choose(robot, "cykelvägar");
        waitUntil(() -> !why.isVisible());
        assertThat(List.of("#addMotion", "#carried", "#saveVote", "#addReservation", "#saveDecision"))
                .noneMatch(q -> disabled(robot, q));
    }
}
