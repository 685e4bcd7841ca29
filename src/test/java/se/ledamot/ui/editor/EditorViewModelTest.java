package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

class EditorViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private EditorViewModel vm;
    private Matter plan;
    private final List<Matter> savedMatters = new ArrayList<>();

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        plan = test.services.matters().add(Samples.integrationPlan());
        vm = new EditorViewModel(test.context);
        vm.setOnSaved(savedMatters::add);
        vm.load(plan);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Matter stored() {
        return test.services.matters().find(plan.id()).orElseThrow();
    }

    @Test
    void loadingShowsEveryFieldAndSchedulesNoSave() {
        assertThat(vm.titleProperty().get()).isEqualTo("Motion om att upprätta en integrationsplan");
        assertThat(vm.authorsProperty().get()).isEqualTo("Jan Alexandersson (V); Anna Svensson (V)");
        assertThat(vm.proposals().items()).hasSize(3);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.REFERRED);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(test.debouncer.isPending()).isFalse();
        assertThat(vm.timeline()).extracting(TimelineEntry::what)
                .containsExactly("Skapat: Motion om att upprätta en integrationsplan");
    }

    @Test
    void typingIsSavedWhenTheUserPauses() {
        vm.bodyProperty().set("Ny motivering.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(stored().body()).isNotEqualTo("Ny motivering.");
        assertThat(test.debouncer.isPending()).isTrue();

        test.debouncer.fire();
        assertThat(stored().body()).isEqualTo("Ny motivering.");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(savedMatters).last().extracting(Matter::body).isEqualTo("Ny motivering.");
        assertThat(vm.timeline().getFirst().what()).isEqualTo(
                "Text: Stenungsund tar emot allt fler nyanlända. En samlad plan behövs. → Ny motivering.");
    }

    @Test
    void everyFieldReachesTheDatabase() {
        vm.kindProperty().set(MatterKind.INTERPELLATION);
        vm.numberProperty().set("KS 2026/1");
        vm.titleProperty().set("Interpellation om planen");
        vm.submittedProperty().set(LocalDate.parse("2026-01-05"));
        vm.placeProperty().set("Sävsjö");
        vm.authorsProperty().set("Patrik Christierson (kd); Lena Ek");
        vm.addresseeNameProperty().set("Anna Ek");
        vm.addresseePartyProperty().set("C");
        vm.addresseeRoleProperty().set("kommunstyrelsens ordförande");
        vm.responsibleBodyProperty().set("Kommunstyrelsen");
        vm.questions().set(vm.questions().add(), "Hur går det?");
        vm.answerProperty().set("Det går bra.");
        vm.decisionProperty().set(null);
        vm.replyByProperty().set(LocalDate.parse("2026-02-01"));
        vm.tagsProperty().set("integration, skola ,");
        assertThat(vm.flush()).isTrue();

        Matter m = stored();
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.number()).isEqualTo("KS 2026/1");
        assertThat(m.title()).isEqualTo("Interpellation om planen");
        assertThat(m.submitted()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(m.place()).isEqualTo("Sävsjö");
        assertThat(m.authors()).containsExactly(new Person("Patrik Christierson", "KD"), new Person("Lena Ek", null));
        assertThat(m.addressee()).isEqualTo(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"));
        assertThat(m.responsibleBody()).isEqualTo("Kommunstyrelsen");
        assertThat(m.questions()).containsExactly("Hur går det?");
        assertThat(m.answer()).isEqualTo("Det går bra.");
        assertThat(m.replyBy()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(m.tags()).containsExactlyInAnyOrder("integration", "skola");
        // An interpellation has no "referred" status: the editor moved it to the kind's first one and said so.
        assertThat(m.status()).isEqualTo(Status.DRAFT);
        assertThat(test.dialogs.notifications).anyMatch(n -> n.contains("Utkast"));
    }

    @Test
    void clausesCanBeAddedEditedReorderedAndRemoved() {
        ItemList clauses = vm.proposals();
        int added = clauses.add();
        clauses.set(added, "en uppföljning görs 2027");
        assertThat(clauses.moveUp(added)).isEqualTo(2);
        clauses.move(2, 0);
        clauses.remove(1);
        vm.flush();
        assertThat(stored().proposals()).containsExactly("en uppföljning görs 2027",
                "planen tas fram tillsammans med föreningslivet", "planen följs upp årligen i kommunfullmäktige");
    }

    @Test
    void anEmptyNewClauseIsKeptInTheEditorButNotStored() {
        vm.proposals().add();
        vm.flush();
        assertThat(vm.proposals().items()).hasSize(4);
        assertThat(stored().proposals()).hasSize(3);
    }

    @Test
    void switchingToAnotherMatterSavesTheFirstAtOnce() {
        Matter other = test.services.matters().add(Samples.jobbhuset());
        vm.titleProperty().set("Motion om en integrationsplan för hela kommunen");
        vm.load(other);
        assertThat(stored().title()).isEqualTo("Motion om en integrationsplan för hela kommunen");
        assertThat(vm.titleProperty().get()).isEqualTo(other.title());
        assertThat(test.debouncer.isPending()).isFalse();
    }

    @Test
    void anEmptyTitleKeepsTheStoredTitleButEverythingElseIsSaved() {
        vm.titleProperty().set("  ");
        vm.bodyProperty().set("Viktig text.");
        assertThat(vm.flush()).isTrue();
        assertThat(stored().title()).isEqualTo("Motion om att upprätta en integrationsplan");
        assertThat(stored().body()).isEqualTo("Viktig text.");
        assertThat(vm.problemProperty().get()).startsWith("Rubriken får inte vara tom.");
        assertThat(vm.titleProperty().get()).isEqualTo("  ");
    }

    @Test
    void theTimelineSaysWhenTheMatterWentOnAnAgendaAndWhyItWasReferredBack() {
        Matter motion = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om parker")
                .submitted(LocalDate.parse("2026-01-10")).status(Status.PREPARED).build());
        Meeting kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        AgendaItem item = test.services.meetings().addMatters(kf.id(), List.of(motion.id())).getFirst();
        test.services.debates().decide(item, new DebateDecision(Decision.REFERRED_BACK, true, "Kostnaden saknas"),
                "");
        test.services.meetings().delete(kf.id());

        vm.load(test.services.matters().require(motion.id()));
        assertThat(vm.timeline()).extracting(TimelineEntry::what).contains(
                "På föredragningslistan: KF 14 december 2026",
                "Minoritetsåterremiss: Kostnaden saknas",
                "Borttaget från föredragningslistan: KF 14 december 2026");
    }

    @Test
    void aFailedSaveKeepsTheTextAndSaysWhyInSwedish() {
        vm.bodyProperty().set("Text som inte får försvinna.");
        test.services.close();
        assertThat(vm.flush()).isFalse();
        assertThat(vm.bodyProperty().get()).isEqualTo("Text som inte får försvinna.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(test.dialogs.lastNotification()).startsWith("Ändringen kunde inte sparas:")
                .contains("Det du skrivit finns kvar");
        assertThat(vm.problemProperty().get()).isEqualTo(test.dialogs.lastNotification());
    }

    @Test
    void aStatusStepTheLifecycleDoesNotAllowIsRefusedWithTheReason() {
        assertThat(vm.requestStatus(Status.DRAFT)).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.REFERRED);
        assertThat(test.dialogs.lastNotification())
                .isEqualTo("Ett ärende av typen motion kan inte gå från ”Remitterad” till ”Utkast”.");
        assertThat(vm.dirtyProperty().get()).isFalse();

        assertThat(vm.allowedStatuses()).contains(Status.PREPARED);
        assertThat(vm.requestStatus(Status.PREPARED)).isTrue();
        vm.flush();
        assertThat(stored().status()).isEqualTo(Status.PREPARED);
    }

    /**
     * The councillor's walk (walkcllr): the editor's Beslut offered an interpellation Bifall, Avslag and Återremiss,
     * stored Bifall, and the debate brief then read "Svar klart — Bifall" and "Beslut: Bifall" for it. An
     * interpellation leads to no decision on its substance (5 kap. 59–63 §§); a motion still gets every decision.
     */
    @Test
    void theDecisionsOfferedAreTheOnesTheMattersKindCanGet() {
        assertThat(vm.decisionChoices()).contains(Decision.APPROVED, Decision.REJECTED, Decision.REFERRED_BACK);

        vm.load(test.services.matters().add(Samples.jobbhuset()));
        assertThat(vm.decisionChoices()).containsExactly(null, Decision.ANSWERED, Decision.STRUCK_OFF,
                Decision.TABLED);

        vm.kindProperty().set(MatterKind.MOTION);
        assertThat(vm.decisionChoices()).contains(Decision.APPROVED, Decision.PARTLY_APPROVED);
    }

    @Test
    void aBadDateIsRefusedWithASwedishMessage() {
        assertThat(vm.parseDate("submitted", "2025-02-30", true)).isEmpty();
        assertThat(vm.badDateProperty("submitted").get())
                .isEqualTo("”2025-02-30” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel "
                        + "2026-11-22. Det tidigare datumet behålls.");
        assertThat(vm.parseDate("reply-by", "31/12", false)).isEmpty();
        assertThat(vm.badDateProperty("reply-by").get()).as("no date was there to keep")
                .isEqualTo("”31/12” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-22.");
        assertThat(vm.parseDate("submitted", "2024-02-29", true))
                .contains(java.util.Optional.of(LocalDate.parse("2024-02-29")));
        assertThat(vm.parseDate("submitted", " ", true)).contains(java.util.Optional.empty());
    }

    /**
     * The secretary's walk (session 9): "2026-02-30" typed as the day a motion was handed in was refused for a moment,
     * then the next field's save wiped the message while the field still read 2026-02-30 and the matter had no date.
     */
    @Test
    void aBadDateIsStillSaidAfterOtherFieldsAreSavedUntilItIsTypedRight() {
        vm.parseDate("submitted", "2026-02-30", true);
        vm.placeProperty().set("Ekby");
        vm.flush();
        assertThat(stored().place()).isEqualTo("Ekby");
        assertThat(vm.badDateProperty("submitted").get()).contains("2026-02-30");

        vm.parseDate("reply-by", "2026-12-01", true);
        vm.answerProperty().set("Svar.");
        vm.flush();
        assertThat(vm.badDateProperty("submitted").get()).contains("2026-02-30");

        vm.parseDate("submitted", "2026-02-28", true);
        vm.answerProperty().set("Svar igen.");
        vm.flush();
        assertThat(vm.badDateProperty("submitted").get()).isEmpty();
    }

    @Test
    void theTimelineNamesFieldsAndStatusesInWords() {
        vm.requestStatus(Status.PREPARED);
        vm.flush();
        assertThat(vm.timeline().getFirst().what()).isEqualTo("Status: Remitterad → Beredd");
        assertThat(vm.timeline().getFirst().when()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    }

    @Test
    void clearingSavesWhatWasTypedAndShowsNothing() {
        vm.answerProperty().set("Svar.");
        vm.clear();
        assertThat(stored().answer()).isEqualTo("Svar.");
        assertThat(vm.isEditing()).isFalse();
        assertThat(vm.matterIdProperty().get()).isNull();
        vm.answerProperty().set("Skrivet utan ärende");
        assertThat(test.debouncer.isPending()).isFalse();
    }

    @Test
    void aMatterWhoseSaveFailedStaysShownWhenAnotherIsChosen() {
        Matter other = test.services.matters().add(Samples.jobbhuset());
        List<Long> stayed = new ArrayList<>();
        vm.setOnStayed(stayed::add);
        vm.bodyProperty().set("Text som inte får försvinna.");
        test.services.close();
        vm.load(other);
        assertThat(vm.matterIdProperty().get()).isEqualTo(plan.id());
        assertThat(vm.bodyProperty().get()).isEqualTo("Text som inte får försvinna.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(stayed).containsExactly(plan.id());
        assertThat(vm.problemProperty().get()).startsWith("Ändringen kunde inte sparas:");
    }

    /** The editor over a disk that answers only when the test says so. */
    private EditorViewModel onSlowDisk(ManualTaskExecutor disk) {
        EditorViewModel slow = new EditorViewModel(test.contextOn(disk));
        slow.load(plan);
        disk.runAll();
        return slow;
    }

    @Test
    void onASlowDiskAnotherMatterOpensOnlyOnceTheFirstIsStored() {
        ManualTaskExecutor disk = new ManualTaskExecutor();
        EditorViewModel slow = onSlowDisk(disk);
        Matter other = test.services.matters().add(Samples.jobbhuset());
        slow.titleProperty().set("Motion om en integrationsplan för hela kommunen");
        slow.load(other);
        assertThat(slow.switchingProperty().get()).isTrue();
        assertThat(slow.matterIdProperty().get()).isEqualTo(plan.id());
        assertThat(stored().title()).isEqualTo(plan.title());

        disk.runAll();
        assertThat(stored().title()).isEqualTo("Motion om en integrationsplan för hela kommunen");
        assertThat(slow.switchingProperty().get()).isFalse();
        assertThat(slow.matterIdProperty().get()).isEqualTo(other.id());
        assertThat(slow.titleProperty().get()).isEqualTo(other.title());
    }

    @Test
    void aDiskThatDoesNotAnswerKeepsTheMatterAndItsTextAndSaysSo() {
        ManualTaskExecutor disk = new ManualTaskExecutor();
        EditorViewModel slow = onSlowDisk(disk);
        List<Long> stayed = new ArrayList<>();
        slow.setOnStayed(stayed::add);
        Matter other = test.services.matters().add(Samples.jobbhuset());
        slow.bodyProperty().set("Skrivet medan disken hänger.");
        slow.load(other);
        disk.boundPassed();
        assertThat(slow.switchingProperty().get()).isFalse();
        assertThat(slow.matterIdProperty().get()).isEqualTo(plan.id());
        assertThat(slow.bodyProperty().get()).isEqualTo("Skrivet medan disken hänger.");
        assertThat(slow.problemProperty().get()).startsWith("Disken svarar inte:");
        assertThat(stayed).containsExactly(plan.id());

        // The disk answers at last: the text is stored and the editor has not moved under the user's hands.
        disk.runAll();
        assertThat(stored().body()).isEqualTo("Skrivet medan disken hänger.");
        assertThat(slow.matterIdProperty().get()).isEqualTo(plan.id());
        assertThat(slow.dirtyProperty().get()).isFalse();
    }

    @Test
    void whatIsTypedWhileTheSavesEndIsStoredBeforeTheNextMatterIsShown() {
        ManualTaskExecutor disk = new ManualTaskExecutor();
        EditorViewModel slow = onSlowDisk(disk);
        Matter other = test.services.matters().add(Samples.jobbhuset());
        slow.bodyProperty().set("Första stycket.");
        slow.load(other);
        slow.bodyProperty().set("Första stycket. Andra, skrivet medan det första sparades.");
        disk.runAll();
        assertThat(slow.matterIdProperty().get()).isEqualTo(plan.id());
        disk.runAll();
        assertThat(stored().body()).isEqualTo("Första stycket. Andra, skrivet medan det första sparades.");
        assertThat(slow.matterIdProperty().get()).isEqualTo(other.id());
    }

    /** Walk (walkcllr): an interpellation showed Att-satser; only the kind's own lists, and never a stored one hidden. */
    @Test
    void theListsShownAreTheKindsOwnAndAnyStoredOne() {
        Matter interpellation = test.services.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                "Integrationsenhet").questions(List.of("När blir den klar?")).build());
        vm.load(interpellation);
        assertThat(vm.showsProposals().get()).isFalse();
        assertThat(vm.showsQuestions().get()).isTrue();

        Matter withClauses = test.services.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                "Integrationsplan").proposals(List.of("en plan tas fram")).build());
        vm.load(withClauses);
        assertThat(vm.showsProposals().get()).isTrue();

        Matter motion = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Cykelvägar").build());
        vm.load(motion);
        assertThat(vm.showsProposals().get()).isTrue();
        assertThat(vm.showsQuestions().get()).isFalse();
    }

    /** A save that merged another window's field without conflict brings it into the form: the next save keeps it. */
    @Test
    void anotherWindowsFieldMergedInComesIntoTheFormAndALaterSaveKeepsIt() {
        Matter copy = stored();
        test.services.matters().save(copy, copy.toBuilder().place("Den andras plats").build());
        vm.bodyProperty().set(vm.bodyProperty().get() + " Första.");
        vm.flush();
        assertThat(vm.placeProperty().get()).isEqualTo("Den andras plats");
        vm.bodyProperty().set(vm.bodyProperty().get() + " Andra.");
        vm.flush();
        assertThat(stored().body()).endsWith("Första. Andra.");
        assertThat(stored().place()).isEqualTo("Den andras plats");
    }
}
