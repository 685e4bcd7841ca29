package se.ledamot.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.ui.TestContext;

/** The settings screen without a screen: what is typed is stored, or refused with a reason and nothing stored. */
class SettingsViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private SettingsViewModel vm;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-01-25")));
        vm = new SettingsViewModel(test.context);
        vm.load();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private CouncilRules stored() {
        return test.services.settings().rules();
    }

    @Test
    void showsTheStoredRulesOfTheCouncilFirst() {
        assertThat(vm.selectedBodyProperty().get().code()).isEqualTo("KF");
        assertThat(vm.bodies()).extracting(b -> b.code()).containsExactly("KF", "KS");
        RuleRow interpellation = vm.form().row(SubmissionKind.INTERPELLATION);
        assertThat(interpellation.enabledProperty().get()).isTrue();
        assertThat(interpellation.formProperty().get()).isEqualTo(SubmissionRule.Form.WEEKDAY_BEFORE);
        assertThat(interpellation.timeProperty().get()).isEqualTo("08.00");
        assertThat(interpellation.descriptionProperty().get()).startsWith("Senast kl. 08.00 den 2:e måndagen före");
        assertThat(vm.reportMonthProperty(Month.APRIL).get()).isTrue();
        assertThat(vm.reportMonthProperty(Month.MAY).get()).isFalse();
        // The days written out as the papers write them (it printed "Nästa sammanträde 2026-12-14: …").
        assertThat(vm.previewProperty().get()).startsWith("Nästa sammanträde måndag 14 december:")
                .contains("interpellationer senast måndag 30 november kl. 08.00")
                .endsWith("Interpellationer som ställs då besvaras senast måndag 25 januari 2027.")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aChangedRuleIsStoredOnceTypingStopsAndTheWindowIsToldToReload() {
        long before = test.context.mattersRevision().get();
        vm.councilNameProperty().set("Stenungsunds kommun");
        vm.form().interpellationAnswerProperty().set(AnswerRule.SAME_MEETING);
        vm.form().row(SubmissionKind.QUESTION).shiftProperty().set(HolidayShift.PREVIOUS_WORKING_DAY);
        assertThat(stored().councilName()).isEmpty();
        assertThat(vm.previewProperty().get()).endsWith("besvaras senast måndag 14 december.");

        test.debouncer.fire();
        assertThat(stored().councilName()).isEqualTo("Stenungsunds kommun");
        assertThat(stored().rulesOf("KF").answerRule(MatterKind.INTERPELLATION)).isEqualTo(AnswerRule.SAME_MEETING);
        assertThat(stored().rulesOf("KF").submission(SubmissionKind.QUESTION).orElseThrow().shift())
                .isEqualTo(HolidayShift.PREVIOUS_WORKING_DAY);
        assertThat(test.context.mattersRevision().get()).isGreaterThan(before);
    }

    @Test
    void aFieldThatIsNotARuleIsRefusedWithAReasonAndTheStoredRulesStay() {
        CouncilRules before = stored();
        vm.form().row(SubmissionKind.INTERPELLATION).timeProperty().set("kl åtta");
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).startsWith("Skriv klockslaget som 08.00");
        assertThat(vm.form().row(SubmissionKind.INTERPELLATION).descriptionProperty().get())
                .startsWith("Skriv klockslaget");
        // Another body is not shown while this one has a field that is not a rule: what was typed stays.
        assertThat(vm.select(vm.bodies().get(1))).isFalse();
        assertThat(vm.form().row(SubmissionKind.INTERPELLATION).timeProperty().get()).isEqualTo("kl åtta");
        // Coming back to the screen does not read the stored rules over it either.
        vm.load();
        assertThat(vm.form().row(SubmissionKind.INTERPELLATION).timeProperty().get()).isEqualTo("kl åtta");

        for (Month m : Month.values()) {
            vm.reportMonthProperty(m).set(false);
        }
        vm.form().row(SubmissionKind.INTERPELLATION).timeProperty().set("8:00");
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).contains("minst en månad");
        vm.strikeOffMonthsProperty().set("arton");
        vm.reportMonthProperty(Month.MARCH).set(true);
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).contains("arton");
        assertThat(stored()).isEqualTo(before);

        vm.strikeOffMonthsProperty().set("18");
        assertThat(vm.flush()).isTrue();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(stored().strikeOffAfter()).hasValue(18);
        assertThat(stored().reportMonths()).containsExactly(Month.MARCH);

        // The arbetsordning's days of notice: the law's week shown, more kept, fewer refused in words.
        assertThat(vm.noticeDaysProperty().get()).isEqualTo("7");
        vm.noticeDaysProperty().set("5");
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).contains("5\u00a0kap. 11\u00a0§").contains("minst en vecka");
        vm.noticeDaysProperty().set("10");
        assertThat(vm.flush()).isTrue();
        assertThat(stored().notice().daysBefore()).isEqualTo(10);
    }

    @Test
    void aPresetIsCopiedOntoTheBodyShownAfterAskingAndCanBeUndone() {
        vm.presetProperty().set(Arbetsordningar.find("monday_two_weeks").orElseThrow());
        test.dialogs.confirmAnswer = false;
        vm.applyPreset();
        assertThat(stored().rulesOf("KF").submission(SubmissionKind.MOTION)).isPresent();

        test.dialogs.confirmAnswer = true;
        vm.applyPreset();
        assertThat(test.dialogs.asked.getLast()).contains("Kommunfullmäktige").contains("Mariestad");
        assertThat(stored().rulesOf("KF").submission(SubmissionKind.MOTION)).isEmpty();
        assertThat(stored().rulesOf("KF").submission(SubmissionKind.QUESTION).orElseThrow().weekday())
                .isEqualTo(DayOfWeek.THURSDAY);
        assertThat(vm.form().row(SubmissionKind.MOTION).enabledProperty().get()).isFalse();

        assertThat(test.dialogs.lastActionText).isEqualTo("Ångra");
        test.dialogs.lastAction.run();
        assertThat(stored().rulesOf("KF").submission(SubmissionKind.MOTION)).isPresent();
        assertThat(vm.form().row(SubmissionKind.MOTION).enabledProperty().get()).isTrue();
    }

    @Test
    void aNamndIsAddedAndRenamedAndCanDecideCitizenProposals() {
        vm.newCodeProperty().set("bun");
        vm.newNameProperty().set("Barn- och utbildningsnämnden");
        assertThat(vm.addBody()).isTrue();
        assertThat(vm.selectedBodyProperty().get().code()).isEqualTo("BUN");
        assertThat(stored().body("BUN")).isPresent();

        vm.form().nameProperty().set("Utbildningsnämnden");
        vm.citizenBodyProperty().set(vm.bodies().stream().filter(b -> b.code().equals("BUN")).findFirst()
                .orElseThrow());
        test.debouncer.fire();
        assertThat(stored().rulesOf("BUN").body().name()).isEqualTo("Utbildningsnämnden");
        assertThat(stored().citizenProposals().decidingBody()).isEqualTo("BUN");
        assertThat(vm.bodies()).extracting(b -> b.name()).contains("Utbildningsnämnden");

        vm.newCodeProperty().set("KS");
        vm.newNameProperty().set("Kommunstyrelsen igen");
        assertThat(vm.addBody()).isFalse();
        assertThat(vm.problemProperty().get()).contains("KS");
    }
}
