package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/** What is typed on Debatt and not yet taken with a button — speakers' notes, a decision's wording — is stored. */
class DebateTypedViewModelTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private Matter motion;
    private Matter other;
    private DebateViewModel vm;
    private final ManualDebouncer pause = new ManualDebouncer();

    @BeforeEach
    void open() {
        app = Ledamot.open(folder);
        motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om integrationsråd")
                .submitted(LocalDate.parse("2026-02-01")).status(Status.PREPARED).build());
        other = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-03-01")).status(Status.PREPARED).build());
        Meeting kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        app.meetings().addMatters(kf.id(), List.of(motion.id(), other.id()));
        vm = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), () -> { }, () -> LocalDate.parse("2026-11-22"), () -> pause);
        vm.loadMeetings();
        vm.meeting().set(vm.meetings().getFirst());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openItemOf(Matter m) {
        DebateViewModelTest.openItemOf(vm, m);
    }

    /** Walk36: notes typed for a speaker were kept only on "Spara text"; choosing another wrote the field over. */
    @Test
    void notesTypedAreStoredWhenTypingPausesAnotherSpeakerIsChosenOrTheScreenIsLeft() {
        openItemOf(motion);
        for (String name : List.of("Eva Berg (V)", "Per Holm (M)")) {
            vm.speakerName().set(name);
            vm.addSpeaker();
        }
        vm.choose(vm.speakers().getFirst());
        vm.speechText().set("Svarar på");
        pause.fire();
        assertThat(stored()).extracting(Speaker::text).containsExactly("Svarar på", "");

        vm.speechText().set("Svarar på repliken");
        vm.choose(vm.speakers().get(1));
        assertThat(vm.speechText().get()).isEmpty();
        assertThat(stored()).extracting(Speaker::text).containsExactly("Svarar på repliken", "");
        assertThat(pause.isPending()).as("nothing left to store").isFalse();

        vm.speechText().set("Tackar");
        assertThat(vm.flush()).isTrue();
        assertThat(stored()).extracting(Speaker::text).containsExactly("Svarar på repliken", "Tackar");
        vm.choose(vm.speakers().getFirst());
        assertThat(vm.speechText().get()).isEqualTo("Svarar på repliken");
    }

    /** With a speaker chosen the field is that speaker's: a speaker added does not take those notes along. */
    @Test
    void aSpeakerAddedWhileAnotherIsChosenGetsNoneOfItsNotes() {
        openItemOf(motion);
        vm.speakerName().set("Eva Berg (V)");
        vm.addSpeaker();
        vm.choose(vm.speakers().getFirst());
        vm.speechText().set("Evas anteckning");
        vm.speakerName().set("Per Holm (M)");
        vm.addSpeaker();
        pause.fire();
        assertThat(vm.speechText().get()).isEqualTo("Evas anteckning");
        assertThat(stored()).extracting(Speaker::text).containsExactly("Evas anteckning", "");
    }

    /**
     * Walk36: a wording typed in Debatt before the decision was lost when another item was chosen (only "Fatta beslut"
     * stored it). Leaving an item not decided yet stores it, as Protokoll stores its wording; back on the item it is
     * there, and the decision taken then records it.
     */
    @Test
    void aWordingTypedBeforeTheDecisionIsStoredWhenAnotherItemIsChosen() {
        openItemOf(motion);
        long item = vm.debate().get().item().id();
        vm.wording().set("Kommunfullmäktige bifaller motionen.");
        openItemOf(other);
        assertThat(app.debates().open(item).item().decisionText()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        openItemOf(motion);
        assertThat(vm.wording().get()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        vm.wording().set("Kommunfullmäktige bifaller motionen i sin helhet.");
        assertThat(vm.flush()).isTrue();
        assertThat(app.debates().open(item).item().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen i sin helhet.");
        vm.decision().set(Decision.APPROVED);
        vm.decide();
        assertThat(app.debates().open(item).decision()).isPresent();
        assertThat(app.debates().open(item).item().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen i sin helhet.");
        assertThat(vm.error().get()).isEmpty();
    }

    /**
     * The wording typed for an item not decided yet is stored when typing pauses, as the speaker's notes are, not only
     * on leaving the item: a crash (the battery, in the meeting) then loses nothing typed before the pause. The notes'
     * pause, its own, still stores the notes typed just before.
     */
    @Test
    void aWordingTypedIsStoredWhenTypingPausesWithoutLeavingTheItem() {
        List<ManualDebouncer> pauses = new java.util.ArrayList<>();
        vm = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), () -> { }, () -> LocalDate.parse("2026-11-22"), () -> {
                    pauses.add(new ManualDebouncer());
                    return pauses.getLast();
                });
        vm.loadMeetings();
        vm.meeting().set(vm.meetings().getFirst());
        openItemOf(motion);
        long item = vm.debate().get().item().id();
        vm.speakerName().set("Eva Berg (V)");
        vm.addSpeaker();
        vm.choose(vm.speakers().getFirst());
        vm.speechText().set("Svarar på");
        vm.wording().set("Kommunfullmäktige bifaller motionen.");
        assertThat(pauses).as("each field's own pause").filteredOn(ManualDebouncer::isPending).hasSize(2);
        pauses.forEach(ManualDebouncer::fire);
        Debate stored = app.debates().open(item);
        assertThat(stored.item().decisionText()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(stored.speakers().speakers()).extracting(Speaker::text).containsExactly("Svarar på");
        assertThat(vm.heldInWindow()).isEmpty();

        vm.wording().set("Kommunfullmäktige bifaller motionen i sin helhet.");
        pauses.stream().filter(ManualDebouncer::isPending).forEach(ManualDebouncer::fire);
        assertThat(app.debates().open(item).item().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen i sin helhet.");
    }

    /** Debatt never writes over a wording recorded in Protokoll: hers stays with the item while the window is open. */
    @Test
    void aWordingRecordedInProtokollIsNotWrittenOverOnLeavingTheItem() {
        long item = app.meetings().agenda(vm.meeting().get().id()).stream()
                .filter(i -> motion.id().equals(i.matterId())).findFirst().orElseThrow().id();
        var copy = app.meetings().item(item).orElseThrow();
        app.meetings().saveItem(copy, copy.withDecision(null, "Kommunfullmäktige bifaller motionen."));
        openItemOf(motion);
        vm.wording().set("Kommunfullmäktige bifaller motionen i sin helhet.");
        openItemOf(other);
        assertThat(app.debates().open(item).item().decisionText()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(vm.heldInWindow()).as("lost with the window").hasSize(1);
        openItemOf(motion);
        assertThat(vm.wording().get()).isEqualTo("Kommunfullmäktige bifaller motionen i sin helhet.");
        vm.wording().set("Kommunfullmäktige bifaller motionen.");
        assertThat(vm.flush()).as("the recorded wording typed again: nothing held").isTrue();
        assertThat(vm.heldInWindow()).isEmpty();
    }

    /**
     * The decision chosen, the minority box and a reason for återremiss were reset when another item was chosen (or
     * the same one clicked again) before "Fatta beslut". Each item keeps its own while the window is open.
     */
    @Test
    void aDecisionChosenAndAReasonTypedStayWithTheItemWhenAnotherIsChosen() {
        openItemOf(motion);
        vm.decision().set(Decision.REFERRED_BACK);
        vm.minority().set(true);
        vm.reason().set("Kostnaderna behöver utredas");
        openItemOf(other);
        assertThat(vm.decision().get()).isNull();
        assertThat(vm.minority().get()).isFalse();
        assertThat(vm.reason().get()).isEmpty();
        vm.decision().set(Decision.REJECTED);

        openItemOf(motion);
        assertThat(vm.decision().get()).isEqualTo(Decision.REFERRED_BACK);
        assertThat(vm.minority().get()).isTrue();
        assertThat(vm.reason().get()).isEqualTo("Kostnaderna behöver utredas");
        openItemOf(motion);
        assertThat(vm.reason().get()).as("the same item clicked again").isEqualTo("Kostnaderna behöver utredas");
        assertThat(vm.heldInWindow()).as("lost with the window, named by the item")
                .containsExactlyInAnyOrder("§ 5  Motion om integrationsråd", "§ 6  Motion om cykelvägar");
        assertThat(vm.flush()).isFalse();
        vm.decide();
        assertThat(app.debates().open(vm.debate().get().item().id()).decision()).hasValueSatisfying(d ->
                assertThat(d.reason()).isEqualTo("Kostnaderna behöver utredas"));
        assertThat(vm.decision().get()).as("taken: the form is empty").isNull();

        openItemOf(other);
        assertThat(vm.decision().get()).isEqualTo(Decision.REJECTED);
        vm.decision().set(null);
        openItemOf(motion);
        openItemOf(other);
        assertThat(vm.decision().get()).as("a choice taken back is not kept").isNull();
        assertThat(vm.heldInWindow()).isEmpty();
        assertThat(vm.flush()).isTrue();
    }

    private List<Speaker> stored() {
        return app.debates().open(vm.debate().get().item().id()).speakers().speakers();
    }
}
