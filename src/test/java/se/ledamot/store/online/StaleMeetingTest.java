package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for meetings, two council secretaries signed in to one real PostgreSQL server, both with the same
 * meeting in their form: different fields both win, the same field changed by both is handed back as a conflict and
 * the other's value stands.
 */
class StaleMeetingTest {
    private static final String KARIN = "stalemeet_karin";
    private static final String LARS = "stalemeet_lars";

    private TwoLogins logins;
    private MeetingStore byKarin;
    private MeetingStore byLars;
    private long id;

    @BeforeEach
    void twoSecretariesOnOneServer() {
        logins = new TwoLogins(KARIN, LARS, null, ServerRole.COUNCIL_SECRETARY);
        byKarin = new MeetingStore(logins.first.dsl(), Clock.systemUTC());
        byLars = new MeetingStore(logins.second.dsl(), Clock.systemUTC());
        id = byKarin.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")).withPlace("Stadshuset")).id();
    }

    @AfterEach
    void close() {
        logins.close();
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
