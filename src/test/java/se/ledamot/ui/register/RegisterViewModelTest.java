package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.Urgency;
import se.ledamot.search.Hit;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;

class RegisterViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;
    private RegisterViewModel vm;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        Samples.addAll(test.services.matters());
        vm = new RegisterViewModel(test.context);
        vm.reload();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private List<String> visibleTitles() {
        return vm.visibleRows().stream().map(MatterRow::title).toList();
    }

    @Test
    void reloadShowsEveryMatterNotInTheTrash() {
        assertThat(vm.visibleRows()).hasSize(6);
        assertThat(vm.summaryProperty().get()).isEqualTo("6 av 6 ärenden");
        assertThat(vm.parties()).containsExactly("KD", "MP", "S", "V");
    }

    @Test
    void filtersOnKindStatusPartyAndTextCombine() {
        vm.kindFilter().setAll(MatterKind.MOTION);
        assertThat(visibleTitles()).containsExactlyInAnyOrder("Motion om att upprätta en integrationsplan",
                "Motion om längre öppettider i simhallen");
        vm.partyFilter().setAll("V");
        assertThat(visibleTitles()).containsExactly("Motion om att upprätta en integrationsplan");
        vm.kindFilter().clear();
        vm.partyFilter().clear();
        vm.statusFilter().setAll(Status.SUBMITTED);
        vm.queryProperty().set("jobbhuset");
        assertThat(visibleTitles()).containsExactly("Interpellation om integrationsenheten och Jobbhuset");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 av 6 ärenden");
        vm.clearFilters();
        assertThat(vm.visibleRows()).hasSize(6);
    }

    @Test
    void freeTextLooksInClausesAndAuthorsToo() {
        vm.queryProperty().set("föreningslivet");
        assertThat(visibleTitles()).containsExactly("Motion om att upprätta en integrationsplan");
        vm.queryProperty().set("christierson");
        assertThat(visibleTitles()).containsExactly("Interpellation om integrationsenheten och Jobbhuset");
    }

    @Test
    void motionNearItsOneYearLimitIsSoonAndPastItOverdue() {
        MatterRow plan = row("Motion om att upprätta en integrationsplan");
        assertThat(plan.urgency()).isEqualTo(Urgency.SOON);
        assertThat(plan.deadlineTextProperty().get()).isEqualTo("om 24 dagar");
        assertThat(plan.ageMonthsProperty().get()).isEqualTo(11L);
        MatterRow pool = row("Motion om längre öppettider i simhallen");
        assertThat(pool.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(pool.deadlineTextProperty().get()).isEqualTo("försenad 52 dagar");
        assertThat(row("Medborgarförslag om cykelväg till Kyrkbyn").urgency()).isEqualTo(Urgency.OK);
        assertThat(row("Anförande om integrationsarbetet under kommunstyrelsen").urgency()).isEqualTo(Urgency.NONE);
    }

    @Test
    void aDecidedMotionIsNoLongerLate() {
        MatterRow pool = row("Motion om längre öppettider i simhallen");
        vm.saved(test.services.matters().require(pool.id()).moveTo(Status.DECIDED));
        assertThat(pool.urgency()).isEqualTo(Urgency.NONE);
        assertThat(pool.deadlineTextProperty().get()).isEmpty();
    }

    @Test
    void newMatterIsStoredShownThroughFiltersAndSelected() {
        vm.kindFilter().setAll(MatterKind.REFERRAL);
        List<Long> told = new ArrayList<>();
        vm.create(told::add);
        MatterRow created = vm.selectedProperty().get();
        assertThat(told).containsExactly(created.id());
        assertThat(vm.selectedProperty().get()).isSameAs(created);
        assertThat(vm.kindFilter()).isEmpty();
        assertThat(vm.visibleRows()).contains(created);
        assertThat(test.services.matters().find(created.id())).get()
                .extracting(Matter::title, Matter::kind, Matter::status)
                .containsExactly("Nytt ärende", MatterKind.MOTION, Status.DRAFT);
    }

    @Test
    void aSecondNewWhileTheDraftIsUntouchedKeepsOneDraft() {
        int before = test.services.matters().list().size();
        List<Long> told = new ArrayList<>();
        vm.create(told::add);
        MatterRow first = vm.selectedProperty().get();
        vm.create(told::add);
        assertThat(vm.selectedProperty().get()).isSameAs(first);
        assertThat(told).containsExactly(first.id(), first.id());
        assertThat(test.services.matters().list()).hasSize(before + 1);

        Matter written = test.services.matters().require(first.id()).toBuilder().title("Motion om bänkar").build();
        test.services.matters().save(written);
        vm.saved(written);
        vm.create(told::add);
        MatterRow second = vm.selectedProperty().get();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(test.services.matters().list()).hasSize(before + 2);
    }

    @Test
    void deletedMatterGoesToTheTrashAndUndoBringsItBack() {
        MatterRow pool = row("Motion om längre öppettider i simhallen");
        vm.selectedProperty().set(pool);
        vm.trash(pool);
        assertThat(visibleTitles()).doesNotContain("Motion om längre öppettider i simhallen");
        assertThat(test.services.matters().isTrashed(pool.id())).isTrue();
        assertThat(vm.selectedProperty().get()).isNotNull().isNotSameAs(pool);
        assertThat(test.dialogs.lastNotification())
                .isEqualTo("Ärendet ”Motion om längre öppettider i simhallen” flyttades till papperskorgen.");
        assertThat(test.dialogs.lastActionText).isEqualTo("Ångra");

        test.dialogs.lastAction.run();
        assertThat(test.services.matters().isTrashed(pool.id())).isFalse();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(pool.id());
        assertThat(visibleTitles()).contains("Motion om längre öppettider i simhallen");
    }

    @Test
    void mattersWrittenElsewhereAppearWhenTheContextSaysSo() {
        test.services.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort").build());
        assertThat(vm.visibleRows()).hasSize(6);
        test.context.mattersChanged();
        assertThat(visibleTitles()).contains("Fråga om busskort");
        test.services.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om parkering").build());
        test.context.mattersChanged();
        assertThat(visibleTitles()).contains("Fråga om parkering");
    }

    @Test
    void reloadKeepsTheSelectedMatter() {
        MatterRow plan = row("Motion om att upprätta en integrationsplan");
        vm.selectedProperty().set(plan);
        vm.reload();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(plan.id());
    }

    @Test
    void threeThousandMattersLoadAndFilter() {
        List<Matter> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(Matter.newMatter(i % 2 == 0 ? MatterKind.MOTION : MatterKind.QUESTION, "Ärende nummer " + i)
                    .submitted(LocalDate.parse("2025-01-01").plusDays(i % 600)).status(Status.SUBMITTED)
                    .authors(List.of(new Person("Person " + i, i % 3 == 0 ? "S" : "M")))
                    .body("Text om skolan och vården ".repeat(20)).build());
        }
        many.forEach(test.services.matters()::add);
        long start = System.nanoTime();
        vm.reload();
        long loaded = System.nanoTime();
        vm.queryProperty().set("nummer 2999");
        long filtered = System.nanoTime();
        assertThat(visibleTitles()).containsExactly("Ärende nummer 2999");
        System.out.printf("register: loaded %d matters in %d ms, free-text filter in %d ms%n",
                vm.total(), (loaded - start) / 1_000_000, (filtered - loaded) / 1_000_000);
    }

    private MatterRow row(String title) {
        return vm.visibleRows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    /** The register's search marks: the index's own spans in the titles, and the selected matter's snippet. */
    @Nested
    class Marks {
        private static String marked(String text, List<Hit.Mark> marks) {
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (Hit.Mark m : marks) {
                b.append(text, at, m.start()).append('[').append(text, m.start(), m.end()).append(']');
                at = m.end();
            }
            return b.append(text.substring(at)).toString();
        }

        @Test
        void withoutASearchNothingIsMarked() {
            assertThat(vm.visibleRows()).hasSize(6);
            assertThat(vm.searchMarks().searchedProperty().get()).isNull();
            assertThat(vm.searchMarks().marks("Motion om att upprätta en integrationsplan")).isEmpty();
            vm.select(vm.visibleRows().getFirst().id());
            assertThat(vm.searchMarks().snippetProperty().get().text()).isEmpty();
        }

        @Test
        void aSearchMarksWordFormsCompoundsAndTheWordBeingTypedInTheTitles() {
            vm.queryProperty().set("integration");
            assertThat(vm.visibleRows()).extracting(r -> marked(r.title(), vm.searchMarks().marks(r.title())))
                    .containsExactlyInAnyOrder(
                    "Motion om att upprätta en [integrationsplan]",
                    "Interpellation om [integrationsenheten] och Jobbhuset",
                    "Remiss: rapport om [integration] i Borås",
                    "Anförande om [integrationsarbetet] under kommunstyrelsen");

            vm.queryProperty().set("simhall");
            assertThat(vm.visibleRows()).extracting(r -> marked(r.title(), vm.searchMarks().marks(r.title())))
                    .containsExactly("Motion om längre öppettider i [simhallen]");
        }

        @Test
        void theSelectedMatterShowsTheSnippetOfItsTextAroundTheMatch() {
            vm.queryProperty().set("föreningslivet");
            MatterRow plan = vm.visibleRows().getFirst();
            vm.select(plan.id());
            Hit.Snippet s = vm.searchMarks().snippetProperty().get();
            assertThat(marked(s.text(), s.marks())).contains("tillsammans med [föreningslivet]");

            vm.queryProperty().set("");
            assertThat(vm.searchMarks().snippetProperty().get().text()).isEmpty();
            assertThat(vm.searchMarks().marks(plan.title())).isEmpty();
        }
    }
}
