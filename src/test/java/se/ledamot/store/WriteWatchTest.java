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
        // jOOQ's record.store() and returning() on H2: a SELECT of a data change delta table writes.
        assertThat(WriteWatch.isQuery("select \"ID\" from final table (insert into \"PUBLIC\".\"MEETING\" "
                + "(\"BODY_CODE\") values (?))")).isFalse();
        assertThat(WriteWatch.isQuery("SELECT * FROM OLD TABLE(DELETE FROM matter WHERE id = 1)")).isFalse();
        assertThat(WriteWatch.isQuery("select * from new\ntable ( update matter set title = ? )")).isFalse();
        assertThat(WriteWatch.isQuery("select final_table from matter")).isTrue();
    }

    @Test
    void theTableAWriteChangesRowsOfIsNamedWhateverTheQuotingAndOtherStatementsNameNone() {
        assertThat(WriteWatch.rowsOf("insert into \"PUBLIC\".\"MATTER\" (\"TITLE\") values (?)")).hasValue("MATTER");
        assertThat(WriteWatch.rowsOf("update matter_author set name = ?")).hasValue("MATTER_AUTHOR");
        assertThat(WriteWatch.rowsOf("/* x */ DELETE FROM public.matter_tag WHERE matter_id = 1")).hasValue("MATTER_TAG");
        assertThat(WriteWatch.rowsOf("merge into \"PUBLIC\".\"MEETING\" using (select 1) x on (true)"))
                .hasValue("MEETING");

        assertThat(WriteWatch.rowsOf("select \"ID\" from final table (insert into \"PUBLIC\".\"MEETING\" "
                + "(\"BODY_CODE\") values (?))")).hasValue("MEETING");
        assertThat(WriteWatch.rowsOf("SELECT * FROM OLD TABLE(DELETE FROM matter WHERE id = 1)")).hasValue("MATTER");
        assertThat(WriteWatch.rowsOf("select id from matter")).isEmpty();
        assertThat(WriteWatch.rowsOf("CHECKPOINT SYNC")).isEmpty();
        assertThat(WriteWatch.rowsOf("CREATE TRIGGER T AFTER INSERT ON MATTER CALL 'x'")).isEmpty();
        assertThat(WriteWatch.rowsOf("TRUNCATE TABLE matter")).isEmpty();
        assertThat(WriteWatch.rowsOf("DELETE matter")).isEmpty();
    }
}
