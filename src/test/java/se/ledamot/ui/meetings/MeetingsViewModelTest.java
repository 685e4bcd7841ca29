package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.ui.TestContext;

class MeetingsViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private MeetingsViewModel vm;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        vm = new MeetingsViewModel(test.context);
        vm.reload();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aNewMeetingOfTheCouncilIsStoredFromTheForm() {
        assertThat(vm.bodyProperty().get().code()).isEqualTo("KF");
        vm.dateProperty().set("2026-12-14");
        vm.timeProperty().set("18.00");
        vm.placeProperty().set("Stadshuset");
        vm.save();
        Meeting saved = vm.selectedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(test.services.meetings().list()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.parse("2026-12-14"));
            assertThat(m.time()).isEqualTo(LocalTime.of(18, 0));
            assertThat(m.place()).isEqualTo("Stadshuset");
        });
        assertThat(vm.meetings()).hasSize(1);
        assertThat(vm.selectedProperty().get()).isEqualTo(saved);
        assertThat(test.dialogs.lastNotification()).isEqualTo("Sammanträdet KF 14 december 2026 är sparat.");
    }

    /**
     * The secretary's walk: the kallelse stated the day it was printed as the day the meeting was posted. She gives
     * the posting day; one later than a week before the meeting is warned of in Swedish (5 kap. 11 §), not refused.
     */
    @Test
    void thePostingDayIsStoredAndALateOneIsWarnedOfNamingTheLaw() {
        vm.dateProperty().set("2027-01-25");
        assertThat(vm.postedProperty().get()).isEmpty();
        assertThat(vm.postingWarningProperty().get()).isEmpty();
        vm.postedProperty().set("2027-01-18");
        assertThat(vm.postingWarningProperty().get()).isEmpty();
        vm.postedProperty().set("2027-01-20");
        assertThat(vm.postingWarningProperty().get()).isEqualTo("Anslaget den 20 januari 2027 är för sent: "
                + "enligt 5\u00a0kap. "
                + "11\u00a0§ kommunallagen ska sammanträdet tillkännages på anslagstavlan minst en vecka före, "
                + "senast den 18 januari 2027.");
        vm.save();
        assertThat(test.services.meetings().list()).singleElement()
                .satisfies(m -> assertThat(m.postedOn()).isEqualTo(LocalDate.parse("2027-01-20")));
        vm.newMeeting();
        assertThat(vm.postedProperty().get()).isEmpty();
        assertThat(vm.postingWarningProperty().get()).isEmpty();
        vm.selectedProperty().set(vm.meetings().getFirst());
        assertThat(vm.postedProperty().get()).isEqualTo("2027-01-20");
        vm.postedProperty().set("");
        vm.save();
        assertThat(test.services.meetings().list().getFirst().postedOn()).isNull();
    }

    /** A posting day after the meeting's own day is a slip of the pen: refused in Swedish, the stored day kept. */
    @Test
    void aPostingDayAfterTheMeetingIsRefusedNamingTheLawAndTheStoredDayIsKept() {
        vm.dateProperty().set("2027-01-25");
        vm.postedProperty().set("2027-01-15");
        vm.save();
        vm.postedProperty().set("2027-02-01");
        vm.save();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Anslagsdagen den 1 februari 2027 är efter "
                + "sammanträdet den 25 januari 2027: sammanträdet ska tillkännages på anslagstavlan och kallelsen "
                + "skickas före sammanträdesdagen (5\u00a0kap. 11–12\u00a0§§ kommunallagen). Ingenting är ändrat.");
        assertThat(test.services.meetings().list()).singleElement()
                .satisfies(m -> assertThat(m.postedOn()).isEqualTo(LocalDate.parse("2027-01-15")));
    }

    @Test
    void aWrongDateOrTimeIsRefusedInWordsAndNothingIsStored() {
        vm.dateProperty().set("14/12");
        vm.save();
        assertThat(test.dialogs.lastNotification()).isEqualTo("”14/12” är inget giltigt datum. Skriv datum som 2026-12-14.");
        vm.dateProperty().set("2026-12-14");
        vm.timeProperty().set("sex");
        vm.save();
        assertThat(test.dialogs.lastNotification()).contains("”sex” är inget giltigt klockslag");
        assertThat(test.services.meetings().list()).isEmpty();
    }

    @Test
    void choosingAMeetingFillsTheFormAndSavingChangesIt() {
        Meeting m = test.services.meetings().add(Meeting.planned("KS", LocalDate.parse("2026-12-07")));
        vm.reload();
        vm.selectedProperty().set(vm.meetings().getFirst());
        assertThat(vm.dateProperty().get()).isEqualTo("2026-12-07");
        assertThat(vm.bodyProperty().get().code()).isEqualTo("KS");
        vm.dateProperty().set("2026-12-08");
        vm.statusProperty().set(MeetingStatus.HELD);
        vm.save();
        Meeting back = test.services.meetings().require(m.id());
        assertThat(back.date()).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(back.status()).isEqualTo(MeetingStatus.HELD);
        vm.newMeeting();
        assertThat(vm.dateProperty().get()).isEmpty();
        assertThat(vm.bodyProperty().get().code()).isEqualTo("KF");
    }

    /** The papers and Swedish convention write "kl. 18.00"; the form shows the same and takes "18:00" too. */
    @Test
    void theTimeIsShownAsEighteenDotZeroZeroAndTakenEitherWay() {
        Meeting m = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        vm.reload();
        vm.selectedProperty().set(vm.meetings().getFirst());
        vm.timeProperty().set("18:30");
        vm.save();
        assertThat(test.services.meetings().require(m.id()).time()).isEqualTo(LocalTime.of(18, 30));
        vm.reload();
        vm.selectedProperty().set(vm.meetings().getFirst());
        assertThat(vm.timeProperty().get()).isEqualTo("18.30");
        vm.timeProperty().set("9.15");
        vm.save();
        assertThat(test.services.meetings().require(m.id()).time()).isEqualTo(LocalTime.of(9, 15));
    }

    @Test
    void deletingAsksFirstAndKeepsTheMeetingWhenTheAnswerIsNo() {
        test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        vm.reload();
        vm.selectedProperty().set(vm.meetings().getFirst());
        test.dialogs.confirmAnswer = false;
        vm.delete();
        assertThat(test.services.meetings().list()).hasSize(1);
        test.dialogs.confirmAnswer = true;
        vm.delete();
        assertThat(test.services.meetings().list()).isEmpty();
        assertThat(vm.meetings()).isEmpty();
    }
}
