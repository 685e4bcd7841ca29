package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Stance;

/** Matters and positions stored under retired codes open with today's statuses and stances, history too. */
class StatusMigrationTest {
    @TempDir
    Path folder;

    @Test
    void retiredStatusesMoveToTheRegisterWords() throws Exception {
        String url = MigrationTest.h2MigratedTo(folder, "4");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            insert(s, 1, "interpellation", "answered", null);
            insert(s, 2, "question", "debated", "answered");
            insert(s, 3, "referral", "opinion_drafted", null);
            insert(s, 4, "referral", "sent", "approved");
            insert(s, 5, "motion", "referred", "referred_back");
            insert(s, 6, "motion", "decided", "struck_off");
            insert(s, 7, "motion", "decided", "approved");
            insert(s, 8, "interpellation", "lapsed", "struck_off");
            s.execute("INSERT INTO meeting (id, body_code, meeting_date, status, created_at, updated_at) VALUES (1, 'KF',"
                    + " DATE '2026-12-14', 'planned', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+01',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+01')");
            s.execute("""
                    INSERT INTO agenda_item (id, meeting_id, item_number, matter_id, text) VALUES
                    (1, 1, 1, 1, NULL), (2, 1, 2, 7, NULL), (3, 1, 3, NULL, 'Budget 2027'), (4, 1, 4, 3, NULL)""");
            s.execute("""
                    INSERT INTO group_position (group_code, item_id, stance, updated_at) VALUES
                    ('V', 1, 'reject', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+01'),
                    ('V', 2, 'support', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+01'),
                    ('V', 3, 'support', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+01'),
                    ('V', 4, 'refer_back', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+01')""");
            s.execute("""
                    INSERT INTO matter_change (matter_id, changed_at, field, old_value, new_value) VALUES
                    (2, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+01', 'status', 'submitted', 'answered'),
                    (2, TIMESTAMP WITH TIME ZONE '2026-12-14 20:00:00+01', 'status', 'answered', 'debated')""");
        }
        try (Database db = TestDatabases.local(folder)) {
            MatterStore store = new MatterStore(db.dsl(), Clock.systemUTC());
            assertThat(store.list()).extracting(Matter::id, Matter::status, Matter::decision).containsExactlyInAnyOrder(
                    tuple(1L, Status.ANSWER_READY, null),
                    tuple(2L, Status.ANSWERED, null),
                    tuple(3L, Status.PREPARED, null),
                    tuple(4L, Status.ANSWERED, Decision.APPROVED),
                    tuple(5L, Status.REFERRED_BACK, Decision.REFERRED_BACK),
                    tuple(6L, Status.STRUCK_OFF, Decision.STRUCK_OFF),
                    tuple(7L, Status.DECIDED, Decision.APPROVED),
                    tuple(8L, Status.STRUCK_OFF, Decision.STRUCK_OFF));
            assertThat(store.timeline(2)).filteredOn(c -> c.field().equals("status"))
                    .extracting(MatterChange::oldValue, MatterChange::newValue)
                    .containsExactly(tuple("submitted", "answer_ready"), tuple("answer_ready", "answered"));
            PositionStore v = new PositionStore(db.dsl(), Clock.systemUTC(), "V");
            assertThat(v.forMeeting(1)).extractingFromEntries(e -> e.getKey(), e -> e.getValue().stance())
                    .containsExactly(tuple(1L, Stance.TAKE_PART), tuple(2L, Stance.SUPPORT),
                            tuple(3L, Stance.SUPPORT_PROPOSAL), tuple(4L, Stance.REFER_BACK));
        }
    }

    private static void insert(Statement s, long id, String kind, String status, String decision) throws Exception {
        s.execute("INSERT INTO matter (id, kind, title, status, decision, created_at, updated_at) VALUES (" + id
                + ", '" + kind + "', 'Ärende " + id + "', '" + status + "', "
                + (decision == null ? "NULL" : "'" + decision + "'")
                + ", TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+01', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+01')");
    }
}
