package se.ledamot.store.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.ServerSetup;
import se.ledamot.store.TestPostgres;

/**
 * A new database on the tests' real PostgreSQL with two logins enrolled in the same group and role, each signed in as
 * its own client (issue 16.5: two people at once), and the administrator for setting things up.
 */
public final class TwoLogins implements AutoCloseable {
    public final TestPostgres pg = TestPostgres.get();
    public final String database = pg.newDatabase();
    public final OpenDatabase first;
    public final OpenDatabase second;

    /** @param group the party group's code, or null for the secretariat */
    public TwoLogins(String first, String second, String group, ServerRole role) {
        for (String login : List.of(first, second)) {
            pg.createLogin(login);
            ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray(), login,
                    group, role, login);
        }
        this.first = signIn(first);
        this.second = signIn(second);
    }

    public OpenDatabase signIn(String login) {
        return ServerDatabase.open(pg.address(database, login), TestPostgres.PASSWORD.toCharArray());
    }

    public OpenDatabase admin() {
        return signIn(TestPostgres.ADMIN);
    }

    /** A motion on the agenda of a planned meeting of the council, registered by the administrator: the item's id. */
    public long itemOnAnAgenda(String title) {
        try (OpenDatabase secretariat = admin()) {
            long matter = new MatterStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, title).build()).id();
            long meeting = new MeetingStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
            return new AgendaStore(secretariat.dsl(), Clock.systemUTC()).addMatters(meeting, List.of(matter))
                    .getFirst().id();
        }
    }

    @Override
    public void close() {
        first.close();
        second.close();
        pg.dropDatabase(database);
    }
}
