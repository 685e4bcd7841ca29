package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.ui.TestContext;

/** Svar's list follows the matter chosen in Ärenden: an interpellation or a question, never a motion. */
class AnswerListViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private AnswerListViewModel list;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        list = new AnswerListViewModel(test.context);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long add(MatterKind kind, String title, Status status) {
        return test.services.matters().add(Matter.newMatter(kind, title).submitted(LocalDate.parse("2026-11-02"))
                .status(status).build()).id();
    }

    @Test
    void theMatterChosenInTheRegisterIsTakenOnceAndAnAnsweredOneIsListedToo() {
        long answered = add(MatterKind.INTERPELLATION, "Om integrationsenheten", Status.ANSWERED);
        test.context.chooseMatter(answered);

        assertThat(list.chosenSinceLastShown()).contains(answered);
        assertThat(list.chosenSinceLastShown()).isEmpty();
        list.include(answered);
        assertThat(list.matters()).extracting(Matter::id).containsExactly(answered);
    }

    @Test
    void aMotionChosenInTheRegisterIsNotListedInSvar() {
        long question = add(MatterKind.QUESTION, "Om busskortet", Status.SUBMITTED);
        long motion = add(MatterKind.MOTION, "Om en integrationsplan", Status.SUBMITTED);
        test.context.chooseMatter(motion);

        list.include(list.chosenSinceLastShown().orElseThrow());
        assertThat(list.matters()).extracting(Matter::id).containsExactly(question);
    }

    /**
     * The tester's walk: a sentence added in Svar and kept as a version, never entered; Debatt then recorded the
     * interpellation as answered, and Svar's list was empty: the draft could be reached only by the command line.
     */
    @Test
    void anAnsweredInterpellationWhoseDraftWasNeverEnteredStaysListedAndSaysSo() {
        Matter matter = test.services.matters().require(add(MatterKind.INTERPELLATION, "Integrationsenhet",
                Status.SUBMITTED));
        Matter entered = test.services.answers().finish(matter, "Svaret som fördes in.", java.util.Set.of());
        test.services.answers().autosave(matter.id(), "Svaret som fördes in. En mening till.", java.util.Set.of());
        test.services.matters().save(entered.toBuilder().status(Status.ANSWERED).build());
        long done = add(MatterKind.QUESTION, "Om busskortet", Status.ANSWERED);

        list.reload();
        assertThat(list.matters()).extracting(Matter::id).containsExactly(matter.id());
        assertThat(list.label(list.matters().getFirst()))
                .isEqualTo("Interpellation: Integrationsenhet · besvarad, utkastet här är inte infört i ärendet");
        assertThat(done).isNotEqualTo(matter.id());
        // What Debatt asks when it decides the matter, to say that her draft was not entered.
        assertThat(test.services.debates().draftNotEntered(test.services.matters().require(matter.id()))).isTrue();
    }

    @Test
    void anAnsweredInterpellationWhoseDraftIsTheEnteredAnswerIsNotListed() {
        Matter matter = test.services.matters().require(add(MatterKind.INTERPELLATION, "Integrationsenhet",
                Status.SUBMITTED));
        Matter entered = test.services.answers().finish(matter, "Svaret som fördes in.", java.util.Set.of());
        test.services.matters().save(entered.toBuilder().status(Status.ANSWERED).build());

        list.reload();
        assertThat(list.matters()).isEmpty();
        assertThat(test.services.debates().draftNotEntered(test.services.matters().require(matter.id()))).isFalse();
    }
}
