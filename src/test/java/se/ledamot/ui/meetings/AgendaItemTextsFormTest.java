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
        showAgenda();
    }

    /** The agenda of the meeting in a form (of a window on the folder). */
    private void showAgenda() {
        vm = new AgendaViewModel(test.context);
        vm.setOnConflicts(asked::add);
        vm.meetingProperty().set(december);
        texts = vm.texts();
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** The row of the agenda's item {@code index} (the kallelse's standard items not on it left out). */
    private AgendaRow item(int index) {
        return vm.items().stream().filter(r -> r.item() != null).toList().get(index);
    }

    private AgendaItem stored(int index) {
        return test.services.meetings().agenda(december.id()).get(index);
    }

    @Test
    void aFreeTextItemsExampleSpeaksOfNoMotion() {
        test.services.meetings().addText(december.id(), "Utbyggnad av förskolan");
        showAgenda();
        texts.show(item(2));
        assertThat(texts.proposalPrompt().get()).doesNotContain("motion")
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att kommunfullmäktige beslutar enligt förslaget.");
    }

    /**
     * "Kommunstyrelsen föreslår …" was the example under Val av justerare too, where the chair proposes who checks
     * the minutes; Upprop has nothing proposed, so no example.
     */
    @Test
    void aStandardItemsExampleFitsItOrThereIsNone() {
        texts.show(item(1));
        assertThat(texts.proposalPrompt().get()).isEqualTo("Till exempel: Anna Andersson (S) och Bo Berg (M) utses "
                + "att jämte ordföranden justera protokollet.");
        texts.show(item(0));
        assertThat(texts.proposalPrompt().get()).as("Upprop").isEmpty();
    }

    @Test
    void whatIsTypedIsStoredWhenAnotherItemIsChosenAndShownWhenItComesBack() {
        texts.show(item(1));
        texts.heading().set("Val av två justerare");
        texts.proposal().set("Ordföranden föreslår att Bo Ek justerar protokollet.");

        texts.show(item(0));
        assertThat(stored(1).text()).isEqualTo("Val av två justerare");
        assertThat(stored(1).proposal()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");
        assertThat(texts.heading().get()).isEqualTo("Upprop");

        texts.show(item(1));
        assertThat(texts.heading().get()).isEqualTo("Val av två justerare");
        assertThat(texts.flush()).isTrue();
    }

    /**
     * The texts were stored only on Spara punkten, another item or leaving the screen: typed and the program gone (a
     * crash, the battery), they were lost. They are stored when typing pauses, as in the editor; she types on after.
     */
    @Test
    void whatIsTypedIsStoredWhenTypingPausesWhileTheItemStaysChosen() {
        texts.show(item(1));
        texts.proposal().set("Ordföranden föreslår att Bo Ek justerar protokollet.");
        assertThat(test.debouncer.isPending()).as("the store waits for typing to pause").isTrue();
        test.debouncer.fire();
        assertThat(stored(1).proposal()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");

        texts.heading().set("Val av två justerare");
        test.debouncer.fire();
        assertThat(stored(1).text()).isEqualTo("Val av två justerare");
        assertThat(stored(1).proposal()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");
        assertThat(texts.heading().get()).isEqualTo("Val av två justerare");
        assertThat(texts.error().get()).isEmpty();
        assertThat(texts.typed()).isFalse();
    }

    /**
     * The pause comes after she chose another item (Partigrupp stored S's typing into V's position so): what she
     * typed is stored into the item it was typed for, on leaving it, and the other item keeps its own texts.
     */
    @Test
    void aPauseAfterAnotherItemIsChosenStoresNothingIntoThatItem() {
        texts.show(item(1));
        texts.proposal().set("Ordföranden föreslår att Bo Ek justerar protokollet.");
        texts.show(item(0));
        texts.proposal().set("Ordföranden föreslår upprop efter listan.");
        texts.show(item(1));
        test.debouncer.fire();
        assertThat(stored(0).proposal()).isEqualTo("Ordföranden föreslår upprop efter listan.");
        assertThat(stored(1).proposal()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");
        assertThat(texts.proposal().get()).isEqualTo("Ordföranden föreslår att Bo Ek justerar protokollet.");
    }

    /** A choice waits on the item: typing on and pausing does not bring the conflict view back at every pause. */
    @Test
    void aPauseWhileAChoiceWaitsDoesNotAskAgain() {
        texts.show(item(1));
        proposalMetOnBothSides(1, "Ordföranden föreslår att Bo Ek justerar protokollet.");
        test.debouncer.cancel();
        texts.proposal().set("Ordföranden föreslår att Bo Ek och Anna Ek justerar protokollet.");
        test.debouncer.fire();
        assertThat(asked).hasSize(1);
        assertThat(stored(1).proposal()).isEqualTo(THEIRS + " 1");
    }

    @Test
    void aProposalSavedMeanwhileIsAskedAndTheirsKeptWhenChosen() {
        texts.show(item(1));
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

    @Test
    void textsPutAsideOnTwoItemsAreEachKeptShownAgainAndChosen() {
        String mine0 = "Ordföranden föreslår upprop efter listan.";
        String mine1 = "Ordföranden föreslår att Bo Ek justerar protokollet.";
        texts.show(item(1));
        proposalMetOnBothSides(1, mine1);
        texts.show(item(0));
        proposalMetOnBothSides(0, mine0);
        assertThat(asked).hasSize(2);

        // Both put aside ("Välj senare"): back on the first item, her text is on screen and both are asked again.
        texts.show(item(1));
        assertThat(texts.proposal().get()).isEqualTo(mine1);
        assertThat(texts.error().get()).contains("inte sparat");
        assertThat(asked).hasSize(3);
        assertThat(asked.getLast()).extracting(Conflict::key).containsExactlyInAnyOrder(
                String.valueOf(stored(0).id()), String.valueOf(stored(1).id()));
        assertThat(texts.flush()).as("choices wait").isFalse();

        // She keeps hers on the item not shown, and the other's on the item shown: both stored as chosen.
        Conflict first = asked.getLast().stream().filter(c -> c.key().equals(String.valueOf(stored(0).id())))
                .findFirst().orElseThrow();
        Conflict second = asked.getLast().stream().filter(c -> c.key().equals(String.valueOf(stored(1).id())))
                .findFirst().orElseThrow();
        vm.choose(first, Resolution.MINE, null, () -> { });
        assertThat(stored(0).proposal()).isEqualTo(mine0);
        vm.choose(second, Resolution.THEIRS, null, () -> { });
        assertThat(stored(1).proposal()).isEqualTo(THEIRS + " 1");
        assertThat(texts.proposal().get()).isEqualTo(THEIRS + " 1");
        assertThat(texts.flush()).isTrue();
    }

    /** On the item shown: the other saves a proposal, she types hers over her stale copy and saves; it is asked. */
    private void proposalMetOnBothSides(int index, String mine) {
        AgendaItem copy = stored(index);
        test.services.meetings().saveItem(copy, copy.withProposal(THEIRS + " " + index));
        texts.proposal().set(mine);
        texts.save();
        assertThat(asked.getLast()).extracting(Conflict::key).containsExactly(String.valueOf(copy.id()));
    }

    /** The window closed (she answered yes) with her proposal put aside; a window on the folder again. */
    private void reopenedAfterPuttingAside(String mine) {
        texts.show(item(1));
        proposalMetOnBothSides(1, mine);
        test.close();
        asked.clear();
        test = new TestContext(folder);
        showAgenda();
    }

    @Test
    void aProposalPutAsideIsAskedAgainAfterTheWindowWasClosedAndHerChoiceStored() {
        String mine = "Ordföranden föreslår att Bo Ek justerar protokollet.";
        reopenedAfterPuttingAside(mine);

        vm.askKept();
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement()
                .satisfies(c -> assertThat(c.mine()).isEqualTo(mine)));
        assertThat(texts.error().get()).contains("Välj senare").contains("Val av justerare");
        texts.show(item(1));
        assertThat(texts.proposal().get()).isEqualTo(mine);
        assertThat(test.services.putAside().waiting()).hasSize(1);

        vm.choose(asked.getLast().getFirst(), Resolution.MINE, null, () -> { });
        assertThat(stored(1).proposal()).isEqualTo(mine);
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(texts.flush()).isTrue();
    }

    @Test
    void aProposalPutAsideOnAnItemTakenOffTheAgendaIsForgottenWithALineThatSaysWhatSheWrote() {
        String mine = "Ordföranden föreslår att Bo Ek justerar protokollet.";
        reopenedAfterPuttingAside(mine);
        test.services.meetings().remove(stored(1).id());

        vm.askKept();
        assertThat(asked).isEmpty();
        assertThat(test.services.putAside().waiting()).isEmpty();
        assertThat(texts.error().get()).contains("Val av justerare").contains("finns inte längre").contains(mine);
    }
}
