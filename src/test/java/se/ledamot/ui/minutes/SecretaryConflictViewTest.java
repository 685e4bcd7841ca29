package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.ItemMinutesMerge;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.AgendaViewModel;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.sync.ConflictView;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * The conflict view as a secretary meets it over a 1280×800 window when another secretary saved the same thing
 * meanwhile (issue 16.5): the meeting's minutes, the papers' settings, the agenda's order and an item's vote. Each page
 * says who saved what in words that hold on a server and on one data folder alike (no "server" when there is none),
 * and no heading, reason or button is cut off. Pictures of each page go to target/conflict-*.png.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SecretaryConflictViewTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final ViewWindow window = new ViewWindow(() -> folder);

    private TestContext test;
    private ManualTaskExecutor disk;
    private Meeting kf;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void aMeeting() {
        test = window.test();
        kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        disk = new ManualTaskExecutor();
    }

    @AfterEach
    void close() {
        Platform.runLater(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != window.stage())
                .forEach(Window::hide));
    }

    @Test
    void theMeetingsMinutesAndThePapersSettings(FxRobot robot) throws Exception {
        MinutesViewModel vm = new MinutesViewModel(new AppContext(test.services, test.dialogs, disk,
                () -> test.debouncer, new WriterPreferences(test.preferencesNode)));
        vm.setOnConflicts(asked::add);
        vm.settings().setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        var minutes = test.services.papers().minutes(kf.id());
        test.services.papers().saveMinutes(minutes, minutes.withTimes(LocalTime.of(18, 30), null).withAttendance(
                new Attendance(List.of(Attendee.other(new Person("Anna Ek", "S"), "åhörare")))));
        vm.form().opened().set("18.15");
        vm.attendance().name().set("Anna Ek (S)");
        vm.attendance().add();
        disk.runAll();
        var council = test.services.bodies().find("KF").orElseThrow();
        var settings = test.services.papers().settings();
        test.services.papers().saveSettings(settings, settings.withBody(settings.of(council).withSeats(List.of(
                Seat.member("Bo Ek (M)")))), council);
        vm.settings().members().set("Anna Ek (S)");
        vm.settings().save(() -> { });
        disk.runAll();

        List<Conflict> meeting = asked("minutes");
        assertThat(meeting).extracting(Conflict::field).containsExactly("opened", "attendance");
        shown(robot, meeting, "conflict-minutes");
        // Times as the form takes them and a protokoll prints them (kl. 18.30), not as the database keeps them.
        assertThat(robot.lookup("#conflict-theirs").queryTextInputControl().getText()).isEqualTo("18.30");
        assertThat(robot.lookup("#conflict-mine").queryTextInputControl().getText()).isEqualTo("18.15");
        shown(robot, List.of(meeting.get(1)), "conflict-attendance");
        assertThat(robot.lookup("#conflict-theirs").queryTextInputControl().getText())
                .isEqualTo("Anna Ek (S) – Övrig närvarande – åhörare");
        shown(robot, asked("paper_settings"), "conflict-settings");
    }

    /** The last conflicts asked of this kind. */
    private List<Conflict> asked(String entity) {
        return asked.reversed().stream().filter(list -> list.getFirst().entity().equals(entity)).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict of " + entity + " in " + asked));
    }

    @Test
    void theAgendasOrder(FxRobot robot) throws Exception {
        // Items of the secretary's own: the council's standard items (Upprop …) keep their places and are not moved.
        for (String text : List.of("Information från revisorerna", "Avsägelser", "Fyllnadsval")) {
            test.services.meetings().addText(kf.id(), text);
        }
        AgendaViewModel agenda = new AgendaViewModel(test.context);
        agenda.setOnConflicts(asked::add);
        agenda.meetingProperty().set(kf);
        List<Long> ids = test.services.meetings().agendaOf(kf.id()).entries().stream().map(e -> e.item().id())
                .toList();
        test.services.meetings().arrange(kf.id(), ids, List.of(ids.get(2), ids.get(0), ids.get(1)));
        agenda.move(agenda.items().stream().filter(r -> "Avsägelser".equals(r.heading())).findFirst().orElseThrow(),
                -1);

        shown(robot, asked.getFirst(), "conflict-agenda");
    }

    @Test
    void anItemsVote(FxRobot robot) throws Exception {
        ItemMinutes base = ItemMinutes.empty(1);
        Person anna = new Person("Anna Ek", "S");
        ItemMinutes theirs = base.withVote(new Vote("bifall till förslaget", "avslag",
                List.of(new Ballot(anna, Choice.YES)), null));
        ItemMinutes mine = base.withVote(new Vote("bifall till förslaget", "avslag",
                List.of(new Ballot(anna, Choice.NO)), null));
        RowMerge<ItemMinutes> merge = ItemMinutesMerge.of(base, mine, theirs);

        shown(robot, merge.shown("item_minutes", "1", "§ 5  Motion om simhallen", base, mine).stream()
                .map(c -> ItemConflicts.readable(c, base, mine, theirs)).toList(), "conflict-vote");
        assertThat(robot.lookup("#conflict-theirs").queryTextInputControl().getText())
                .isEqualTo("Ja: bifall till förslaget\nNej: avslag\nAnna Ek (S) – Ja");
    }

    /** Shows the conflicts, looks at the first page as a secretary would, and keeps its picture. */
    private void shown(FxRobot robot, List<Conflict> conflicts, String picture) throws Exception {
        ConflictView view = new ConflictView(window.stage(), (c, choice, text, after, failed) -> after.run());
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != window.stage()).forEach(Window::hide);
            view.show(conflicts);
        });
        waitUntil(() -> robot.lookup("#conflict-what").tryQuery().isPresent());
        Node page = robot.lookup("#sync-conflicts").query();
        WindowDriver.waitUntilStill(page);
        Window window = page.getScene().getWindow();
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = page.getScene().snapshot(null));
        Files.createDirectories(Path.of("target"));
        javax.imageio.ImageIO.write(WindowDriver.toAwt(shot[0]), "png", Path.of("target", picture + ".png")
                .toFile());

        // Another secretary saved it, on a server or in another window of the same folder: no "server" either way.
        List<Labeled> words = robot.lookup("#sync-conflicts .label").queryAllAs(Labeled.class).stream()
                .map(Labeled.class::cast).toList();
        assertThat(words).extracting(Labeled::getText).noneMatch(t -> t.toLowerCase().contains("server"));
        List<Labeled> buttons = robot.lookup("#sync-conflicts .button").queryAllAs(Labeled.class).stream()
                .map(Labeled.class::cast).toList();
        assertThat(buttons).extracting(Labeled::getText).noneMatch(t -> t.toLowerCase().contains("server"));
        for (Labeled l : concat(words, buttons)) {
            Text drawn = (Text) l.lookup(".text");
            assertThat(drawn.getText()).as("cut off: " + l.getText()).isEqualTo(l.getText());
            double right = l.localToScene(l.getBoundsInLocal()).getMaxX();
            assertThat(right).as("outside the window: " + l.getText()).isLessThanOrEqualTo(window.getWidth());
        }
    }

    private static List<Labeled> concat(List<Labeled> a, List<Labeled> b) {
        List<Labeled> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
