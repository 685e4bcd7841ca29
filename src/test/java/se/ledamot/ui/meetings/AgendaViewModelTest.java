package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.Urgency;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Present;
import se.ledamot.domain.minutes.Signers;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

class AgendaViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private AgendaViewModel vm;
    private Meeting december;
    private Matter prepared;
    private Matter interpellation;
    private Matter lateQuestion;
    private Matter draft;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        MeetingService meetings = test.services.meetings();
        december = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        meetings.add(Meeting.planned("KF", LocalDate.parse("2027-02-08")));
        prepared = add(MatterKind.MOTION, "Motion om cykelvägar", "2026-01-10", Status.PREPARED);
        interpellation = add(MatterKind.INTERPELLATION, "Interpellation om skolan", "2026-11-20", Status.SUBMITTED);
        lateQuestion = add(MatterKind.QUESTION, "Fråga om simhallen", "2026-12-11", Status.SUBMITTED);
        draft = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Utkast till motion").build());
        vm = new AgendaViewModel(test.context);
        vm.meetingProperty().set(december);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Matter add(MatterKind kind, String title, String submitted, Status status) {
        return test.services.matters().add(Matter.newMatter(kind, title).submitted(LocalDate.parse(submitted))
                .status(status).build());
    }

    /** The walk of session 13: with no meeting chosen the list said "Inga pågående ärenden." though three were. */
    @Test
    void withNoMeetingChosenThePendingListAsksForOneInsteadOfSayingNoneArePending() {
        vm.meetingProperty().set(null);
        assertThat(vm.pendingPlaceholder().get()).isEqualTo("Välj ett sammanträde för att se ärendena som kan "
                + "läggas på dess föredragningslista.");
        vm.meetingProperty().set(december);
        assertThat(vm.pendingPlaceholder().get()).isEqualTo("Inga pågående ärenden.");
    }

    /** The walk of session 13: a justerat meeting's agenda changed without a word; now asked first, once. */
    @Test
    void changingAJusteratMeetingsAgendaIsAskedFirst() {
        // Justerat after the meeting and by today (the test's clock says 22 November): a meeting held in November.
        Meeting november = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        vm.meetingProperty().set(november);
        vm.addMatters(List.of(prepared.id()));
        assertThat(test.dialogs.asked).as("minutes not justerade: nothing asked").isEmpty();
        test.services.papers().saveMinutes(Present.of(Signers.of(test.services.papers()
                .minutes(november.id()))).withApproval(LocalDate.parse("2026-11-19"), null, null));
        vm.reload();

        test.dialogs.confirmAnswer = false;
        vm.addMatters(List.of(interpellation.id()));
        vm.remove(vm.items().getFirst());
        assertThat(test.dialogs.asked).hasSize(2).allSatisfy(q -> assertThat(q).contains("justerat")
                .contains("16 november 2026"));
        assertThat(vm.items()).extracting(r -> r.item().matterId()).containsExactly(prepared.id());

        test.dialogs.confirmAnswer = true;
        vm.addMatters(List.of(interpellation.id()));
        vm.remove(vm.items().getFirst());
        assertThat(test.dialogs.asked).as("asked once while the meeting is shown").hasSize(3);
        assertThat(vm.items()).extracting(r -> r.item().matterId()).containsExactly(interpellation.id());
    }

    @Test
    void theSuggestionBuildsTheAgendaInOneGo() {
        vm.suggest();
        assertThat(vm.suggestions()).extracting(s -> s.matter().title())
                .containsExactly("Interpellation om skolan", "Motion om cykelvägar");
        vm.addSuggestions();
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.items()).extracting(AgendaRow::line).containsExactly(
                // Asked in December, answered in February (KL 5 kap.): the written answer by Friday 5 February.
                // The kallelse's number: its standard items (Upprop, Val av justerare …) come first.
                "Punkt 5  Interpellation om skolan  [2027-02-05, om 2 månader]",
                // The motion's year ends on Sunday 2027-01-10: the next weekday (Lag 1930:173).
                "Punkt 6  Motion om cykelvägar  [2027-01-11, om 50 dagar]");
        assertThat(vm.items().get(1).urgency()).isEqualTo(Urgency.SOON);
        assertThat(vm.pending()).extracting(Matter::title).containsExactly("Fråga om simhallen");
        assertThat(test.context.mattersRevision().get()).isPositive();
    }

    @Test
    void aMatterDraggedOnAfterItsDeadlineIsFlaggedLate() {
        assertThat(vm.pending()).extracting(Matter::id).doesNotContain(draft.id());
        vm.addMatters(List.of(lateQuestion.id()));
        assertThat(vm.items()).singleElement().satisfies(r -> {
            assertThat(r.late()).isTrue();
            assertThat(r.line()).endsWith("SEN");
        });
    }

    @Test
    void itemsAreReorderedRemovedAndFreeTextAdded() {
        vm.freeTextProperty().set("Val av justerare");
        vm.addText();
        assertThat(vm.freeTextProperty().get()).isEmpty();
        vm.addMatters(List.of(prepared.id(), interpellation.id()));
        vm.move(vm.items().get(2), -1);
        assertThat(vm.items()).extracting(AgendaRow::heading).containsExactly("Val av justerare",
                "Interpellation om skolan", "Motion om cykelvägar");
        vm.move(vm.items().get(0), -1);
        assertThat(vm.items().get(0).heading()).isEqualTo("Val av justerare");
        vm.moveTo(vm.items().get(0), 3);
        assertThat(vm.items().get(2).heading()).isEqualTo("Val av justerare");
        vm.remove(vm.items().get(0));
        assertThat(vm.items()).extracting(r -> r.item().number()).containsExactly(1, 2);
        assertThat(vm.pending()).extracting(Matter::id).contains(interpellation.id());
        vm.freeTextProperty().set("  ");
        vm.addText();
        assertThat(vm.items()).hasSize(2);
    }

    @Test
    void twoClicksOnUpBeforeTheFirstIsStoredMoveTheItemTwoPlaces() {
        vm.freeTextProperty().set("Val av justerare");
        vm.addText();
        vm.addMatters(List.of(prepared.id(), interpellation.id()));
        // A slow disk: the item stays selected as it was read while both moves are sent (MeetingsFlowTest under load).
        ManualTaskExecutor disk = new ManualTaskExecutor();
        AgendaViewModel slow = new AgendaViewModel(test.contextOn(disk));
        slow.meetingProperty().set(december);
        disk.runAll();
        AgendaRow selected = slow.items().get(2);
        slow.move(selected, -1);
        slow.move(selected, -1);
        disk.runAll();
        assertThat(slow.items()).extracting(AgendaRow::heading).containsExactly("Interpellation om skolan",
                "Val av justerare", "Motion om cykelvägar");
    }

    @Test
    void aMatterAlreadyOnTheAgendaIsRefusedInWords() {
        vm.addMatters(List.of(prepared.id()));
        vm.addMatters(List.of(interpellation.id(), prepared.id()));
        assertThat(test.dialogs.lastNotification())
                .isEqualTo("Ärende " + prepared.id() + " finns redan på föredragningslistan för KF 14 december 2026.");
        assertThat(vm.items()).hasSize(1);
    }

    @Test
    void theAgendaSaysWhenEachKindMustBeHandedIn() {
        assertThat(vm.submissionDeadlinesProperty().get()).isEqualTo("Sista tid för inlämning: "
                + "interpellationer den 30 november 2026 kl. 08.00; frågor den 10 december 2026 kl. 12.00; "
                + "motioner den 4 december 2026; skriftligt svar den 11 december 2026 kl. 12.00");
        vm.meetingProperty().set(null);
        assertThat(vm.submissionDeadlinesProperty().get()).isEmpty();
    }
}
