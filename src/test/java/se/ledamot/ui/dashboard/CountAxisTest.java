package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10, defect 11: the dashboard's charts count in whole steps and end just above the largest count. */
class CountAxisTest {
    @ParameterizedTest(name = "largest {0}: step {1}, top {2}")
    @CsvSource(textBlock = """
            0,    1,   1
            1,    1,   1
            3,    1,   3
            8,    1,   8
            9,    2,   10
            15,   2,   16
            37,   5,   40
            150,  20,  160
            1200, 200, 1200
            """)
    void wholeStepsAndATopJustAboveTheLargestCount(long largest, long step, long top) {
        assertThat(CountAxis.step(largest)).isEqualTo(step);
        assertThat(CountAxis.top(largest, CountAxis.step(largest))).isEqualTo(top);
    }
}
