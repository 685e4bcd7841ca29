package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/**
 * Issue 16.5 in the answer editor: two editors on one database (two windows on a shared server; the store's side with
 * two logins on PostgreSQL is StaleAnswerDraftTest) write the same answer. A stale autosave never overwrites: the
 * text both changed is asked in the conflict view with the merged text, the marks only the other set come into the
 * editor, and the choice is what is stored.
 */
class TwoAnswerEditorsTest {
    private static final String TEXT = "Första stycket.\nAndra stycket.\nTredje stycket.";

    @TempDir
    Path folder;

    private Ledamot app;
    private Preferences node;
    private Matter matter;
    private Editor anna;
    private Editor bo;

    /** One window's answer editor, with its own pause in typing and what its conflict view was asked to show. */
    private record Editor(AnswerEditorViewModel vm, ManualDebouncer pause, List<List<Conflict>> shown) {
    }

    @BeforeEach
    void twoEditors() {
        app = Ledamot.open(folder);
        node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
        matter = app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om simhallen")
                .status(Status.SUBMITTED).questions(List.of("När öppnar den?", "Vad kostar den?")).build());
        anna = editor();
        anna.vm().text().set(TEXT);
        anna.pause().fire();
        bo = editor();
        assertThat(bo.vm().text().get()).isEqualTo(TEXT);
    }

    private Editor editor() {
        ManualDebouncer pause = new ManualDebouncer();
        AnswerEditorViewModel vm = new AnswerEditorViewModel(app.answers(), new CurrentThreadTaskExecutor(), pause,
                new RecordingDialogService(), new WriterPreferences(node),
                Clock.fixed(Instant.parse("2026-11-22T19:00:00Z"), ZoneOffset.UTC), () -> { });
        List<List<Conflict>> shown = new ArrayList<>();
        vm.setOnConflicts(shown::add);
        vm.open(matter);
        return new Editor(vm, pause, shown);
    }

    @AfterEach
    void close() throws BackingStoreException {
        node.removeNode();
        app.close();
    }

    private String stored() {
        return app.answers().draft(matter.id()).orElseThrow().text();
    }

    @Test
    void aStaleAutosaveOfTheSameTextIsAskedAndTheMergedChoiceIsStored() {
        anna.vm().text().set("Första stycket, Annas.\nAndra stycket.\nTredje stycket.");
        anna.pause().fire();
        bo.vm().text().set("Första stycket.\nAndra stycket.\nTredje stycket, Bos.");
        bo.pause().fire();

        assertThat(stored()).isEqualTo("Första stycket, Annas.\nAndra stycket.\nTredje stycket.");
        assertThat(bo.shown()).hasSize(1);
        Conflict c = bo.shown().getFirst().getFirst();
        assertThat(c.kind()).isEqualTo(ConflictKind.SAVED_MEANWHILE);
        assertThat(c.field()).isEqualTo("answer");
        assertThat(c.theirs()).isEqualTo("Första stycket, Annas.\nAndra stycket.\nTredje stycket.");
        assertThat(c.mine()).isEqualTo("Första stycket.\nAndra stycket.\nTredje stycket, Bos.");
        assertThat(bo.vm().saveState().get()).contains("Någon annan");

        // Bo goes on typing: each save meets the conflict again, never writes, and does not ask again meanwhile.
        bo.vm().text().set(bo.vm().text().get() + "\nFjärde stycket.");
        bo.pause().fire();
        assertThat(stored()).isEqualTo("Första stycket, Annas.\nAndra stycket.\nTredje stycket.");
        assertThat(bo.shown()).hasSize(1);

        bo.vm().choose(c, Resolution.MERGED, c.merged().text(), () -> { });
        bo.pause().fire();
        String chosen = "Första stycket, Annas.\nAndra stycket.\nTredje stycket, Bos.\nFjärde stycket.";
        assertThat(bo.vm().text().get()).isEqualTo(chosen);
        assertThat(stored()).isEqualTo(chosen);
        assertThat(bo.shown()).hasSize(1);
    }

    @Test
    void theOthersMarksComeIntoTheEditorAndBothChangesStand() {
        anna.vm().questions().get(1).answered().set(true);
        anna.pause().fire();
        bo.vm().text().set(TEXT + "\nBos stycke.");
        bo.pause().fire();

        assertThat(bo.shown()).isEmpty();
        assertThat(stored()).isEqualTo(TEXT + "\nBos stycke.");
        assertThat(app.answers().draft(matter.id()).orElseThrow().answeredQuestions()).containsExactly(2);
        assertThat(bo.vm().questions().get(1).answered().get()).isTrue();
        // Bo's next save does not undo Anna's mark.
        bo.vm().text().set(TEXT + "\nBos stycke, längre.");
        bo.pause().fire();
        assertThat(app.answers().draft(matter.id()).orElseThrow().answeredQuestions()).containsExactly(2);
    }

    @Test
    void choosingTheOthersTextPutsItIntoTheEditor() {
        anna.vm().text().set("Annas text.");
        anna.pause().fire();
        bo.vm().text().set("Bos text.");
        bo.pause().fire();
        Conflict c = bo.shown().getFirst().getFirst();

        bo.vm().choose(c, Resolution.THEIRS, null, () -> { });
        bo.pause().fire();

        assertThat(bo.vm().text().get()).isEqualTo("Annas text.");
        assertThat(stored()).isEqualTo("Annas text.");
    }

    @Test
    void restoringAVersionFromAStaleEditorDoesNotWriteOverTheOthersText() {
        anna.vm().cutVersion();
        AnswerVersion first = anna.vm().versions().getLast();
        anna.vm().text().set("Annas andra text.");
        anna.pause().fire();
        bo = editor();
        bo.vm().text().set("Annas andra text. Bos tillägg.");
        bo.pause().fire();

        // Anna's editor still shows her text; her restore meets Bo's and writes nothing.
        anna.vm().restore(first);
        assertThat(stored()).isEqualTo("Annas andra text. Bos tillägg.");
        assertThat(anna.vm().text().get()).isEqualTo("Annas andra text. Bos tillägg.");
        assertThat(anna.vm().message().get()).startsWith("Någon annan har sparat svaret");
        assertThat(anna.shown()).isEmpty();
        // Having seen Bo's text, she restores again: it goes through, and Bo's text is kept as a version.
        anna.vm().restore(first);
        assertThat(stored()).isEqualTo(TEXT);
        assertThat(app.answers().versions(matter.id())).extracting(AnswerVersion::text)
                .contains("Annas andra text. Bos tillägg.");
    }

    @Test
    void finishingFromAStaleEditorWaitsForTheChoiceThenFinishesWithIt() {
        bo.vm().text().set(TEXT + "\nBos stycke.");
        bo.pause().fire();
        anna.vm().text().set("Första stycket, Annas.\nAndra stycket.\nTredje stycket.");
        anna.vm().finish();

        assertThat(app.matters().find(matter.id()).orElseThrow().answer()).isNullOrEmpty();
        assertThat(stored()).isEqualTo(TEXT + "\nBos stycke.");
        Conflict c = anna.shown().getFirst().getFirst();
        anna.vm().choose(c, Resolution.MERGED, c.merged().text(), () -> { });
        anna.pause().fire();
        anna.vm().finish();
        String merged = "Första stycket, Annas.\nAndra stycket.\nTredje stycket.\nBos stycke.";
        assertThat(app.matters().find(matter.id()).orElseThrow().answer()).isEqualTo(merged);
        assertThat(app.matters().find(matter.id()).orElseThrow().status()).isEqualTo(Status.ANSWER_READY);
    }
}
