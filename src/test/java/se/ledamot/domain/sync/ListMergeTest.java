package se.ledamot.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The list rule of issue 16.5: entries are "who + version", the same who being the same entry changed. */
class ListMergeTest {
    private static final BiPredicate<String, String> SAME_WHO = (a, b) -> a.charAt(0) == b.charAt(0);
    private static final List<String> BASE = List.of("A1", "B1", "C1");

    private static ListMerge<String> merge(List<String> mine, List<String> theirs) {
        return ListMerge.of(BASE, mine, theirs, SAME_WHO);
    }

    @Test
    void differentAdditionsBothWinEachAfterTheEntryItFollowed() {
        ListMerge<String> m = merge(List.of("A1", "D1", "B1", "C1"), List.of("A1", "B1", "C1", "E1"));
        assertThat(m.conflict()).isFalse();
        assertThat(m.merged()).containsExactly("A1", "D1", "B1", "C1", "E1");
    }

    @Test
    void theSameAdditionOnBothSidesIsKeptOnce() {
        ListMerge<String> m = merge(List.of("A1", "B1", "C1", "D1", "F1"), List.of("A1", "B1", "C1", "D1", "E1"));
        assertThat(m.merged()).containsExactly("A1", "B1", "C1", "D1", "F1", "E1");
    }

    @Test
    void aRemovalAndAChangeOfOtherEntriesBothStand() {
        ListMerge<String> m = merge(List.of("A1", "C1"), List.of("A1", "B1", "C2"));
        assertThat(m.conflict()).isFalse();
        assertThat(m.merged()).containsExactly("A1", "C2");
    }

    @Test
    void oneReorderKeepsItsOrderAndTakesTheOthersAddition() {
        ListMerge<String> m = merge(List.of("C1", "A1", "B1"), List.of("A1", "B2", "C1", "D1"));
        assertThat(m.conflict()).isFalse();
        assertThat(m.merged()).containsExactly("C1", "D1", "A1", "B2");
    }

    @Test
    void reorderAgainstReorderIsAConflict() {
        ListMerge<String> m = merge(List.of("C1", "A1", "B1"), List.of("B1", "A1", "C1"));
        assertThat(m.conflict()).isTrue();
        assertThat(m.merged()).containsExactly("B1", "A1", "C1");
    }

    @Test
    void bothChangingOneEntryDifferentlyOrChangingWhatTheOtherRemovedIsAConflict() {
        assertThat(merge(List.of("A2", "B1", "C1"), List.of("A3", "B1", "C1")).conflict()).isTrue();
        assertThat(merge(List.of("A2", "B1", "C1"), List.of("B1", "C1")).conflict()).isTrue();
        assertThat(merge(List.of("B1", "C1"), List.of("B1", "C1", "D1")).merged()).containsExactly("B1", "C1", "D1");
    }

    @Test
    void onlyOneSideChangedTakesThatSide() {
        assertThat(merge(BASE, List.of("C1")).merged()).containsExactly("C1");
        assertThat(merge(List.of("C1"), BASE).merged()).containsExactly("C1");
    }
}
