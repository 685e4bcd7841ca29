package se.ledamot.ui.answer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.QuestionCheck;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.answer.WordDiff;
import se.ledamot.service.AnswerService;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;
import se.ledamot.ui.task.ManualTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

/** The answer editor's state and actions, without a screen, over a real database file. */
class AnswerEditorViewModelTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private Preferences node;
    private ManualDebouncer debouncer;
    private RecordingDialogService dialogs;
    private AnswerService answers;
    private AnswerEditorViewModel vm;
    private Matter matter;
    private final AtomicInteger mattersChanged = new AtomicInteger();

    @BeforeEach
    void open() {
        app = Ledamot.open(folder);
        node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
        debouncer = new ManualDebouncer();
        dialogs = new RecordingDialogService();
        answers = app.answers();
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T19:00:00Z"), ZoneOffset.UTC);
        vm = new AnswerEditorViewModel(answers, new CurrentThreadTaskExecutor(), debouncer, dialogs, new WriterPreferences(node), clock,
                mattersChanged::incrementAndGet);
        matter = app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, "Integrationsenhet")
                .status(Status.SUBMITTED).authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", null))
                .questions(List.of("Hur långt har arbetet kommit med integrationsenheten?",
                        "När kommer den att vara klar?", "Vad är det som saknas?"))
                .build());
        vm.open(matter);
    }

    @AfterEach
    void close() throws BackingStoreException {
        node.removeNode();
        app.close();
    }

    @Test
    void typingUpdatesWordCountAndSpeakingTimeAtOnceAndSavesWhenTypingPauses() {
        vm.text().set("ord ".repeat(65));
        assertThat(vm.words().get()).isEqualTo(65);
        assertThat(vm.speakingTime().get()).isEqualTo("0:30");
        assertThat(vm.dirty().get()).isTrue();
        assertThat(answers.draft(matter.id())).isEmpty();

        debouncer.fire();

        assertThat(vm.dirty().get()).isFalse();
        assertThat(vm.saveState().get()).isEqualTo("Sparat kl. 19.00");
        assertThat(answers.draft(matter.id()).orElseThrow().text()).isEqualTo("ord ".repeat(65));
    }

    @Test
    void aSlowerPaceInThePreferencesLengthensTheSpeakingTime() {
        vm.text().set("ord ".repeat(100));
        vm.preferences().wordsPerMinute().set(100);
        assertThat(vm.speakingTime().get()).isEqualTo("1:00");
        assertThat(node.getInt(WriterPreferences.PACE, 0)).isEqualTo(100);
    }

    @Test
    void questionsShowTheWritersMarkAndAHintFromTheText() {
        vm.text().set("Arbetet med integrationsenheten har kommit långt.");
        assertThat(vm.questions()).extracting(q -> q.state().get()).containsExactly(
                QuestionCheck.State.SEEMS_ANSWERED, QuestionCheck.State.OPEN, QuestionCheck.State.OPEN);
        assertThat(vm.questions().getFirst().hint().get()).contains("arbetet", "integrationsenheten");

        vm.questions().get(1).answered().set(true);
        debouncer.fire();

        assertThat(vm.questions().get(1).state().get()).isEqualTo(QuestionCheck.State.ANSWERED);
        assertThat(answers.draft(matter.id()).orElseThrow().answeredQuestions()).containsExactly(2);
    }

    @Test
    void cutCompareAndRestoreAVersion() {
        vm.text().set("Kommunen har en strateg.");
        vm.cutVersion();
        vm.text().set("Kommunen har idag en strateg.");
        vm.cutVersion();
        assertThat(vm.versions()).extracting(AnswerVersion::number).containsExactly(1, 2);
        assertThat(vm.message().get()).isEqualTo("Version 2 sparad.");

        List<WordDiff.Segment> diff = WordDiff.between(vm.versions().get(1), vm.versions().get(0));
        assertThat(diff).contains(new WordDiff.Segment(WordDiff.Kind.INSERTED, "idag "));

        vm.text().set("Något helt annat.");
        vm.restore(vm.versions().getFirst());

        assertThat(vm.text().get()).isEqualTo("Kommunen har en strateg.");
        assertThat(vm.versions()).extracting(AnswerVersion::reason).containsExactly(VersionReason.MANUAL,
                VersionReason.MANUAL, VersionReason.BEFORE_RESTORE, VersionReason.RESTORE);
        assertThat(vm.versions().get(2).text()).isEqualTo("Något helt annat.");
        assertThat(debouncer.isPending()).isFalse();
    }

    /**
     * A version's row says when it was kept as the save line beside it does, in the councillor's own time: at 10.00
     * in Stockholm it read "2026-11-22 09:00" (the computer's zone, UTC on the walk's machine) under "Sparat kl.
     * 10.00" (session 18's walk).
     */
    @Test
    void aVersionsRowSaysItsTimeInTheCouncillorsZoneAndWords() {
        Clock stockholm = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), java.time.ZoneId.of("Europe/Stockholm"));
        AnswerVersion kept = new AnswerVersion(matter.id(), 1, "Kommunen har en strateg.",
                Instant.parse("2026-11-22T09:00:00Z"), VersionReason.MANUAL, null);

        assertThat(new VersionRows(stockholm).of(kept)).isEqualTo("Version 1 · söndag 22 november kl. 10.00 · Sparad version · 4 ord");
    }

    @Test
    void cuttingAnUnchangedTextSaysSoAndAddsNothing() {
        vm.text().set("Svar.");
        vm.cutVersion();
        vm.cutVersion();
        assertThat(vm.versions()).hasSize(1);
        assertThat(vm.message().get()).isEqualTo("Ingen ny version: texten är densamma som i version 1.");
    }

    @Test
    void flushSavesTheLastKeystrokesAndEndsTheSittingWithAVersion() {
        vm.text().set("Sista orden innan fönstret stängs");
        assertThat(vm.flush()).isTrue();
        assertThat(debouncer.isPending()).isFalse();
        AnswerEditorViewModel reopened = new AnswerEditorViewModel(app.answers(), new CurrentThreadTaskExecutor(),
                new ManualDebouncer(),
                dialogs, new WriterPreferences(node), Clock.systemUTC(), () -> { });
        reopened.open(matter);
        assertThat(reopened.text().get()).isEqualTo("Sista orden innan fönstret stängs");
        assertThat(reopened.versions()).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo(VersionReason.SESSION_END));
    }

    @Test
    void openingAndClosingWithoutTypingCutsNoVersion() {
        assertThat(vm.flush()).isTrue();
        assertThat(answers.versions(matter.id())).isEmpty();
    }

    @Test
    void finishingWithAnUnmarkedQuestionAsksFirstAndHoldsBackOnNo() {
        vm.text().set("Svar på fråga ett.");
        vm.questions().getFirst().answered().set(true);
        dialogs.confirmAnswer = false;
        vm.finish();
        assertThat(vm.matter().get().answer()).isEmpty();
        assertThat(dialogs.asked).singleElement().asString().contains("2, 3");
        assertThat(mattersChanged).hasValue(0);

        dialogs.confirmAnswer = true;
        vm.finish();
        Matter finished = vm.matter().get();
        assertThat(finished.answer()).isEqualTo("Svar på fråga ett.");
        assertThat(finished.status()).isEqualTo(Status.ANSWER_READY);
        assertThat(vm.versions()).last().extracting(AnswerVersion::reason).isEqualTo(VersionReason.FINISHED);
        assertThat(mattersChanged).hasValue(1);
    }

    @Test
    void whenTheDatabaseFailsTheTextStaysAndTheEditorStaysOnIt() {
        Matter other = app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Annan fråga")
                .status(Status.SUBMITTED).build());
        vm.text().set("Viktig text som inte får försvinna");
        app.close();
        debouncer.fire();

        assertThat(vm.saveState().get()).startsWith("Kunde inte spara:");
        assertThat(vm.dirty().get()).isTrue();
        assertThat(vm.flush()).isFalse();
        assertThat(vm.open(other)).isFalse();
        assertThat(vm.matter().get().id()).isEqualTo(matter.id());
        assertThat(vm.text().get()).isEqualTo("Viktig text som inte får försvinna");
    }

    @Test
    void whatIsTypedWhileTheNextAnswerIsReadIsStoredBeforeItOpens() {
        ManualTaskExecutor disk = new ManualTaskExecutor();
        AnswerEditorViewModel slow = new AnswerEditorViewModel(app.answers(), disk, new ManualDebouncer(), dialogs,
                new WriterPreferences(node), Clock.systemUTC(), () -> { });
        slow.open(matter);
        disk.runAll();
        Matter other = app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Annan fråga")
                .status(Status.SUBMITTED).build());
        slow.text().set("Första meningen.");
        slow.open(other);
        disk.runAll();
        // The first text is stored and the next answer is being read, while the writer goes on in the first.
        assertThat(slow.matter().get().id()).isEqualTo(matter.id());
        slow.text().set("Första meningen. Och en till, skriven medan nästa lästes.");
        disk.runAll();
        disk.runAll();
        assertThat(slow.matter().get().id()).isEqualTo(other.id());
        assertThat(app.answers().open(matter).text())
                .isEqualTo("Första meningen. Och en till, skriven medan nästa lästes.");
    }
}
