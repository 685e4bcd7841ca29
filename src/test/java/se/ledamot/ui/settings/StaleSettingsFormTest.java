package se.ledamot.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * Issue 16.5 on the settings screen without a screen: the rules on it were changed by another secretary since they
 * were shown (the store's side, on PostgreSQL and on one folder, is StaleCouncilRulesTest). What is typed while a
 * save is away stays; the other's setting comes in; the same setting is asked in words and the choice is stored.
 */
class StaleSettingsFormTest {
    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private SettingsViewModel vm;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void theRulesOnScreen() {
        test = new TestContext(folder);
        disk = new ManualTaskExecutor();
        vm = new SettingsViewModel(new AppContext(test.services, test.dialogs, disk, () -> test.debouncer,
                new WriterPreferences(test.preferencesNode)));
        vm.setOnConflicts(asked::add);
        vm.load();
        disk.runAll();
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** Another secretary, in another window, saves the rules from the copy stored now. */
    private void otherSaves(UnaryOperator<CouncilRules> change) {
        CouncilRules copy = stored();
        assertThat(test.services.settings().save(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private CouncilRules stored() {
        return test.services.settings().rules();
    }

    @Test
    void whatIsTypedWhileASaveIsAwayStaysAndTheOthersSettingComesIn() {
        otherSaves(r -> r.withStrikeOffAfterMonths(18));
        vm.councilNameProperty().set("Stenungsund");
        test.debouncer.fire();
        vm.councilNameProperty().set("Stenungsunds kommun");
        disk.runAll();

        assertThat(vm.strikeOffMonthsProperty().get()).isEqualTo("18");
        assertThat(vm.councilNameProperty().get()).isEqualTo("Stenungsunds kommun");
        test.debouncer.fire();
        disk.runAll();
        assertThat(stored().councilName()).isEqualTo("Stenungsunds kommun");
        assertThat(stored().strikeOffAfter()).contains(18);
        assertThat(asked).isEmpty();
    }

    @Test
    void theSameSettingIsAskedInWordsAndTheChoiceIsStored() {
        otherSaves(r -> r.withReportMonths(Set.of(Month.MARCH)));
        vm.reportMonthProperty(Month.MAY).set(true);
        test.debouncer.fire();
        disk.runAll();

        assertThat(stored().reportMonths()).containsExactly(Month.MARCH);
        assertThat(vm.reportMonthProperty(Month.MAY).get()).isTrue();
        assertThat(asked).singleElement().asList().singleElement().satisfies(c -> {
            Conflict conflict = (Conflict) c;
            assertThat(conflict.field()).isEqualTo("report_months");
            assertThat(conflict.theirs()).isEqualTo("mars");
            assertThat(conflict.mine()).isEqualTo("april, maj, oktober");
        });
        assertThat(vm.problemProperty().get()).contains("samma inställning");

        vm.choose(asked.getFirst().getFirst(), Resolution.MINE, () -> { });
        disk.runAll();
        assertThat(stored().reportMonths()).containsExactlyInAnyOrder(Month.APRIL, Month.MAY, Month.OCTOBER);
        assertThat(vm.problemProperty().get()).isEmpty();
    }
}
