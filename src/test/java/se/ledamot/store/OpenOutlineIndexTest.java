package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Lifecycle;

/**
 * What overdue and the dashboard read of the open matters (their outlines, the pending counts' columns) comes from
 * index V28 alone: every column selected and tested is in it, so H2 reads no matter row with its body and answer.
 */
class OpenOutlineIndexTest {
    private static final String INDEX = "MATTER_OUTLINE_BY_KIND_STATUS";

    @TempDir
    Path folder;

    @Test
    void theOpenOutlinesAndThePendingCountsAreReadThroughTheOutlineIndex() {
        try (Database db = TestDatabases.local(folder)) {
            LocalDate day = LocalDate.of(2026, 11, 25);
            String overdue = plan(db, MatterCursor.COLUMNS, OverdueCandidates.on(day));
            String dashboard = plan(db, MatterCursor.COLUMNS, OutlookStore.mayBeDue(day));
            String pending = db.dsl().fetchValue("EXPLAIN " + OpenMatters.query(OutlookStore.PENDING_COLUMNS,
                    Lifecycle::isPending, null)).toString();
            assertThat(List.of(overdue, dashboard, pending)).allSatisfy(p -> assertThat(p).containsIgnoringCase(INDEX));
            // Every column the outline is made of is in the index (the primary key is each index entry's own).
            String columns = db.dsl().fetchValue("SELECT LISTAGG(c.column_name, ',') FROM"
                    + " information_schema.index_columns c WHERE c.index_name = '" + INDEX + "'").toString();
            assertThat(MatterCursor.COLUMNS.split(", *")).allSatisfy(c -> assertThat(c.equals("id")
                    || columns.contains(c.toUpperCase(java.util.Locale.ROOT))).as(c).isTrue());
        }
    }

    private static String plan(Database db, String columns, String narrowing) {
        return db.dsl().fetchValue("EXPLAIN " + OpenMatters.query(columns, Lifecycle::isOpen, narrowing)).toString();
    }
}
