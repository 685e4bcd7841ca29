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

    /** The rows of the agenda's items (the kallelse's standard items not on it left out). */
    private static List<AgendaRow> onAgenda(AgendaViewModel vm) {
        return vm.items().stream().filter(r -> r.item() != null).toList();
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
        vm.remove(onAgenda(vm).getFirst());
        assertThat(test.dialogs.asked).hasSize(2).allSatisfy(q -> assertThat(q).contains("justerat")
                .contains("16 november 2026"));
        assertThat(onAgenda(vm)).extracting(r -> r.item().matterId()).containsExactly(prepared.id());

        test.dialogs.confirmAnswer = true;
        vm.addMatters(List.of(interpellation.id()));
        vm.remove(onAgenda(vm).getFirst());
        assertThat(test.dialogs.asked).as("asked once while the meeting is shown").hasSize(3);
        assertThat(onAgenda(vm)).extracting(r -> r.item().matterId()).containsExactly(interpellation.id());
    }

    /**
     * Walked: a remiss whose reply date passes before the meeting went onto its agenda without a word. Said (not
     * refused: the council may have agreed a later answer), with the deadline; a matter in time says nothing.
     */
    @Test
    void aMatterWhoseDeadlinePassesBeforeTheMeetingIsSaidWhenPutOnItsAgenda() {
        Meeting february = test.services.meetings().list().stream().filter(m -> m.date().getYear() == 2027)
                .findFirst().orElseThrow();
        Matter remiss = test.services.matters().add(Matter.newMatter(MatterKind.REFERRAL, "Remiss om integration")
                .submitted(LocalDate.parse("2026-11-27")).replyBy(LocalDate.parse("2026-12-28"))
                .status(Status.RECEIVED).build());
        vm.addMatters(List.of(remiss.id()));
        assertThat(test.dialogs.notifications).noneMatch(n -> n.contains("tidsgräns"));

        vm.meetingProperty().set(february);
        vm.addMatters(List.of(remiss.id(), lateQuestion.id()));
        assertThat(test.dialogs.notifications).filteredOn(n -> n.contains("tidsgräns")).containsExactly(
                "”Remiss om integration” tas upp först efter sin tidsgräns: svarsdatum den 28 december 2026, före "
                        + "sammanträdet " + se.ledamot.l10n.MeetingText.withPlace(february) + ".");
    }

    /**
     * Walk 31: a matter put on the next meeting's agenda while it stood on the earlier one's too, without a word; both
     * protokolls could decide it. Said (not refused: the secretary may mean it), for planned meetings only.
     */
    @Test
    void aMatterStillOnAnotherPlannedAgendaIsSaidWhenPutOnThisOne() {
        Meeting february = test.services.meetings().list().stream().filter(m -> m.date().getYear() == 2027)
                .findFirst().orElseThrow();
        vm.addMatters(List.of(prepared.id(), interpellation.id()));
        assertThat(test.dialogs.notifications).noneMatch(n -> n.contains("också på föredragningslistan"));

        vm.meetingProperty().set(february);
        vm.addMatters(List.of(prepared.id(), lateQuestion.id()));
        assertThat(onAgenda(vm)).hasSize(2);
        assertThat(test.dialogs.notifications).filteredOn(n -> n.contains("också på föredragningslistan"))
                .containsExactly("”Motion om cykelvägar” står också på föredragningslistan för KF 14 december 2026. "
                        + "Ta bort det där om det inte ska tas upp två gånger.");

        test.dialogs.notifications.clear();
        test.services.meetings().save(december.withStatus(se.ledamot.domain.meeting.MeetingStatus.HELD));
        vm.meetingProperty().set(december);
        vm.meetingProperty().set(february);
        vm.remove(onAgenda(vm).getFirst());
        vm.addMatters(List.of(prepared.id()));
        assertThat(test.dialogs.notifications).as("a held meeting's agenda: it may come back, tabled")
                .noneMatch(n -> n.contains("också på föredragningslistan"));
    }

    @Test
    void theSuggestionBuildsTheAgendaInOneGo() {
        vm.suggest();
        assertThat(vm.suggestions()).extracting(s -> s.matter().title())
                .containsExactly("Interpellation om skolan", "Motion om cykelvägar");
        vm.addSuggestions();
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.items()).extracting(AgendaRow::line).containsExactly("Punkt 1  Upprop",
                "Punkt 2  Val av justerare och tid för justering", "Punkt 3  Godkännande av kungörelse",
                "Punkt 4  Anmälan av nya motioner, interpellationer och frågor",
                // Asked in December, answered in February (KL 5 kap.): the written answer by Friday 5 February.
                // The kallelse's number: its standard items (Upprop, Val av justerare …) come first.
                "Punkt 5  Interpellation om skolan  [5 februari 2027, om 2 månader]",
                // The motion's year ends on Sunday 2027-01-10: the next weekday (Lag 1930:173).
                "Punkt 6  Motion om cykelvägar  [11 januari 2027, om 50 dagar]", "Punkt 7  Meddelanden");
        assertThat(vm.items().get(5).urgency()).isEqualTo(Urgency.SOON);
        assertThat(vm.pending()).extracting(Matter::title).containsExactly("Fråga om simhallen");
        assertThat(test.context.mattersRevision().get()).isPositive();
    }

    @Test
    void aMatterDraggedOnAfterItsDeadlineIsFlaggedLate() {
        assertThat(vm.pending()).extracting(Matter::id).doesNotContain(draft.id());
        vm.addMatters(List.of(lateQuestion.id()));
        assertThat(onAgenda(vm)).singleElement().satisfies(r -> {
            assertThat(r.late()).isTrue();
            assertThat(r.line()).endsWith("SEN");
        });
    }

    /**
     * Moves and removals as the kallelse numbers them: the body's standard items keep their places (a matter is not
     * moved above them, nor are they moved), one typed on the agenda can be taken off and the kallelse still lists it.
     */
    @Test
    void itemsAreReorderedRemovedAndFreeTextAdded() {
        vm.freeTextProperty().set("Val av justerare");
        vm.addText();
        assertThat(vm.freeTextProperty().get()).isEmpty();
        vm.addMatters(List.of(prepared.id(), interpellation.id()));
        vm.move(vm.items().get(5), -1);
        assertThat(vm.items()).extracting(AgendaRow::heading).containsExactly("Upprop", "Val av justerare",
                "Godkännande av kungörelse", "Anmälan av nya motioner, interpellationer och frågor",
                "Interpellation om skolan", "Motion om cykelvägar", "Meddelanden");
        vm.move(vm.items().get(4), -1);
        vm.move(vm.items().get(1), 1);
        assertThat(vm.items()).extracting(AgendaRow::heading).element(4).isEqualTo("Interpellation om skolan");
        assertThat(vm.items()).extracting(AgendaRow::heading).element(1).isEqualTo("Val av justerare");
        vm.moveTo(vm.items().get(4), 3);
        assertThat(vm.items().get(5).heading()).isEqualTo("Interpellation om skolan");
        vm.remove(vm.items().get(1));
        vm.remove(vm.items().get(0));
        assertThat(onAgenda(vm)).extracting(r -> r.item().number()).containsExactly(1, 2);
        assertThat(vm.items()).extracting(AgendaRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(vm.items().get(1).heading()).isEqualTo("Val av justerare och tid för justering");
        assertThat(vm.pending()).extracting(Matter::id).doesNotContain(interpellation.id());
        vm.remove(vm.items().get(5));
        assertThat(vm.pending()).extracting(Matter::id).contains(interpellation.id());
        vm.freeTextProperty().set("  ");
        vm.addText();
        assertThat(onAgenda(vm)).hasSize(1);
    }

    @Test
    void twoClicksOnUpBeforeTheFirstIsStoredMoveTheItemTwoPlaces() {
        vm.freeTextProperty().set("Information från revisorerna");
        vm.addText();
        vm.addMatters(List.of(prepared.id(), interpellation.id()));
        // A slow disk: the item stays selected as it was read while both moves are sent (MeetingsFlowTest under load).
        ManualTaskExecutor disk = new ManualTaskExecutor();
        AgendaViewModel slow = new AgendaViewModel(test.contextOn(disk));
        slow.meetingProperty().set(december);
        disk.runAll();
        AgendaRow selected = slow.items().get(6);
        slow.move(selected, -1);
        slow.move(selected, -1);
        disk.runAll();
        assertThat(onAgenda(slow)).extracting(AgendaRow::heading).containsExactly("Interpellation om skolan",
                "Information från revisorerna", "Motion om cykelvägar");
    }

    @Test
    void aMatterAlreadyOnTheAgendaIsRefusedInWords() {
        vm.addMatters(List.of(prepared.id()));
        vm.addMatters(List.of(interpellation.id(), prepared.id()));
        assertThat(test.dialogs.lastNotification())
                .isEqualTo("Ärende " + prepared.id() + " finns redan på föredragningslistan för KF 14 december 2026.");
        assertThat(onAgenda(vm)).hasSize(1);
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
