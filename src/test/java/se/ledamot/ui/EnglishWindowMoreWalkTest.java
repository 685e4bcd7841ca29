package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.importer.ImportScreen;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.settings.SettingsScreen;
import se.ledamot.ui.trash.TrashScreen;

/**
 * English26b: the screens the first English walk ({@link EnglishWindowWalkTest}) left, in the English window on a new
 * folder's sample data, at 1280×800 and at 1000×650: Overview, Debate (an item chosen), Settings, Import, Trash, the
 * search of everything (Ctrl+K), the menus and Help's two messages. Each screen's own words hold none of
 * {@link VisibleWords#SWEDISH}, no time written the Swedish way ("08.00") and nothing cut off. Pictures in
 * target/english26b-*.
 */
@WindowTest
@Isolated // it changes the language, which every test beside it would read
@ExtendWith(WindowRobot.class)
class EnglishWindowMoreWalkTest {
    /** A time of day the Swedish way, "08.00", where English writes "08:00" (not "1930:173", not "§ 16"). */
    private static final Pattern SWEDISH_CLOCK = Pattern.compile("\\b[0-2]\\d\\.[0-5]\\d\\b");

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data")).inTheLanguage(Localization.ENGLISH);

    /** A picture of the screen; its own words, each that is Swedish or cut off noted (with where it stands). */
    private List<String> look(FxRobot robot, String name, List<String> wrong) throws Exception {
        window.settled();
        window.snapshot(robot, "english26b-" + name);
        List<String> words = onFx(() -> VisibleWords.of(window.shell().stage().getScene().getRoot()));
        words.stream().filter(w -> VisibleWords.SWEDISH.matcher(w).find() || SWEDISH_CLOCK.matcher(w).find())
                .forEach(w -> wrong.add(name + ": " + w));
        onFx(() -> CutOffText.in(window.shell().stage().getScene().getRoot())).forEach(c -> wrong.add(name + ": " + c));
        return words;
    }

    @Test
    void theScreensTheFirstWalkLeftReadInEnglishAtBothSizes(FxRobot robot) throws Exception {
        List<String> wrong = new ArrayList<>();
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        // A sample in the trash: at 1000x650 its title read "Integrations och mottagningsarbetet ..." beside an empty
        // Number column as wide.
        var services = window.shell().context().services();
        services.trash().trash(services.matters().list().stream().filter(m -> m.number() == null
                || m.number().isBlank()).findFirst().orElseThrow().id());
        // Seam: the menu read "Search everything …", the Swedish space before the ellipsis.
        List<String> menus = onFx(() -> VisibleWords.ofMenus(window.shell().menuBar()));
        assertThat(menus).contains("Search everything…").noneMatch(m -> m.endsWith(" …"))
                .noneMatch(m -> VisibleWords.SWEDISH.matcher(m).find());
        for (int[] size : new int[][] {{1280, 800}, {1000, 650}}) {
            robot.interact(() -> {
                window.shell().stage().setWidth(size[0]);
                window.shell().stage().setHeight(size[1]);
            });
            String at = "-" + size[0];
            window.show(robot, DashboardScreen.ID);
            look(robot, "a-overview" + at, wrong);

            window.show(robot, DebateScreen.ID);
            ListView<?> items = robot.lookup("#debateItems").queryListView();
            waitUntil(() -> !items.getItems().isEmpty());
            robot.interact(() -> items.getSelectionModel().selectFirst());
            waitUntil(() -> !robot.lookup("#speakerName").query().isDisabled());
            // Seam: the button read "Read a speech from a file …".
            assertThat(look(robot, "b-debate" + at, wrong)).contains("Read a speech from a file…");

            window.show(robot, SettingsScreen.ID);
            List<String> settings = look(robot, "c-settings" + at, wrong);
            // Seams: the rules read "By 08.00 on the 2th Monday before the meeting", "By 10 days before the meeting",
            // and the time's example "08.00".
            assertThat(settings).anyMatch(w -> w.startsWith("By 08:00 on the 2nd Monday before the meeting"))
                    .anyMatch(w -> w.startsWith("By 12:00 on the Thursday before the meeting"))
                    .anyMatch(w -> w.startsWith("No later than 10 days before the meeting"))
                    .noneMatch(w -> w.matches(".*\\b\\d+th Monday.*")).contains("08:00");

            window.show(robot, ImportScreen.ID);
            look(robot, "d-import" + at, wrong);
            window.show(robot, TrashScreen.ID);
            TableView<?> trash = robot.lookup("#trash-table").queryTableView();
            waitUntil(() -> !trash.getItems().isEmpty());
            look(robot, "e-trash" + at, wrong);

            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            TextField find = robot.lookup("#find-field").queryAs(TextField.class);
            waitUntil(() -> find.isVisible() && find.isFocused());
            look(robot, "f-find-empty" + at, wrong);
            robot.write("motion");
            ListView<?> hits = robot.lookup("#find-results").queryListView();
            waitUntil(() -> !hits.getItems().isEmpty());
            look(robot, "g-find" + at, wrong);
            assertThat(robot.lookup("#find-results .list-cell").queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText)).noneMatch(t -> t != null && VisibleWords.SWEDISH.matcher(t).find());
            // Seam (english27): the hits' days read as stored, "2026-07-25".
            assertThat(robot.lookup("#find-results .find-facts").queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText)).anyMatch(t -> t.matches(".*\\b\\d{1,2} [A-Z][a-z]+ \\d{4}\\b.*"))
                    .noneMatch(t -> t.matches(".*\\b\\d{4}-\\d{2}-\\d{2}\\b.*"));
            robot.type(KeyCode.ESCAPE);
        }
        assertThat(wrong).isEmpty();

        // Help: the keys and About, as the window says them (the dialogs are recorded).
        robot.interact(() -> window.shell().helpMenu().getItems().forEach(MenuItem::fire));
        assertThat(window.dialogs.notifications).anyMatch(n -> n.startsWith("Ctrl+N  new matter"))
                .anyMatch(n -> n.startsWith("Ledamot keeps track of council matters"))
                .noneMatch(n -> VisibleWords.SWEDISH.matcher(n).find() || SWEDISH_CLOCK.matcher(n).find());
        assertThat(window.dialogs.errors).isEmpty();
    }
}
