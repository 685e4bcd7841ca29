package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the database is sent counts as a query only when it begins with SELECT (issue 15's kept outputs hold). */
class WriteWatchTest {
    @Test
    void onlyASelectIsAQueryWhateverComesBeforeIt() {
        assertThat(WriteWatch.isQuery("select id from matter")).isTrue();
        assertThat(WriteWatch.isQuery("  (SELECT 1) UNION (SELECT 2)")).isTrue();
        assertThat(WriteWatch.isQuery("/* jOOQ */ -- note\n SELECT 1")).isTrue();

        assertThat(WriteWatch.isQuery("SELECTED_ROWS")).isFalse();
        assertThat(WriteWatch.isQuery("update matter set title = 'select'")).isFalse();
        assertThat(WriteWatch.isQuery("-- SELECT\nDELETE FROM matter")).isFalse();
        assertThat(WriteWatch.isQuery("/* SELECT */ INSERT INTO matter VALUES (1)")).isFalse();
        assertThat(WriteWatch.isQuery("CHECKPOINT SYNC")).isFalse();
        assertThat(WriteWatch.isQuery("SET DEFAULT_LOCK_TIMEOUT 20000")).isFalse();
        assertThat(WriteWatch.isQuery("/* never closed SELECT")).isFalse();
    }
}
