package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;

/**
 * The texts of an agenda item in Sammanträden, without a screen: what is typed is stored when another item is chosen,
 * and a proposal another secretary saved meanwhile is asked, not written over (issue 16.5); the window tests walk the
 * same in the real window ({@code AgendaItemTextsWindowTest}).
 */
class AgendaItemTextsFormTest {
    private static final String THEIRS = "Ordföranden föreslår att Anna Ek justerar protokollet.";

    @TempDir
    Path folder;

    private TestContext test;
    private AgendaViewModel vm;
    private AgendaItemTextsViewModel texts;
    private Meeting december;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void anAgendaOnScreen() {
        test = new TestContext(folder);
        december = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        for (String text : List.of("Upprop", "Val av justerare")) {
            test.services.meetings().addText(december.id(), text);
        }
        vm = new AgendaViewModel(test.context);
        vm.setOnConflicts(asked::add);
        vm.meetingProperty().set(december);
        texts = vm.texts();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private AgendaItem stored(int index) {
        return test.services.meetings().agenda(december.id()).get(index);
    }

    @Test
    void whatIsTypedIsStoredWhenAnotherItemIsChosenAndShownWhenItComesBack() {
        texts.show(vm.items().get(1));
        texts.heading().set("Val av två justerare");
        texts.proposal().set("Ordföranden föreslår att Bo Ek justerar protokollet.");

        texts.show(vm.items().get(0));
        assertThat(stored(1).text()).isEqualTo("Val av två justerare");
        assertThat(stored(1).proposal()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");
        assertThat(texts.heading().get()).isEqualTo("Upprop");

        texts.show(vm.items().get(1));
        assertThat(texts.heading().get()).isEqualTo("Val av två justerare");
        assertThat(texts.flush()).isTrue();
    }

    @Test
    void aProposalSavedMeanwhileIsAskedAndTheirsKeptWhenChosen() {
        texts.show(vm.items().get(1));
        AgendaItem copy = stored(1);
        test.services.meetings().saveItem(copy, copy.withProposal(THEIRS));
        texts.proposal().set("Ordföranden föreslår att Bo Ek justerar protokollet.");
        texts.save();

        assertThat(stored(1).proposal()).isEqualTo(THEIRS);
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("proposal")));
        assertThat(texts.proposal().get()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");
        assertThat(texts.flush()).as("a choice waits").isFalse();

        vm.choose(asked.getFirst().getFirst(), Resolution.THEIRS, null, () -> { });
        assertThat(texts.proposal().get()).isEqualTo(THEIRS);
        assertThat(stored(1).proposal()).isEqualTo(THEIRS);
        assertThat(texts.flush()).isTrue();
    }
}
