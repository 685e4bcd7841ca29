package se.ledamot.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.PutAsideFolder;
import se.ledamot.ui.shell.Screen;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on the council's rules survives the window: she ticked May where
 * another secretary had just stored March only, and chose later; the window is closed (the folder's database with it)
 * without her choosing. Opened again, Inställningar asks again with her months, the form shows them and her choice is
 * stored and no longer kept. The close question calls it kept only once it is written.
 */
class PutAsideSettingsFormTest {
    @RegisterExtension
    final PutAsideFolder<SettingsViewModel> window = new PutAsideFolder<>(w -> {
        SettingsViewModel vm = new SettingsViewModel(w.context());
        vm.setOnConflicts(w.asked::add);
        vm.load();
        return vm;
    });

    /** She ticks May over the rules as shown; the other's {@code theirs} only is stored meanwhile; her save meets it. */
    private SettingsViewModel herMonthsMeetTheOthers(Month theirs) {
        SettingsViewModel vm = window.open();
        CouncilRules copy = stored();
        assertThat(window.test.services.settings().save(copy, copy.withReportMonths(Set.of(theirs))).conflicts())
                .isEmpty();
        vm.reportMonthProperty(Month.MAY).set(true);
        window.test.debouncer.fire();
        window.disk.runNext();
        assertThat(window.asked).hasSize(1);
        return vm;
    }

    @BeforeEach
    void herMonthsPutAsideAndTheWindowClosed() {
        herMonthsMeetTheOthers(Month.MARCH);
        window.disk.runAll();
        window.close();
    }

    private CouncilRules stored() {
        return window.test.services.settings().rules();
    }

    @Test
    void openedAgainItAsksWithHerMonthsShowsThemAndStoresHerChoice() {
        SettingsViewModel vm = window.open();

        Conflict c = window.askedAgain("report_months", "april, maj, oktober", "mars");
        assertThat(vm.reportMonthProperty(Month.MAY).get()).isTrue();
        assertThat(vm.reportMonthProperty(Month.MARCH).get()).isFalse();
        assertThat(vm.problemProperty().get()).contains("inte sparat", "Fullmäktiges regler");
        assertThat(vm.waitingAside()).containsExactly(new Screen.Aside("Fullmäktiges regler (Inställningar)", true));
        assertThat(stored().reportMonths()).containsExactly(Month.MARCH);

        vm.choose(c, Resolution.MINE, () -> { });
        window.disk.runAll();
        assertThat(stored().reportMonths()).containsExactlyInAnyOrder(Month.APRIL, Month.MAY, Month.OCTOBER);
        assertThat(window.kept()).isEmpty();
        assertThat(vm.waitingAside()).isEmpty();
    }

    @Test
    void keptThroughAnotherCloseAndForgottenOnceTheOtherTookHerMonths() {
        window.open();
        assertThat(window.asked).isNotEmpty();
        window.close();
        window.meanwhile(s -> {
            CouncilRules copy = s.settings().rules();
            s.settings().save(copy, copy.withReportMonths(Set.of(Month.APRIL, Month.MAY, Month.OCTOBER)));
        });
        SettingsViewModel vm = window.open();

        assertThat(window.asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.reportMonthProperty(Month.MAY).get()).isTrue();
        assertThat(window.kept()).isEmpty();
    }

    @Test
    void aChoiceWhoseWriteDidNotGoThroughIsNotCalledKept() {
        window.open();
        window.kept().forEach(a -> window.test.services.putAside().forget(a.form(), a.key()));
        window.close();

        SettingsViewModel vm = herMonthsMeetTheOthers(Month.JUNE);
        Screen.Aside lost = new Screen.Aside("Fullmäktiges regler (Inställningar)", false);
        assertThat(vm.waitingAside()).as("not written yet").containsExactly(lost);
        window.test.services.close();
        // The write fails; the window's executor says it in a notice (here: thrown).
        assertThatThrownBy(window.disk::runAll).hasMessageContaining("store.folder");
        assertThat(vm.waitingAside()).as("the write failed: closing must name it as lost").containsExactly(lost);
    }
}
