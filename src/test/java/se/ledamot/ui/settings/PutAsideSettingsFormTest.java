package se.ledamot.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on the council's rules survives the window: she ticked May where
 * another secretary had just stored March only, and chose later; the window is closed (the folder's database with it)
 * without her choosing. Opened again, Inställningar asks again with her months, the form shows them and her choice is
 * stored and no longer kept. The close question calls it kept only once it is written.
 */
class PutAsideSettingsFormTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private SettingsViewModel vm;
    private final List<List<Conflict>> asked = new ArrayList<>();

    /** A window on the folder with Inställningar shown. */
    private void openScreen() {
        test = new TestContext(folder);
        disk = new ManualTaskExecutor();
        vm = new SettingsViewModel(new AppContext(test.services, test.dialogs, disk, () -> test.debouncer,
                new WriterPreferences(test.preferencesNode)));
        vm.setOnConflicts(asked::add);
        vm.load();
        disk.runAll();
    }

    /** She ticks May over the rules as shown; the other's {@code theirs} only is stored meanwhile; her save meets it. */
    private void herMonthsMeetTheOthers(Month theirs) {
        openScreen();
        CouncilRules copy = stored();
        assertThat(test.services.settings().save(copy, copy.withReportMonths(Set.of(theirs))).conflicts())
                .isEmpty();
        vm.reportMonthProperty(Month.MAY).set(true);
        test.debouncer.fire();
        disk.runNext();
        assertThat(asked).hasSize(1);
    }

    @BeforeEach
    void herMonthsPutAsideAndTheWindowClosed() {
        herMonthsMeetTheOthers(Month.MARCH);
        disk.runAll();
        // "Välj senare": nothing chosen; the window closes (she said yes to closing) and the database with it.
        test.close();
        asked.clear();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private CouncilRules stored() {
        return test.services.settings().rules();
    }

    @Test
    void openedAgainItAsksWithHerMonthsShowsThemAndStoresHerChoice() {
        openScreen();

        assertThat(asked).isNotEmpty();
        Conflict c = asked.getLast().getFirst();
        assertThat(c.field()).isEqualTo("report_months");
        assertThat(c.mine()).isEqualTo("april, maj, oktober");
        assertThat(c.theirs()).isEqualTo("mars");
        assertThat(vm.reportMonthProperty(Month.MAY).get()).isTrue();
        assertThat(vm.reportMonthProperty(Month.MARCH).get()).isFalse();
        assertThat(vm.problemProperty().get()).contains("inte sparat", "Fullmäktiges regler");
        assertThat(vm.keptAside()).containsExactly("Fullmäktiges regler (Inställningar)");
        assertThat(stored().reportMonths()).containsExactly(Month.MARCH);

        vm.choose(c, Resolution.MINE, () -> { });
        disk.runAll();
        assertThat(stored().reportMonths()).containsExactlyInAnyOrder(Month.APRIL, Month.MAY, Month.OCTOBER);
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(vm.keptAside()).isEmpty();
    }

    @Test
    void keptThroughAnotherCloseAndForgottenOnceTheOtherTookHerMonths() {
        openScreen();
        assertThat(asked).isNotEmpty();
        test.close();
        asked.clear();

        test = new TestContext(folder);
        CouncilRules copy = stored();
        test.services.settings().save(copy, copy.withReportMonths(Set.of(Month.APRIL, Month.MAY, Month.OCTOBER)));
        test.close();
        openScreen();

        assertThat(asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.reportMonthProperty(Month.MAY).get()).isTrue();
        assertThat(test.services.putAside().waiting()).isEmpty();
    }

    @Test
    void aChoiceWhoseWriteDidNotGoThroughIsNotCalledKept() {
        openScreen();
        disk.runAll();
        test.services.putAside().waiting().forEach(a -> test.services.putAside().forget(a.form(), a.key()));
        test.close();
        asked.clear();

        herMonthsMeetTheOthers(Month.JUNE);
        assertThat(vm.keptAside()).as("not written yet").isEmpty();
        test.services.close();
        // The write fails; the window's executor says it in a notice (here: thrown).
        assertThatThrownBy(disk::runAll).hasMessageContaining("store.folder");
        assertThat(vm.keptAside()).as("the write failed: closing must say it is lost").isEmpty();
    }
}
