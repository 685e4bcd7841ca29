package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.importer.hostile.Bait;

/**
 * Text made to make a backtracking pattern slow, for every extractor, grown ten times: the parser's counted work
 * grows about ten times too (a quadratic pattern would grow it a hundred times), and stays far below the budget.
 * The work is counted, not timed, so a loaded machine cannot make this fail.
 */
class ParserLinearityTest {
    private static final int SMALL = 5_000;
    /** Linear work grows 10 times, n log n about 13; quadratic 100. */
    private static final double MAX_GROWTH = 20;
    /** Work per character the budget allows is 4000; the parser should stay a long way under it. */
    private static final long MAX_WORK_PER_CHAR = 1000;

    static Stream<Arguments> baits() {
        return Bait.ALL.stream().map(b -> Arguments.of(b.field() + "/" + b.name(), b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baits")
    void workGrowsLinearlyWithTheText(String name, Bait bait) {
        String small = bait.text(SMALL);
        String large = bait.text(SMALL * 10);
        long w1 = Work.of(small);
        long w10 = Work.of(large);
        assertThat((double) w10 / w1).as("%s: work %d for %d chars, %d for %d", name, w1, small.length(), w10,
                large.length()).isLessThan(MAX_GROWTH);
        assertThat(w10 / large.length()).as("%s: work per character", name).isLessThan(MAX_WORK_PER_CHAR);
    }
}
