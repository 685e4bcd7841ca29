package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterKind;
import se.ledamot.l10n.Localization;
import se.ledamot.service.RegisterService;
import se.ledamot.ui.TestContext;

/**
 * The register over the generator's municipality: scrolled to its end, sorted by a column, filtered and searched,
 * with rows read a page at a time. Five thousand matters keep the build short; the scale benchmark runs 100 000.
 */
class RegisterAtScaleTest {
    private static final int MATTERS = 5_000;

    @TempDir
    static Path folder;

    private static TestContext test;
    private RegisterViewModel vm;

    @BeforeAll
    static void generate() {
        test = new TestContext(folder);
        test.services.generate().generate(MATTERS, 7, n -> { }, n -> { });
    }

    @BeforeEach
    void open() {
        vm = new RegisterViewModel(test.context);
        vm.reload();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private List<String> titles(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> vm.visibleRows().get(i).title()).toList();
    }

    @Test
    void everyMatterIsListedAndTheLastPageIsReadWhenScrolledTo() {
        int count = test.services.register().count();
        assertThat(count).isGreaterThan(MATTERS / 2);
        assertThat(vm.visibleRows()).hasSize(count);
        assertThat(vm.summaryProperty().get()).isEqualTo(Localization.get("ui.register.summary", count, count));
        MatterRow last = vm.visibleRows().get(count - 1);
        assertThat(last.isLoaded()).isTrue();
        assertThat(last.title()).isNotBlank();
        assertThat(vm.visibleRows().indexOf(last)).isEqualTo(count - 1);
        assertThat(vm.select(last.id())).isTrue();
        assertThat(vm.selectedProperty().get()).isSameAs(last);
    }

    @Test
    void aColumnSortsTheWholeRegisterNotThePageOnScreen() {
        vm.sortBy(RegisterService.Sort.TITLE, true);
        int count = vm.visibleRows().size();
        List<String> first = titles(0, 200);
        List<String> end = titles(count - 200, count);
        assertThat(first).isSortedAccordingTo(String::compareTo);
        assertThat(end).isSortedAccordingTo(String::compareTo);
        assertThat(first.getLast().compareTo(end.getFirst())).isLessThanOrEqualTo(0);
        vm.sortBy(RegisterService.Sort.TITLE, false);
        assertThat(vm.visibleRows().getFirst().title()).isEqualTo(end.getLast());
    }

    @Test
    void filtersAndSearchNarrowTheListAndClearingBringsItAllBack() {
        int count = vm.visibleRows().size();
        vm.kindFilter().setAll(MatterKind.MOTION);
        int motions = vm.visibleRows().size();
        assertThat(motions).isBetween(1, count - 1);
        assertThat(titles(0, Math.min(motions, 100))).allMatch(t -> !t.isBlank());
        assertThat(IntStream.range(0, Math.min(motions, 100)).mapToObj(i -> vm.visibleRows().get(i).kindProperty()
                .get()).distinct()).containsExactly(Localization.kind(MatterKind.MOTION));
        vm.queryProperty().set("integrationsplanen");
        int found = vm.visibleRows().size();
        assertThat(found).isBetween(1, motions - 1);
        vm.clearFilters();
        assertThat(vm.visibleRows()).hasSize(count);
    }

    /**
     * The first page read before the whole list (the register at start) is the whole list's beginning: in the
     * register's own order, whose range of days widens until a page is full (a month holds ~200 of these matters,
     * so the larger pages need a year, five, all), in the other orders, and under a filter.
     */
    @Test
    void theFirstPageReadAloneIsTheBeginningOfTheWholeList() {
        RegisterService register = test.services.register();
        RegisterService.Query motions = RegisterService.Query.ALL.withFilters(java.util.Set.of(MatterKind.MOTION),
                java.util.Set.of(), java.util.Set.of());
        for (RegisterService.Query q : List.of(RegisterService.Query.ALL, motions,
                RegisterService.Query.ALL.sortedBy(RegisterService.Sort.TITLE, true),
                RegisterService.Query.ALL.sortedBy(RegisterService.Sort.SUBMITTED, true))) {
            long[] whole = register.ids(q, false);
            for (int page : new int[] {120, 1_000, 4_000, MATTERS * 2}) {
                long[] first = register.firstRows(q, page, test.context.today()).stream()
                        .mapToLong(se.ledamot.domain.MatterSummary::id).toArray();
                assertThat(first).as("%s, %d rows", q, page)
                        .containsExactly(java.util.Arrays.copyOf(whole, Math.min(page, whole.length)));
            }
        }
    }
}
