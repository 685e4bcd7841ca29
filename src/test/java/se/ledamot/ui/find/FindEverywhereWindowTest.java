package se.ledamot.ui.find;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.screenshot;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/**
 * Drives the real window over the generator's municipality: Ctrl+K, typing, Up and Down, Enter landing on the
 * screen that shows the hit with it chosen, Escape giving the keys back.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class FindEverywhereWindowTest {
    @TempDir
    static Path generated;

    @TempDir
    Path folder;

    private MainWindow shell;

    @BeforeAll
    static void generate() {
        try (Ledamot app = Ledamot.open(generated, TestContext.CLOCK)) {
            app.generate().generate(300, 15, n -> { }, n -> { });
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        Platform.setImplicitExit(false);
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path f : files.toList()) {
                Path to = folder.resolve(generated.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell.stage().isShowing()) {
                shell.requestClose();
            }
        });
    }

    private FindView overlay(FxRobot robot) {
        return robot.lookup("#find-overlay").queryAs(FindView.class);
    }

    private ListView<FindRow> results(FxRobot robot) {
        return robot.lookup("#find-results").queryListView();
    }

    private FindRow selectedRow(FxRobot robot) {
        return onFx(() -> results(robot).getSelectionModel().getSelectedItem());
    }

    /** Ctrl+K, the text typed over what was there, and the hits for it shown. */
    private List<Hit> search(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> overlay(robot).isVisible() && overlay(robot).field().isFocused());
        robot.write(text);
        FindViewModel vm = overlay(robot).viewModel();
        // Not asking any more: the same text searched before was answered already, and its rows went on being
        // replaced by this typing's answer while the test moved down them.
        waitUntil(() -> !vm.askingProperty().get() && vm.answeredProperty().get().equals(text)
                && !vm.rows().isEmpty());
        return onFx(vm::hits);
    }

    /** Down until the hit chosen is the {@code nth} (from 0) of its type; each Down moves one hit on. */
    private Hit downTo(FxRobot robot, HitType type, int nth) {
        List<Hit> hits = onFx(() -> overlay(robot).viewModel().hits());
        Hit wanted = hits.stream().filter(h -> h.type() == type).skip(nth).findFirst().orElseThrow();
        int from = hits.indexOf(selectedRow(robot).hit());
        for (int i = from; i < hits.indexOf(wanted); i++) {
            robot.type(KeyCode.DOWN);
            Hit expected = hits.get(i + 1);
            waitUntil(() -> {
                FindRow row = results(robot).getSelectionModel().getSelectedItem();
                return row != null && row.hit() == expected;
            });
        }
        return wanted;
    }

    private Screen current() {
        return onFx(() -> shell.currentScreen().orElseThrow());
    }

    @Test
    void ctrlKTypeDownAndEnterOpenTheMatterInTheRegister(FxRobot robot) throws IOException {
        // Half typed: the word being typed is the beginning of a word ("budgetram", "budgetramen", …).
        List<Hit> hits = search(robot, "budgetr");
        assertThat(hits.stream().map(Hit::type).distinct()).contains(HitType.MATTER, HitType.AGENDA_ITEM,
                HitType.ANSWER);
        // The best hit is chosen at once; the results are grouped under their type's heading.
        assertThat(selectedRow(robot).hit()).isEqualTo(hits.getFirst());
        assertThat(onFx(() -> results(robot).getItems().getFirst().isHeading())).isTrue();
        screenshot(robot, shell.stage().getScene(), "find-popup.png");

        Hit second = downTo(robot, HitType.MATTER, 1);
        robot.type(KeyCode.UP);
        waitUntil(() -> selectedRow(robot).hit() != second);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> selectedRow(robot).hit() == second);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !overlay(robot).isVisible() && current() instanceof RegisterScreen);
        RegisterScreen register = (RegisterScreen) current();
        waitUntil(() -> {
            MatterRow selected = register.registerViewModel().selectedProperty().get();
            return selected != null && selected.id() == second.id()
                    && Long.valueOf(second.id()).equals(register.editorViewModel().matterIdProperty().get());
        });
        // The keys are on the register's screen, not left in the hidden search field.
        waitUntil(() -> {
            Node owner = shell.stage().getScene().getFocusOwner();
            Node in = owner;
            while (in != null && in != register.view()) {
                in = in.getParent();
            }
            return in != null;
        });
    }

    @Test
    void aSnippetFromTheAttSatserShowsThemAsItemsEachWithItsAtt(FxRobot robot) throws IOException {
        Hit matter = search(robot, "redovisas fullm").stream().filter(h -> h.type() == HitType.MATTER).findFirst()
                .orElseThrow();
        assertThat(matter.snippet().text()).contains("att arbetet redovisas för fullmäktige").contains(" · att ");
        screenshot(robot, shell.stage().getScene(), "find-snippets.png");
    }

    @Test
    void escapeClosesAndGivesTheKeysBackAndCtrlFIsTheRegistersOwnSearchThere(FxRobot robot) {
        robot.interact(() -> shell.show(RegisterScreen.ID));
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn(table);
        waitUntil(table::isFocused);

        search(robot, "skolan");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !overlay(robot).isVisible() && table.isFocused());

        // Ctrl+F on the register: its own search field; on a screen without one: the search of everything.
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#search").queryAs(TextField.class).isFocused());
        assertThat(overlay(robot).isVisible()).isFalse();
        robot.interact(() -> shell.show("dashboard"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> overlay(robot).isVisible() && overlay(robot).field().isFocused());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !overlay(robot).isVisible());
    }

    @Test
    void meetingsAgendaItemsAnswersPartiesAndPeopleOpenWhereTheyAreShown(FxRobot robot) throws IOException {
        Hit meeting = search(robot, "kommunfullmäktige").getFirst();
        assertThat(meeting.type()).isEqualTo(HitType.MEETING);
        robot.type(KeyCode.ENTER);
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getSelectionModel().getSelectedItem() != null
                && meetings.getSelectionModel().getSelectedItem().id() == meeting.id());

        search(robot, "budgetram");
        Hit item = downTo(robot, HitType.AGENDA_ITEM, 0);
        robot.type(KeyCode.ENTER);
        ListView<se.ledamot.ui.meetings.AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> meetings.getSelectionModel().getSelectedItem().id().equals(item.meetingId())
                && agenda.getSelectionModel().getSelectedItem() != null
                && agenda.getSelectionModel().getSelectedItem().item().id() == item.id());

        search(robot, "budgetram");
        Hit answer = downTo(robot, HitType.ANSWER, 0);
        robot.type(KeyCode.ENTER);
        ListView<Matter> answers = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> answers.getSelectionModel().getSelectedItem() != null
                && answers.getSelectionModel().getSelectedItem().id() == answer.id());

        Hit party = search(robot, "Socialdemokraterna").getFirst();
        assertThat(party.type()).isEqualTo(HitType.PARTY);
        robot.type(KeyCode.ENTER);
        RegisterScreen register = shell.screen(RegisterScreen.class).orElseThrow();
        waitUntil(() -> current() == register && register.registerViewModel().partyFilter().equals(List.of("S")));

        Hit person = search(robot, "Svensson").getFirst();
        assertThat(person.type()).isEqualTo(HitType.PERSON);
        robot.type(KeyCode.ENTER);
        // The person filter, not a search for the name: exactly the matters the hit counts, nothing typed.
        Person who = new Person(person.label().substring(0, person.label().indexOf(" (")), person.party());
        int theirs = Integer.parseInt(person.number());
        var vm = register.registerViewModel();
        waitUntil(() -> who.equals(vm.personFilter().get()) && vm.queryProperty().get().isEmpty()
                && vm.partyFilter().isEmpty() && vm.visibleRows().size() == theirs);
        assertThat(theirs).isPositive();
        Button chip = robot.lookup("#person-filter").queryButton();
        assertThat(onFx(() -> chip.isVisible() && chip.getText().contains(person.label()))).isTrue();
        screenshot(robot, shell.stage().getScene(), "register-person.png");
        robot.clickOn(chip);
        waitUntil(() -> vm.personFilter().get() == null && vm.visibleRows().size() == vm.total());
        assertThat(onFx(chip::isVisible)).isFalse();
    }
}
