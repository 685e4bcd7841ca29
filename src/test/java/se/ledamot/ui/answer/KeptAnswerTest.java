package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/**
 * Walk29's emptied answer: nothing is put in the matter (answer.finish.empty), and under the empty draft Svar says
 * that the matter keeps its answer (with the day it was put in from here) and takes it back into the draft.
 */
class KeptAnswerTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private Preferences node;
    private AnswerEditorViewModel vm;
    private KeptAnswer kept;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T19:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @BeforeEach
    void open() {
        app = Ledamot.open(folder, clock);
        node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
        vm = new AnswerEditorViewModel(app.answers(), new CurrentThreadTaskExecutor(), new ManualDebouncer(),
                new RecordingDialogService(), new WriterPreferences(node), clock, () -> { });
        kept = new KeptAnswer(vm, clock);
    }

    @AfterEach
    void close() throws BackingStoreException {
        node.removeNode();
        app.close();
    }

    private Matter question(String answer) {
        return app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Busskort")
                .status(Status.SUBMITTED).authors(List.of(new Person("Lena Ek", "S")))
                .addressee(new Addressee("Anna Ek", "C", null)).answer(answer).build());
    }

    private void empty() {
        vm.text().set("");
        vm.finish();
    }

    @Test
    void anEmptiedDraftSaysTheMatterKeepsTheAnswerPutInAndOnWhichDay() {
        vm.open(question(""));
        vm.text().set("Busskorten kommer i januari.");
        vm.finish();
        assertThat(kept.line().get()).as("the draft holds the answer: nothing to say").isEmpty();

        empty();

        assertThat(vm.message().get()).isEqualTo(Localization.get("answer.finish.empty"));
        assertThat(vm.matter().get().answer()).isEqualTo("Busskorten kommer i januari.");
        assertThat(kept.line().get()).isEqualTo(
                "Texten här är tom; ärendet har kvar svaret som fördes in 22 november 2026 (4 ord).");
    }

    @Test
    void theAnswerIsTakenBackIntoTheDraft() {
        vm.open(question("Svaret som stod i ärendet."));
        empty();
        assertThat(kept.line().get()).isEqualTo("Texten här är tom; ärendet har kvar sitt svar (5 ord).");

        kept.takeBack();

        assertThat(vm.text().get()).isEqualTo("Svaret som stod i ärendet.");
        assertThat(vm.dirty().get()).as("saved as typing is").isTrue();
        assertThat(kept.line().get()).isEmpty();
    }

    @Test
    void aMatterWithoutAnAnswerSaysNothingUnderItsEmptyDraft() {
        vm.open(question(""));
        empty();

        assertThat(kept.line().get()).isEmpty();
    }
}
