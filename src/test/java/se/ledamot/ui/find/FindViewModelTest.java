package se.ledamot.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;
import se.ledamot.domain.DomainException;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.task.ManualTaskExecutor;

/** The search of everything without a window: the latest question wins, groups, no hits, failures, destinations. */
class FindViewModelTest {
    private final ManualTaskExecutor disk = new ManualTaskExecutor();
    private final List<String> asked = new ArrayList<>();

    private FindViewModel model(Function<String, List<Hit>> answers) {
        return new FindViewModel(disk, q -> {
            asked.add(q.text());
            return answers.apply(q.text());
        });
    }

    private static Hit hit(HitType type, long id, String label) {
        return new Hit(type, id, type == HitType.AGENDA_ITEM ? 7L : null, type == HitType.PARTY ? "V" : label,
                label, List.of(new Hit.Mark(0, 3)), type == HitType.MATTER ? MatterKind.MOTION : null,
                type == HitType.MATTER ? Status.SUBMITTED : null, null, null, null,
                type == HitType.PERSON ? "S" : null, Hit.Snippet.NONE, 1f);
    }

    @Test
    void typingFastAsksOnlyTheFirstAndTheLatestTextAndNeverShowsAStaleAnswer() {
        FindViewModel vm = model(text -> List.of(hit(HitType.MATTER, text.length(), "Motion " + text)));
        vm.textProperty().set("s");
        vm.textProperty().set("sk");
        vm.textProperty().set("sko");
        vm.textProperty().set("skol");
        // One question is out ("s"); the three texts typed meanwhile wait as one: the latest.
        assertThat(disk.waiting()).isEqualTo(1);
        assertThat(vm.rows()).isEmpty();

        disk.runAll();

        assertThat(asked).containsExactly("s", "skol");
        assertThat(vm.answeredProperty().get()).isEqualTo("skol");
        assertThat(vm.hits()).extracting(Hit::label).containsExactly("Motion skol");
    }

    @Test
    void anAnswerArrivingAfterTheFieldWasEmptiedIsDropped() {
        FindViewModel vm = model(text -> List.of(hit(HitType.MATTER, 1, "Motion om skolan")));
        vm.textProperty().set("skolan");
        vm.clear();
        disk.runAll();

        assertThat(asked).containsExactly("skolan");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void hitsAreGroupedByTypeInTheOrderOfEachGroupsBestHitKeepingTheRanking() {
        FindViewModel vm = model(text -> List.of(hit(HitType.MEETING, 3, "KF 2026-03-02"),
                hit(HitType.MATTER, 1, "Motion A"), hit(HitType.MEETING, 4, "KS 2026-03-09"),
                hit(HitType.MATTER, 2, "Motion B"), hit(HitType.PERSON, 0, "Anna Berg (S)")));
        vm.textProperty().set("mars");
        disk.runAll();

        assertThat(vm.rows()).extracting(r -> r.isHeading() ? "# " + r.type() + " " + r.count() : r.hit().label())
                .containsExactly("# MEETING 2", "KF 2026-03-02", "KS 2026-03-09", "# MATTER 2", "Motion A",
                        "Motion B", "# PERSON 1", "Anna Berg (S)");
    }

    @Test
    void noHitsSaysSoInSwedishAndAFailureSaysWhyWithoutShowingOldHits() {
        FindViewModel vm = model(text -> {
            if (text.equals("trasig")) {
                throw new DomainException("search.index.busy");
            }
            return text.equals("skola") ? List.of(hit(HitType.MATTER, 1, "Motion om skola")) : List.of();
        });
        vm.textProperty().set("zzxq");
        disk.runAll();
        assertThat(vm.messageProperty().get()).isEqualTo("Inga träffar.");

        vm.textProperty().set("skola");
        disk.runAll();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.hits()).hasSize(1);

        vm.textProperty().set("trasig");
        disk.runAll();
        assertThat(vm.messageProperty().get()).isEqualTo("Sökningen gick inte: Sökindexet används av ett annat program just nu"
                + " (till exempel fönstret). Stäng det och försök igen.");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void eachTypeOfHitLeadsToTheScreenThatShowsIt() {
        assertThat(FindViewModel.destinationOf(hit(HitType.MATTER, 5, "Motion")))
                .isEqualTo(new Destination.MatterInRegister(5));
        assertThat(FindViewModel.destinationOf(hit(HitType.MEETING, 3, "KF")))
                .isEqualTo(new Destination.MeetingOf(3, null));
        assertThat(FindViewModel.destinationOf(hit(HitType.AGENDA_ITEM, 11, "2. Motion")))
                .isEqualTo(new Destination.MeetingOf(7, 11L));
        assertThat(FindViewModel.destinationOf(hit(HitType.ANSWER, 5, "Fråga")))
                .isEqualTo(new Destination.AnswerOf(5));
        assertThat(FindViewModel.destinationOf(hit(HitType.PERSON, 0, "Anna Berg (S)")))
                .isEqualTo(new Destination.RegisterOf(new Person("Anna Berg", "S"), null));
        assertThat(FindViewModel.destinationOf(hit(HitType.PARTY, 0, "Vänsterpartiet (V)")))
                .isEqualTo(new Destination.RegisterOf(null, "V"));
    }

    @Test
    void theQuestionIsTheCommandLinesSearchWithTheWordBeingTypedAsAPrefix() {
        assertThat(FindViewModel.question("  plan för integrationsp")).isEqualTo(SearchQuery.of(
                "plan för integrationsp", 20).typing(true));
        // A space ends the word: the same text as the command line's (the parser reads no prefix after a space).
        assertThat(FindViewModel.question("plan för integration ").text()).isEqualTo("plan för integration ");
    }

    @Test
    void aSpaceAfterTheLastWordAsksAgain() {
        FindViewModel vm = model(text -> List.of(hit(HitType.MATTER, text.length(), "Motion " + text)));
        vm.textProperty().set("skol");
        disk.runAll();
        vm.textProperty().set("skol ");
        disk.runAll();

        assertThat(asked).containsExactly("skol", "skol ");
        assertThat(vm.answeredProperty().get()).isEqualTo("skol");
        assertThat(vm.hits()).extracting(Hit::label).containsExactly("Motion skol ");
    }
}
