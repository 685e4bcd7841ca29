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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.MeetingService;
import se.ledamot.store.Database;
import se.ledamot.store.OpenOptions;
import se.ledamot.store.sync.Replica;
import se.ledamot.store.sync.ServerIdentity;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.WriterPreferences;

class GroupViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private GroupViewModel vm;
    private Meeting december;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        seed();
    }

    private void seed() {
        MeetingService meetings = test.services.meetings();
        meetings.add(Meeting.planned("KF", LocalDate.parse("2026-10-05")));
        meetings.add(Meeting.planned("KS", LocalDate.parse("2026-11-30")).withStatus(MeetingStatus.HELD));
        december = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        Matter motion = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar").build());
        meetings.addText(december.id(), "Val av justerare");
        meetings.addMatters(december.id(), List.of(motion.id()));
        vm = new GroupViewModel(test.context);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theNextPlannedMeetingIsChosenFirst() {
        vm.loadMeetings();
        assertThat(vm.upcoming()).containsExactly(december);
        assertThat(vm.meetingProperty().get()).isEqualTo(december);
    }

    /** Issue 10, defect 11: the group field showed a grey "V" that chose nothing; the user's party is chosen. */
    @Test
    void theUsersOwnPartyIsTheGroupChosenAtOnce() {
        assertThat(vm.groupProperty().get()).isEmpty();
        test.context.preferences().userParty().set(" V ");
        GroupViewModel mine = new GroupViewModel(test.context);
        mine.loadMeetings();
        assertThat(mine.groupProperty().get()).isEqualTo("V");
        assertThat(mine.rows()).hasSize(2);
    }

    @Test
    void aGroupRecordsItsPositionsAndAnotherGroupDoesNotSeeThem() {
        vm.loadMeetings();
        vm.groupProperty().set("v");
        assertThat(vm.rows()).hasSize(2);
        GroupRow motion = vm.rows().get(1);
        assertThat(vm.save(motion.position().withStance(Stance.REJECT).withSpeaker("Anna Ek")
                .withArguments("Skolan först").withNotes("Kolla med S"))).isTrue();
        assertThat(vm.rows().get(1).stanceText()).isEqualTo("Avslag");
        assertThat(test.services.positions().get(motion.agenda().item().id(), "V").notes())
                .isEqualTo("Kolla med S");

        vm.groupProperty().set("M");
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.position().isDecided()).isFalse();
            assertThat(r.position().notes()).isEmpty();
            assertThat(r.position().group()).isEqualTo("M");
        });
        vm.groupProperty().set("V");
        assertThat(vm.rows().get(1).position().speaker()).isEqualTo("Anna Ek");
    }

    @Test
    void theFilterShowsWhatTheGroupHasNotDecidedAndReviewedIsKept() {
        vm.loadMeetings();
        vm.groupProperty().set("V");
        vm.setStance(vm.rows().get(0), Stance.FREE);
        vm.onlyUndecidedProperty().set(true);
        assertThat(vm.rows()).extracting(r -> r.agenda().heading()).containsExactly("Motion om cykelvägar");
        vm.markReviewed(vm.rows().get(0), true);
        vm.onlyUndecidedProperty().set(false);
        assertThat(vm.rows()).extracting(r -> r.position().reviewed()).containsExactly(false, true);
        vm.reload();
        assertThat(vm.rows()).extracting(r -> r.position().reviewed()).containsExactly(false, true);
    }

    /** Last round's walk: "Val av justerare" showed "Inte bestämt" and stayed under "Bara ej bestämda" for ever. */
    @Test
    void aProceduralItemNeedsNoPositionAndIsNotCountedAsUndecided() {
        vm.loadMeetings();
        vm.groupProperty().set("V");
        assertThat(vm.rows()).extracting(GroupRow::stanceText)
                .containsExactly("Behövs inte (inget förslag till beslut)", "Inte bestämt");
        vm.onlyUndecidedProperty().set(true);
        assertThat(vm.rows()).extracting(r -> r.agenda().heading()).containsExactly("Motion om cykelvägar");
    }

    /** A free-text item with a proposal for decision asks the group for a position, as a matter does. */
    @Test
    void aFreeTextItemWithAProposalNeedsAPosition() {
        vm.loadMeetings();
        vm.groupProperty().set("V");
        GroupRow election = vm.rows().getFirst();
        AgendaRow proposed = new AgendaRow(election.agenda().item().withProposal("Att välja Anna Ek till justerare"),
                election.agenda().number(), null, java.util.Optional.empty(), false, TestContext.CLOCK.instant()
                        .atZone(TestContext.CLOCK.getZone()).toLocalDate(), null);
        assertThat(new GroupRow(proposed, election.position()).stanceText()).isEqualTo("Inte bestämt");
        assertThat(new GroupRow(proposed, election.position()).undecided()).isTrue();
    }

    /**
     * Last round's walk on a shared server: Bo (S) choosing group V saw V's items as "Inte bestämt", though Karin (V)
     * had decided them; the server keeps V's positions from him. The screen says so instead.
     */
    @Test
    void anotherGroupsPositionsKeptByTheServerAreSaidToBeHiddenNotUndecided() {
        test.close();
        Path replica = folder.resolve("bo");
        try (Database local = Database.open(replica, OpenOptions.on(TestContext.CLOCK))) {
            Replica.join(local.dsl(), "postgresql://server.example/ledamot", new ServerIdentity("bo", "S", "member"),
                    TestContext.CLOCK);
        }
        test = new TestContext(replica);
        seed();
        vm.loadMeetings();
        vm.groupProperty().set("V");
        assertThat(vm.rows()).extracting(GroupRow::stanceText).containsOnly("Syns inte för dig");
        assertThat(vm.hiddenProperty().get()).startsWith("Du ser inte grupp V:s ställningstaganden");
        vm.onlyUndecidedProperty().set(true);
        assertThat(vm.rows()).isEmpty();
        vm.onlyUndecidedProperty().set(false);
        vm.groupProperty().set("s");
        assertThat(vm.hiddenProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(GroupRow::stanceText).containsExactly(
                "Behövs inte (inget förslag till beslut)", "Inte bestämt");
    }

    /** Walk (walkcllr): once a position was chosen the list had no "Inte bestämt" to go back to. */
    @Test
    void aChosenPositionCanBeTakenBackToUndecided() {
        vm.loadMeetings();
        vm.groupProperty().set("V");
        assertThat(vm.rows().get(1).stances()).first().isNull();
        vm.setStance(vm.rows().get(1), Stance.REJECT);
        assertThat(vm.rows().get(1).undecided()).isFalse();
        vm.setStance(vm.rows().get(1), vm.rows().get(1).stances().getFirst());
        assertThat(vm.rows().get(1).undecided()).isTrue();
        assertThat(vm.rows().get(1).stanceText()).isEqualTo("Inte bestämt");
    }

    /** Walk (walkcllr): the group was kept per computer user, so a second data folder came up with another's group. */
    @Test
    void theGroupChosenBelongsToTheDataFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path other) {
        vm.groupProperty().set("KD");
        try (se.ledamot.service.Ledamot second = se.ledamot.service.Ledamot.open(other, TestContext.CLOCK)) {
            se.ledamot.ui.shell.AppContext there = new se.ledamot.ui.shell.AppContext(second, test.dialogs,
                    new se.ledamot.ui.task.CurrentThreadTaskExecutor(), () -> test.debouncer,
                    new WriterPreferences(test.preferencesNode));
            assertThat(new GroupViewModel(there).groupProperty().get()).isEmpty();
        }
        assertThat(new GroupViewModel(test.context).groupProperty().get()).isEqualTo("KD");
    }

    /** Last round's walk: the group chosen in Partigrupp was forgotten on restart unless it was the user's party. */
    @Test
    void theGroupChosenIsChosenAgainOnTheNextStart() {
        test.context.preferences().userParty().set("V");
        vm.groupProperty().set(" m ");
        GroupViewModel next = new GroupViewModel(test.context);
        next.loadMeetings();
        assertThat(next.groupProperty().get()).isEqualTo("M");
        assertThat(next.rows()).allSatisfy(r -> assertThat(r.position().group()).isEqualTo("M"));
        next.groupProperty().set("");
        assertThat(new GroupViewModel(test.context).groupProperty().get()).isEqualTo("V");
    }

    /**
     * The walk of session 13: Partigrupp's meeting was forgotten on restart (the next planned one came back); it is
     * kept in the data folder, as Protokoll's meeting is, and a restart (a new context on the folder) chooses it.
     */
    @Test
    void theMeetingChosenIsChosenAgainOnTheNextStartInThisFolder() {
        Meeting january = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-01-25")));
        vm.loadMeetings();
        assertThat(vm.meetingProperty().get()).isEqualTo(december);
        vm.meetingProperty().set(january);

        GroupViewModel next = new GroupViewModel(test.contextOn(new se.ledamot.ui.task.CurrentThreadTaskExecutor()));
        next.loadMeetings();
        assertThat(next.meetingProperty().get()).isEqualTo(january);
        assertThat(test.services.dataFolder()).as("kept in the folder, not the user's preferences").isPresent();
        assertThat(test.context.preferences().groupMeeting().get()).isEmpty();
    }

    /** Walk (walkserver): a sync wrote the group's position into this database; the screen showed the old one. */
    @Test
    void positionsAreReadAgainWhenTheWindowIsToldTheDatabaseChanged() {
        vm.loadMeetings();
        vm.groupProperty().set("S");
        GroupRow motion = vm.rows().get(1);
        test.services.positions().save("S", motion.position().withStance(Stance.SUPPORT).withSpeaker("Bo Berg"));
        assertThat(vm.rows().get(1).position().speaker()).isNull();

        test.context.mattersChanged();
        assertThat(vm.rows().get(1).position().stance()).isEqualTo(Stance.SUPPORT);
        assertThat(vm.rows().get(1).position().speaker()).isEqualTo("Bo Berg");
    }

    @Test
    void typingWaitingForItsPauseIsStoredBeforeThePositionsAreReadAgain() {
        vm.loadMeetings();
        vm.groupProperty().set("S");
        boolean[] stored = new boolean[1];
        vm.typed(() -> stored[0] = true);
        test.context.mattersChanged();
        assertThat(stored[0]).isTrue();
        assertThat(test.debouncer.isPending()).isFalse();
    }

    /** Walk (party group): S's typing, the group changed to V before it paused, was written into V's position. */
    @Test
    void typingWaitingForItsPauseIsStoredForTheGroupItWasTypedForWhenTheGroupChanges() {
        vm.loadMeetings();
        vm.groupProperty().set("V");
        vm.save(vm.rows().get(1).position().withArguments("V:s eget"));
        vm.groupProperty().set("S");
        // The form's store reads the row it edits when it runs, as the window's does.
        vm.typed(() -> vm.save(vm.rows().get(1).position().withArguments("S:s")));
        vm.groupProperty().set("V");
        if (test.debouncer.isPending()) {
            test.debouncer.fire();
        }
        long item = vm.rows().get(1).agenda().item().id();
        assertThat(test.services.positions().get(item, "V").arguments()).isEqualTo("V:s eget");
        assertThat(test.services.positions().get(item, "S").arguments()).isEqualTo("S:s");
        assertThat(vm.rows().get(1).position().arguments()).isEqualTo("V:s eget");
    }
}
