package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.ServerSetup;
import se.ledamot.store.TestPostgres;

/**
 * Issue 16.5 for meetings, two council secretaries signed in to one real PostgreSQL server, both with the same
 * meeting in their form: different fields both win, the same field changed by both is handed back as a conflict and
 * the other's value stands.
 */
class StaleMeetingTest {
    private static final String KARIN = "stalemeet_karin";
    private static final String LARS = "stalemeet_lars";

    private TestPostgres pg;
    private String database;
    private OpenDatabase karin;
    private OpenDatabase lars;
    private MeetingStore byKarin;
    private MeetingStore byLars;
    private long id;

    @BeforeEach
    void twoSecretariesOnOneServer() {
        pg = TestPostgres.get();
        database = pg.newDatabase();
        char[] pw = TestPostgres.PASSWORD.toCharArray();
        for (String login : List.of(KARIN, LARS)) {
            pg.createLogin(login);
            ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), pw, login, null,
                    ServerRole.COUNCIL_SECRETARY, login);
        }
        karin = ServerDatabase.open(pg.address(database, KARIN), pw);
        lars = ServerDatabase.open(pg.address(database, LARS), pw);
        byKarin = new MeetingStore(karin.dsl(), Clock.systemUTC());
        byLars = new MeetingStore(lars.dsl(), Clock.systemUTC());
        id = byKarin.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")).withPlace("Stadshuset")).id();
    }

    @AfterEach
    void close() {
        karin.close();
        lars.close();
        pg.dropDatabase(database);
    }

    @Test
    void theOldSaveOfAStaleCopyOverwroteTheOthersField() {
        Meeting karins = byKarin.require(id);
        Meeting lars = byLars.require(id);
        byLars.save(lars.withPlace("Folkets hus"));
        byKarin.save(karins.withStatus(MeetingStatus.HELD));
        assertThat(byLars.require(id).place()).isEqualTo("Stadshuset");
    }

    @Test
    void differentFieldsOfOneMeetingBothWin() {
        Meeting karins = byKarin.require(id);
        Meeting lars = byLars.require(id);
        assertThat(byLars.save(lars, lars.withPlace("Folkets hus")).conflicts()).isEmpty();
        RowMerge<Meeting> second = byKarin.save(karins, karins.withDate(LocalDate.parse("2026-12-15")));

        assertThat(second.conflicts()).isEmpty();
        Meeting stored = byLars.require(id);
        assertThat(stored.place()).isEqualTo("Folkets hus");
        assertThat(stored.date()).isEqualTo(LocalDate.parse("2026-12-15"));
    }

    @Test
    void theSameFieldSavedFromAStaleCopyIsAConflictNotAnOverwrite() {
        Meeting karins = byKarin.require(id);
        Meeting lars = byLars.require(id);
        byLars.save(lars, lars.withPlace("Folkets hus"));

        Meeting mine = karins.withPlace("Biblioteket").withStatus(MeetingStatus.HELD);
        RowMerge<Meeting> stale = byKarin.save(karins, mine);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("place");
        Conflict c = stale.shown("meeting", String.valueOf(id), mine.label(), karins, mine).getFirst();
        assertThat(c.theirs()).isEqualTo("Folkets hus");
        assertThat(c.mine()).isEqualTo("Biblioteket");
        assertThat(c.longText()).isFalse();
        Meeting stored = byLars.require(id);
        assertThat(stored.place()).isEqualTo("Folkets hus");
        assertThat(stored.status()).isEqualTo(MeetingStatus.HELD);
    }
}
