package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.PutAsideFolder;
import se.ledamot.ui.shell.Screen;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on the papers' settings survives the window: she typed the council's
 * secretary where another secretary had just stored another, and chose later; the window is closed (the folder's
 * database with it) without her choosing. The choice is kept under the body's code, so opened again on a meeting of
 * the council it is asked with her secretary, the form shows it and her choice is stored; opened on a meeting of
 * another body it is still asked, and her choice stored for the council.
 */
class PutAsidePaperSettingsFormTest {
    private static final String THEIRS = "Lars Berg";
    private static final String MINE = "Karin Dahl";

    @RegisterExtension
    final PutAsideFolder<MinutesViewModel> window = new PutAsideFolder<>(w -> {
        MinutesViewModel vm = new MinutesViewModel(w.context());
        vm.settings().setOnConflicts(w.asked::add);
        vm.loadMeetings();
        vm.askKept();
        return vm;
    });

    @BeforeEach
    void herSecretaryPutAsideAndTheWindowClosed() {
        window.meanwhile(s -> s.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16"))));
        window.open();
        PaperSettings copy = window.test.services.papers().settings();
        window.test.services.papers().saveSettings(copy, copy.withBody(copy.of(council(window.test.services))
                .withSecretary(THEIRS)), council(window.test.services));
        window.vm.settings().secretary().set(MINE);
        assertThat(window.vm.settings().save(() -> { })).isTrue();
        window.putAsideAndClose();
    }

    private static Body council(Ledamot services) {
        return services.bodies().find("KF").orElseThrow();
    }

    private String storedSecretary() {
        return window.test.services.papers().settings().of(council(window.test.services)).secretary();
    }

    @Test
    void openedAgainItAsksWithHerSecretaryShowsItAndStoresHerChoice() {
        MinutesViewModel vm = window.open();

        Conflict c = window.askedAgain("secretary", MINE, THEIRS);
        assertThat(c.title()).contains("Kommunfullmäktige");
        assertThat(vm.settings().secretary().get()).isEqualTo(MINE);
        assertThat(vm.waitingAside()).containsExactly(new Screen.Aside(c.title(), true));
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(storedSecretary()).isEqualTo(THEIRS);

        vm.settings().choose(c, Resolution.MINE, () -> { });
        window.disk.runAll();
        assertThat(storedSecretary()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
        assertThat(vm.waitingAside()).isEmpty();
    }

    @Test
    void openedOnAMeetingOfAnotherBodyItIsAskedAndStoredForTheCouncil() {
        window.meanwhile(s -> s.meetings().add(Meeting.planned("KS", LocalDate.parse("2026-11-20"))));
        MinutesViewModel vm = window.open();
        Meeting ks = vm.meetings().stream().filter(m -> m.body().equals("KS")).findFirst().orElseThrow();
        vm.meeting().set(ks);
        window.disk.runAll();
        assertThat(vm.settings().bodyName().get()).isNotEqualTo("Kommunfullmäktige");

        Conflict c = window.askedAgain("secretary", MINE, THEIRS);
        vm.settings().choose(c, Resolution.MINE, () -> { });
        window.disk.runAll();
        assertThat(storedSecretary()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
    }

    @Test
    void keptThroughAnotherCloseAndForgottenOnceTheOtherTookHerSecretary() {
        window.open();
        assertThat(window.asked).isNotEmpty();
        window.close();
        window.meanwhile(s -> {
            PaperSettings copy = s.papers().settings();
            s.papers().saveSettings(copy, copy.withBody(copy.of(council(s)).withSecretary(MINE)), council(s));
        });
        MinutesViewModel vm = window.open();

        assertThat(window.asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(vm.settings().secretary().get()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
    }
}
