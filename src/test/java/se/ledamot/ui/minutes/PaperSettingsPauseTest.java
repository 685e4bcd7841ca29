package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Protokoll's papers settings (the notice board, the council's chair, secretary, members …) were stored only on
 * Spara inställningarna, another meeting chosen or leaving the screen: typed and the program gone (a crash, the
 * battery), they were lost. They are stored when typing pauses, as the editor's text is, in the same lane, quietly.
 */
class PaperSettingsPauseTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(test.contextOn(disk));
        vm.settings().setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        assertThat(vm.settings().bodyName().get()).isEqualTo("Kommunfullmäktige");
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Body council() {
        return test.services.bodies().find("KF").orElseThrow();
    }

    private BodyPapers stored() {
        return test.services.papers().settings().of(council());
    }

    private void pause() {
        test.debouncer.fire();
        disk.runAll();
    }

    @Test
    void whatIsTypedIsStoredWhenTypingPausesAndStaysAsTyped() {
        vm.settings().secretary().set("Karin Dahl ");
        assertThat(test.debouncer.isPending()).as("the store waits for typing to pause").isTrue();
        pause();
        assertThat(stored().secretary()).isEqualTo("Karin Dahl");
        assertThat(vm.settings().secretary().get()).as("the space she just typed stays").isEqualTo("Karin Dahl ");

        vm.settings().noticeBoard().set("kommunens webbplats");
        pause();
        assertThat(test.services.papers().settings().noticeBoard()).isEqualTo("kommunens webbplats");
        assertThat(stored().secretary()).isEqualTo("Karin Dahl");
        assertThat(vm.settings().status().get()).as("a pause's store says nothing").isEmpty();
        assertThat(vm.error().get()).isEmpty();
        assertThat(vm.settings().typed()).isFalse();

        // Nothing typed since: nothing is stored again.
        pause();
        assertThat(disk.waiting()).isZero();
    }

    /** A chair typed that is no name is not stored at a pause; it stays, said as Spara says it, until typed right. */
    @Test
    void aNameThatIsNoNameIsNotStoredAtAPause() {
        vm.settings().chair().set("12 (S)");
        vm.settings().secretary().set("Karin Dahl");
        pause();
        assertThat(disk.waiting()).isZero();
        assertThat(stored().secretary()).isNull();
        assertThat(vm.settings().chair().get()).isEqualTo("12 (S)");
        assertThat(vm.error().get()).contains("12 (S)");

        vm.settings().chair().set("Anna Ek (S)");
        pause();
        assertThat(stored().chair().display()).isEqualTo("Anna Ek (S)");
        assertThat(stored().secretary()).isEqualTo("Karin Dahl");
        assertThat(vm.error().get()).isEmpty();
    }

    /** Another window stored another secretary: the pause's store asks once, not again at every pause after. */
    @Test
    void anotherWindowsChangeIsAskedOnceAtAPause() {
        PaperSettings copy = test.services.papers().settings();
        test.services.papers().saveSettings(copy, copy.withBody(copy.of(council()).withSecretary("Lars Berg")),
                council());
        vm.settings().secretary().set("Karin Dahl");
        pause();
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("secretary")));
        vm.settings().secretary().set("Karin Dahl Ek");
        pause();
        assertThat(asked).hasSize(1);
        assertThat(stored().secretary()).isEqualTo("Lars Berg");
    }
}
