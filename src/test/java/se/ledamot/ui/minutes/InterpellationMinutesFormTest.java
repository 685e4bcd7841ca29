package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;

/**
 * An interpellation leads to no decision (5 kap. 59–63 §§ kommunallagen): its paragraph in Protokoll offers no
 * yrkanden, proposition, vote or reservation, says why in Swedish, and still takes the wording and the notes; a
 * motion's paragraph offers them all.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InterpellationMinutesFormTest {
    @TempDir
    Path folder;

    private Stage stage;
    private Ledamot app;
    private FxTaskExecutor tasks;
    private java.util.prefs.Preferences node;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void seed() {
        node = TestContext.testPreferences();
        try (Ledamot seeded = Ledamot.open(folder.resolve("data"), TestContext.CLOCK)) {
            Matter motion = seeded.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                    .submitted(LocalDate.parse("2026-03-01")).authors(List.of(Person.parse("Jan Alexandersson (V)")))
                    .proposals(List.of("kommunen bygger cykelvägar")).status(Status.PREPARED).build());
            Matter interpellation = seeded.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                    "Interpellation om busskort").submitted(LocalDate.parse("2026-10-20"))
                    .authors(List.of(Person.parse("Emma Ramhult (V)")))
                    .addressee(new Addressee("Åsa Öst", "S", "kommunstyrelsens ordförande"))
                    .questions(List.of("När kommer busskorten?")).status(Status.SUBMITTED).build());
            Meeting kf = seeded.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-11-16"),
                    LocalTime.of(18, 0), "Kommunhuset", MeetingStatus.PLANNED));
            seeded.meetings().addMatters(kf.id(), List.of(motion.id(), interpellation.id()));
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> stage.hide());
        tasks.close();
        app.close();
        node.removeNode();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            app = Ledamot.open(folder.resolve("data"), TestContext.CLOCK);
            RecordingDialogService dialogs = new RecordingDialogService();
            tasks = new FxTaskExecutor(e -> dialogs.notify(e.toString()));
            AppContext context = new AppContext(app, dialogs, tasks,
                    () -> new FxDebouncer(Duration.ofMillis(300), Duration.ofSeconds(3)), new WriterPreferences(node));
            MainWindow shell = new MainWindow(stage, context, new NotificationPane());
            MinutesScreen.install(shell);
            shell.show(MinutesScreen.ID);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
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
        open(robot);
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
        Path shot = Path.of("target", "minutes-interpellation.png");
        robot.interact(() -> {
            try {
                Files.createDirectories(shot.getParent());
                ImageIO.write(toAwt(stage.getScene().snapshot(null)), "png", shot.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        choose(robot, "cykelvägar");
        waitUntil(() -> !why.isVisible());
        assertThat(List.of("#addMotion", "#carried", "#saveVote", "#addReservation", "#saveDecision"))
                .noneMatch(q -> disabled(robot, q));
    }
}
