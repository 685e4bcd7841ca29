package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;

/** A register made before meetings existed keeps its matters, gains the council and board, and can plan them. */
class MeetingMigrationTest {
    @TempDir
    Path folder;

    @Test
    void mattersFromTheFirstSchemaCanBePutOnAnAgendaAfterTheMeetingsMigration() throws Exception {
        String url = MigrationTest.h2MigratedTo(folder, "1");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO matter (id, kind, title, submitted, status, created_at, updated_at)
                    VALUES (7, 'motion', 'Motion om att upprätta en integrationsplan', DATE '2015-02-16',
                            'prepared', TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01',
                            TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01')""");
            s.execute("""
                    INSERT INTO matter_change (matter_id, changed_at, field, old_value, new_value)
                    VALUES (7, TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01', 'created', NULL, 'Motion')""");
        }

        try (Ledamot app = Ledamot.open(folder)) {
            assertThat(app.bodies().list()).extracting(Body::code).contains("KF", "KS");
            assertThat(app.bodies().rules("KF")).hasSize(4);
            long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2015-03-16"))).id();
            assertThat(app.meetings().suggest(meeting)).extracting(s -> s.matter().id()).containsExactly(7L);
            app.meetings().addMatters(meeting, List.of(7L));
            assertThat(app.matters().timeline(7)).extracting(MatterChange::field)
                    .containsExactly(MatterChange.CREATED, MatterChange.AGENDA);
            assertThat(app.matters().require(7).title()).isEqualTo("Motion om att upprätta en integrationsplan");
        }
    }
}
