package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MatterService;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/** The debate panel's state without a screen, on a real database with KF's limits (5, 3, 1). */
class DebateViewModelTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private MatterService matters;
    private MeetingService meetings;
    private DebateViewModel vm;
    private final AtomicInteger changed = new AtomicInteger();
    private Matter question;
    private Matter motion;
    private Meeting kf;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @TempDir
    Path files;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder);
        matters = app.matters();
        meetings = app.meetings();
        question = matters.add(Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort")
                .submitted(LocalDate.parse("2026-12-01")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Eva Berg", "V")))
                .addressee(new Addressee("Göran Dahlström", "S", null)).build());
        motion = matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om integrationsråd")
                .submitted(LocalDate.parse("2026-02-01")).status(Status.PREPARED).build());
        kf = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        meetings.addMatters(kf.id(), List.of(question.id(), motion.id()));
        vm = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(), dialogs,
                changed::incrementAndGet, () -> LocalDate.parse("2026-11-22"), () -> pause);
        vm.loadMeetings();
        vm.meeting().set(vm.meetings().getFirst());
    }

    private final ManualDebouncer pause = new ManualDebouncer();

    @AfterEach
    void close() {
        app.close();
    }

    private void openItemOf(Matter m) {
        openItemOf(vm, m);
    }

    /** Opens the debate of {@code m}'s item on the meeting chosen, as a click on it in the list does. */
    static void openItemOf(DebateViewModel vm, Matter m) {
        vm.openItem(vm.items().stream().filter(r -> r.matter().id().equals(m.id())).findFirst().orElseThrow()
                .item().id());
    }

    @Test
    void anotherScreenOpensTheDebateOfAnItemWithItsMeetingChosen() {
        long item = vm.items().getLast().item().id();
        DebateViewModel fresh = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(),
                dialogs, () -> { }, () -> LocalDate.parse("2026-11-22"), () -> pause);
        fresh.show(kf.id(), item);
        assertThat(fresh.meeting().get()).isEqualTo(kf);
        assertThat(fresh.items()).hasSize(2);
        assertThat(fresh.debate().get().matter().title()).isEqualTo("Motion om integrationsråd");
    }

    /** The walk: Debatt opened with no meeting chosen, where Partigrupp and Exportera underlag chose the next one. */
    @Test
    void theNextMeetingToComeIsChosenWhenNoneIs() {
        meetings.add(Meeting.planned("KF", LocalDate.parse("2026-11-09")));
        meetings.add(Meeting.planned("KF", LocalDate.parse("2027-01-25")));
        DebateViewModel fresh = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(),
                dialogs, () -> { }, () -> LocalDate.parse("2026-11-22"), () -> pause);
        fresh.loadMeetings();
        assertThat(fresh.meeting().get()).isEqualTo(kf);
        assertThat(fresh.items()).hasSize(2);
    }

    /**
     * Walk 20b: after the meeting, marked held, Debatt shown again stood with a blank meeting chooser and no item open
     * (the list read again held the meeting as it is now, and the one chosen was no longer in it).
     */
    @Test
    void afterTheMeetingIsHeldDebattStaysOnItWithAnItemOpen() {
        openItemOf(motion);
        meetings.save(kf.withStatus(se.ledamot.domain.meeting.MeetingStatus.HELD));
        vm.loadMeetings();
        assertThat(vm.meeting().get()).isNotNull().extracting(Meeting::id).isEqualTo(kf.id());
        assertThat(vm.debate().get()).isNotNull().extracting(d -> d.matter().id()).isEqualTo(motion.id());
    }

    /** Opened after the meeting with none chosen: the latest held, its first item open, as Protokoll opens. */
    @Test
    void openedAfterTheMeetingItShowsItsFirstItem() {
        meetings.save(kf.withStatus(se.ledamot.domain.meeting.MeetingStatus.HELD));
        DebateViewModel fresh = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(),
                dialogs, () -> { }, () -> LocalDate.parse("2026-12-20"), () -> pause);
        fresh.loadMeetings();
        assertThat(fresh.meeting().get()).isNotNull().extracting(Meeting::id).isEqualTo(kf.id());
        assertThat(fresh.debate().get()).isNotNull().extracting(d -> d.item().id())
                .isEqualTo(fresh.items().getFirst().item().id());
    }

    @Test
    void aFreeTextItemHasNoDebateAndTheScreenSaysSo() {
        long text = meetings.addText(kf.id(), "Val av justerare").id();
        vm.show(kf.id(), text);
        assertThat(dialogs.lastNotification()).isEqualTo("Punkt 3 gäller inget ärende och har ingen talarlista.");
        assertThat(vm.debate().get()).as("the item open before stays open").isNotNull()
                .extracting(d -> d.item().id()).isNotEqualTo(text);
    }

    @Test
    void aSpeechIsReadFromATextFile() throws Exception {
        Path speech = files.resolve("anförande.txt");
        Files.writeString(speech, "Ordförande, åhörare!", StandardCharsets.UTF_8);
        dialogs.toOpen = List.of(speech);
        vm.readSpeechFromFile();
        assertThat(vm.speechText().get()).isEqualTo("Ordförande, åhörare!");
    }

    @Test
    void theItemsOfAMeetingAreListedWithTheirMatters() {
        assertThat(vm.items()).extracting(r -> r.matter().title())
                .containsExactly("Fråga om busskort", "Motion om integrationsråd");
        // Named as Protokoll's list and the protokoll name them (walk 20b: Debatt said "Punkt 5 Fråga om busskort"
        // where Protokoll said "§ 5  Fråga från Eva Berg (V) till … om busskort"): one naming.
        List<String> protokoll = app.papers().papers(kf.id()).entries().stream().filter(e -> e.matter() != null)
                .map(e -> "§ " + app.papers().papers(kf.id()).paragraph(e) + "  "
                        + se.ledamot.brief.doc.Kallelse.title(e)).toList();
        assertThat(vm.items()).extracting(Object::toString).containsExactlyElementsOf(protokoll)
                .first().asString().startsWith("§ 5  Fråga från Eva Berg (V)");
    }

    @Test
    void aStrangerOnAQuestionIsRefusedInSwedishAndNothingIsStored() {
        openItemOf(question);
        vm.speakerName().set("Anna Ek (C)");
        vm.minutes().set(2);
        assertThat(vm.addSpeaker()).isFalse();
        assertThat(vm.error().get()).startsWith("Anna Ek (C) får inte delta i debatten om en fråga")
                .contains("Eva Berg (V)", "Göran Dahlström");
        assertThat(vm.speakers()).isEmpty();
        assertThat(vm.speakerName().get()).isEqualTo("Anna Ek (C)");

        vm.speakerName().set("Göran Dahlström (S)");
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(vm.error().get()).isEmpty();
        assertThat(app.debates().open(vm.debate().get().item().id()).speakers().speakers()).hasSize(1);
    }

    @Test
    void aSpeechOverTheBodysLimitIsRefusedWithTheLimit() {
        openItemOf(motion);
        assertThat(vm.limits().get()).contains("5 min", "3 min", "1 min");
        vm.speakerName().set("Eva Berg (V)");
        vm.minutes().set(7);
        assertThat(vm.addSpeaker()).isFalse();
        assertThat(vm.error().get()).contains("högst 5 minuter");
    }

    @Test
    void theTextOfASpeechIsKeptWithTheSpeaker() {
        openItemOf(motion);
        vm.speakerName().set("Eva Berg (V)");
        vm.kind().set(SpeechKind.SPEECH);
        vm.minutes().set(4);
        vm.addSpeaker();
        vm.choose(vm.speakers().getFirst());
        vm.speechText().set("Man använder alltså samma argument som vi då framförde!");
        assertThat(vm.storeNotes()).isTrue();
        openItemOf(motion);
        assertThat(vm.speakers().getFirst().text()).startsWith("Man använder alltså");
    }


    @Test
    void onlyTheDecisionsAKindCanGetAreOffered() {
        openItemOf(question);
        assertThat(vm.decisions()).containsExactly(Decision.ANSWERED, Decision.STRUCK_OFF, Decision.TABLED);
        openItemOf(motion);
        assertThat(vm.decisions()).contains(Decision.APPROVED, Decision.REFERRED_BACK);
    }

    @Test
    void aMinorityReferralWithoutAReasonIsRefusedThenGoesThroughWithOne() {
        openItemOf(motion);
        vm.decision().set(Decision.REFERRED_BACK);
        vm.minority().set(true);
        vm.decide();
        assertThat(vm.error().get()).isEqualTo("En minoritetsåterremiss måste ha en motivering.");
        assertThat(changed).hasValue(0);

        vm.reason().set("Kostnaderna är inte utredda");
        vm.decide();
        assertThat(matters.find(motion.id()).orElseThrow().status()).isEqualTo(Status.REFERRED_BACK);
        assertThat(vm.decided().get()).isEqualTo("Återremiss (minoritetsåterremiss) – Kostnaderna är inte utredda");
        assertThat(vm.open().get()).isFalse();
        assertThat(changed).hasValue(1);
    }

    @Test
    void aQuestionAnsweredInTheDebateEndsAnsweredWithNoDecision() {
        openItemOf(question);
        vm.decision().set(Decision.ANSWERED);
        vm.decide();
        assertThat(matters.find(question.id()).orElseThrow().status()).isEqualTo(Status.ANSWERED);
        assertThat(matters.find(question.id()).orElseThrow().decision()).isNull();
    }

    /** Issue 16.5: another secretary stores the decision's wording in Protokoll while the debate is open here. */
    private String theOtherStoresAWordingMeanwhile() {
        openItemOf(motion);
        AgendaItem shown = vm.debate().get().item();
        String theirs = "Kommunfullmäktige beslutar\natt bifalla motionen.";
        meetings.saveItem(shown, shown.withDecision(shown.decision(), theirs));
        return theirs;
    }

    private String storedWording() {
        return meetings.item(vm.debate().get().item().id()).orElseThrow().decisionText();
    }

    @Test
    void aWordingLeftAsShownKeepsTheOneStoredInTheMinutesMeanwhile() {
        String theirs = theOtherStoresAWordingMeanwhile();
        List<Conflict> asked = new ArrayList<>();
        vm.setOnConflicts(asked::addAll);
        vm.decision().set(Decision.APPROVED);
        vm.decide();

        assertThat(asked).isEmpty();
        assertThat(storedWording()).isEqualTo(theirs);
        assertThat(vm.wording().get()).isEqualTo(theirs);
        assertThat(matters.find(motion.id()).orElseThrow().decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void aWordingTypedHereAndThereIsAskedWithNothingTypedLostAndTheChoiceIsStored() {
        String theirs = theOtherStoresAWordingMeanwhile();
        List<Conflict> asked = new ArrayList<>();
        vm.setOnConflicts(asked::addAll);
        String mine = "Kommunfullmäktige beslutar\natt bifalla motionen i sin helhet.";
        vm.decision().set(Decision.APPROVED);
        vm.wording().set(mine);
        vm.decide();

        assertThat(asked).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("decision_text");
            assertThat(c.theirs()).isEqualTo(theirs);
            assertThat(c.mine()).isEqualTo(mine);
        });
        assertThat(vm.wording().get()).isEqualTo(mine);
        assertThat(storedWording()).isEqualTo(theirs);
        assertThat(vm.decided().get()).isNotEmpty();
        assertThat(matters.find(motion.id()).orElseThrow().decision()).isEqualTo(Decision.APPROVED);

        String merged = "Kommunfullmäktige beslutar\natt bifalla motionen i sin helhet, som fullmäktige sa.";
        vm.choose(asked.getFirst(), Resolution.MERGED, merged, () -> { });
        assertThat(storedWording()).isEqualTo(merged);
        assertThat(vm.wording().get()).isEqualTo(merged);
        assertThat(asked).hasSize(1);
    }

    /** "Välj senare" on the wording (nothing chosen), the window closed, a window on the folder again. */
    private long reopenedAfterPuttingAside(String mine) {
        theOtherStoresAWordingMeanwhile();
        vm.decision().set(Decision.APPROVED);
        vm.wording().set(mine);
        vm.decide();
        long item = vm.debate().get().item().id();
        app.close();
        app = Ledamot.open(folder);
        vm = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(), dialogs, () -> { },
                () -> LocalDate.parse("2026-11-22"), () -> pause);
        return item;
    }

    @Test
    void aWordingPutAsideIsAskedAgainAfterTheWindowWasClosedAndHerChoiceStored() {
        String mine = "Kommunfullmäktige beslutar\natt bifalla motionen i sin helhet.";
        long item = reopenedAfterPuttingAside(mine);
        List<Conflict> asked = new ArrayList<>();
        vm.setOnConflicts(asked::addAll);

        vm.wordings().askKept();
        assertThat(asked).singleElement().satisfies(c -> assertThat(c.mine()).isEqualTo(mine));
        assertThat(vm.error().get()).contains("Välj senare").contains("integrationsråd");
        vm.loadMeetings();
        vm.meeting().set(vm.meetings().getFirst());
        openItemOf(motion);
        assertThat(vm.wording().get()).isEqualTo(mine);

        vm.choose(asked.getLast(), Resolution.MINE, null, () -> { });
        assertThat(app.meetings().item(item).orElseThrow().decisionText()).isEqualTo(mine);
        assertThat(app.putAside().waiting()).isEmpty();
    }

    @Test
    void aWordingPutAsideOnAnItemTakenOffTheAgendaIsForgottenWithALineThatSaysWhatSheWrote() {
        String mine = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";
        long item = reopenedAfterPuttingAside(mine);
        app.meetings().remove(item);

        vm.wordings().askKept();
        assertThat(app.putAside().waiting()).isEmpty();
        assertThat(vm.error().get()).contains("integrationsråd").contains("finns inte längre").contains(mine);
    }
}
