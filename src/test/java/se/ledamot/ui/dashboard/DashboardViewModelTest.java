package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.ui.dashboard.AttentionItem.Reason;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;
import se.ledamot.ui.task.ManualTaskExecutor;

/** The dashboard without a screen: a week in November 2026 with a council meeting on 2026-11-30. */
class DashboardViewModelTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final LocalDate NEXT_MEETING = LocalDate.parse("2026-11-30");
    /**
     * KF meets on 2026-11-30 and 2027-01-25; no submission rules, so anything in before the day is asked then and,
     * by the law's rule, answered at the meeting after.
     */
    static final MeetingCalendar CALENDAR = new MeetingCalendar(
            List.of(new Body("KF", "Kommunfullmäktige", true, 5, 3, 1)),
            List.of(Meeting.planned("KF", NEXT_MEETING).withId(1L),
                    Meeting.planned("KF", LocalDate.parse("2027-01-25")).withId(2L)),
            Map.of());

    private Preferences node;
    private WriterPreferences prefs;
    private DashboardViewModel vm;

    static Matter motion(String title, String submitted, String party, Status status) {
        return Matter.newMatter(MatterKind.MOTION, title).id((long) title.hashCode())
                .submitted(LocalDate.parse(submitted)).status(status)
                .authors(List.of(new Person("Ledamot " + party, party))).build();
    }

    static Matter interpellation(String title, String submitted, Addressee to, Status status) {
        return Matter.newMatter(MatterKind.INTERPELLATION, title).id((long) title.hashCode())
                .submitted(LocalDate.parse(submitted)).status(status)
                .authors(List.of(new Person("Patrik Christierson", "KD"))).addressee(to).build();
    }

    static final List<Matter> MATTERS = List.of(
            motion("Integrationsplan", "2025-02-16", "V", Status.REFERRED),          // 21 months: overdue
            motion("Cykelbanor", "2026-09-01", "S", Status.REFERRED),                // 2 months: nothing due
            motion("Ny skola", "2025-11-26", "M", Status.PREPARED),                  // year ends 2026-11-26: this week
            motion("Beslutad motion", "2024-01-01", "V", Status.DECIDED),             // not pending: left out
            interpellation("Integrationsenheten", "2026-11-10",
                    new Addressee("Anna Ek", "C", "ordförande"), Status.SUBMITTED),  // mine
            interpellation("Busstrafiken", "2026-11-12",
                    new Addressee("Göran Dahlström", "S", null), Status.SUBMITTED),  // asked 11-30, answered in January
            interpellation("Handed in on the day", "2026-11-30",
                    new Addressee("Göran Dahlström", "S", null), Status.SUBMITTED),  // due in January: nothing
            Matter.newMatter(MatterKind.REFERRAL, "Remiss om integration").id(99L).status(Status.RECEIVED)
                    .replyBy(LocalDate.parse("2026-12-20")).build());             // later: nothing

    @BeforeEach
    void setUp() {
        node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
        prefs = new WriterPreferences(node);
        prefs.userName().set("Anna Ek");
        vm = new DashboardViewModel(() -> new DashboardViewModel.Source(MATTERS, Optional.of(NEXT_MEETING),
                CALENDAR.deadlines()), new CurrentThreadTaskExecutor(), prefs,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        vm.load();
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void thisWeekListsOverdueFirstThenMyAnswersThenTheNextMeetingThenTheWeek() {
        assertThat(vm.attention()).extracting(a -> a.matter().title() + ":" + a.reason()).containsExactly(
                "Integrationsplan:" + Reason.OVERDUE,
                "Integrationsenheten:" + Reason.MY_ANSWER,
                "Ny skola:" + Reason.DUE_AT_NEXT_MEETING);
        assertThat(vm.attention().getFirst().detail()).isEqualTo("Ettårsgränsen för motioner, försenad 9 månader");
        // Asked on 2026-11-30, answered on 2027-01-25: the written answer the day before, a Sunday.
        assertThat(vm.attention().get(1).detail()).isEqualTo("Skriftligt svar till frågeställaren, om 2 månader");
        // The day as the window writes it elsewhere (agenda, timeline), not ÅÅÅÅ-MM-DD, and not split when it wraps.
        assertThat(vm.summary().get())
                .isEqualTo("Försenat: 1 · Att göra: 2 · Nästa sammanträde: 30\u00a0november\u00a02026");
    }

    @Test
    void withoutAPlannedMeetingADeadlineInTheNextSevenDaysStillShows() {
        DashboardViewModel noMeeting = new DashboardViewModel(() -> new DashboardViewModel.Source(MATTERS,
                Optional.empty(), Deadlines.standard()), new CurrentThreadTaskExecutor(), prefs,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        noMeeting.load();
        assertThat(noMeeting.attention()).filteredOn(a -> a.reason() == Reason.DUE_THIS_WEEK)
                .singleElement().satisfies(a -> {
                    assertThat(a.matter().title()).isEqualTo("Ny skola");
                    assertThat(a.detail()).endsWith("om 3 dagar");
                });
    }

    @Test
    void changingWhoIAmChangesMyAnswers() {
        prefs.userName().set("Göran Dahlström");
        assertThat(vm.attention()).filteredOn(a -> a.reason() == Reason.MY_ANSWER)
                .extracting(a -> a.matter().title()).containsExactly("Busstrafiken", "Handed in on the day");
    }

    @Test
    void theMattersAreSortedInTheBackgroundTaskAndTheFxThreadOnlyShowsTheResult() {
        ManualTaskExecutor disk = new ManualTaskExecutor();
        List<String> readOnFx = new ArrayList<>();
        List<Matter> watched = new AbstractList<>() {
            @Override
            public Matter get(int index) {
                if (!disk.isWorking()) {
                    readOnFx.add(MATTERS.get(index).title());
                }
                return MATTERS.get(index);
            }

            @Override
            public int size() {
                return MATTERS.size();
            }
        };
        DashboardViewModel slow = new DashboardViewModel(() -> new DashboardViewModel.Source(watched,
                Optional.of(NEXT_MEETING), CALENDAR.deadlines()), disk, prefs,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        slow.load();
        disk.runAll();
        assertThat(slow.attention()).hasSize(3);
        assertThat(readOnFx).as("matters read on the FX thread at start-up").isEmpty();
        prefs.userName().set("Göran Dahlström");
        assertThat(disk.waiting()).as("another name is worked out in the background too").isEqualTo(1);
        disk.runAll();
        assertThat(slow.attention()).filteredOn(a -> a.reason() == Reason.MY_ANSWER)
                .extracting(a -> a.matter().title()).containsExactly("Busstrafiken", "Handed in on the day");
        assertThat(readOnFx).as("matters read on the FX thread").isEmpty();
    }

    @Test
    void aNameTypedWhileTheMattersAreReadIsTheOneShown() {
        ManualTaskExecutor disk = new ManualTaskExecutor();
        DashboardViewModel slow = new DashboardViewModel(() -> new DashboardViewModel.Source(MATTERS,
                Optional.of(NEXT_MEETING), CALENDAR.deadlines()), disk, prefs,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        slow.load();
        prefs.userName().set("Göran Dahlström");
        disk.runAll();
        assertThat(slow.attention()).filteredOn(a -> a.reason() == Reason.MY_ANSWER)
                .extracting(a -> a.matter().title()).containsExactly("Busstrafiken", "Handed in on the day");
    }

    @Test
    void anAddresseeWithoutANameIsMineByParty() {
        Matter toParty = interpellation("Till partiet", "2026-11-01", new Addressee(null, "C", null), Status.SUBMITTED);
        assertThat(DashboardFigures.isMine(toParty, "", "c")).isTrue();
        assertThat(DashboardFigures.isMine(toParty, "Anna Ek", "S")).isFalse();
        Matter answered = interpellation("Besvarad", "2026-11-01", new Addressee("Anna Ek", null, null),
                Status.ANSWERED);
        assertThat(DashboardFigures.isMine(answered, "Anna Ek", "")).isFalse();
    }

    @Test
    void chartsCountOnlyPendingMatters() {
        DashboardFigures f = vm.figures().get();
        assertThat(f.pendingByKindAndStatus()).isEqualTo(Map.of(
                MatterKind.MOTION, Map.of(Status.REFERRED, 2, Status.PREPARED, 1),
                MatterKind.INTERPELLATION, Map.of(Status.SUBMITTED, 3),
                MatterKind.REFERRAL, Map.of(Status.RECEIVED, 1)));
        assertThat(f.pendingByParty()).containsEntry("V", 1).containsEntry("KD", 3).containsEntry("Utan parti", 1)
                .doesNotContainKey("C");
    }

    @Test
    void motionAgesFallInBucketsAgainstTheOneYearLine() {
        DashboardFigures f = vm.figures().get();
        assertThat(f.motionAges()).extracting(DashboardFigures.MotionAge::months).containsExactly(21L, 11L, 2L);
        assertThat(f.motionAgeBuckets()).extracting(DashboardFigures.AgeBucket::count)
                .containsExactly(1L, 0L, 0L, 1L, 0L, 1L);
        assertThat(f.motionAgeBuckets()).filteredOn(DashboardFigures.AgeBucket::overOneYear)
                .extracting(DashboardFigures.AgeBucket::label).containsExactly("12–18", "över 18");
    }

    @Test
    void citizenProposalsAreCountedApartFromMotions() {
        Matter citizen = Matter.newMatter(MatterKind.CITIZEN_PROPOSAL, "Fler parkbänkar").id(77L)
                .submitted(LocalDate.parse("2025-10-01")).status(Status.SUBMITTED).build();
        DashboardFigures f = DashboardFigures.of(List.of(MATTERS.get(0), MATTERS.get(1), citizen), TODAY,
                Optional.of(NEXT_MEETING), CALENDAR.deadlines(), "Anna Ek", null);
        assertThat(f.motionAgeBuckets()).extracting(DashboardFigures.AgeBucket::motions)
                .containsExactly(1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(f.motionAgeBuckets()).extracting(DashboardFigures.AgeBucket::citizenProposals)
                .containsExactly(0L, 0L, 0L, 0L, 1L, 0L);
        assertThat(f.pendingByKindAndStatus().get(MatterKind.CITIZEN_PROPOSAL)).containsEntry(Status.SUBMITTED, 1);
        assertThat(f.pendingByKindAndStatus().get(MatterKind.MOTION)).doesNotContainKey(Status.SUBMITTED);
    }
}
