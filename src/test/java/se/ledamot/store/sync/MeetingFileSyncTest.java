package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.MEETING;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingFile;
import se.ledamot.importer.SourceFile;
import se.ledamot.store.MeetingFileStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.WorldFixture;

/**
 * The kallelse kept with a meeting (V11 meeting_file) on replicas (V21_1): a file on the server comes to a laptop
 * with the meeting, byte for byte; one the secretary imports offline goes to the server and on to the members'
 * laptops; a member's laptop cannot send one (the server's grants), and the server's file stands.
 */
class MeetingFileSyncTest {
    @TempDir
    Path temp;

    private SyncFixture world;
    private OpenDatabase admin;
    private String meetingUid;

    @BeforeEach
    void aMeetingWithItsKallelseOnTheServer() {
        world = new SyncFixture().enrol("kal_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("kal_anna", "S", ServerRole.MEMBER);
        admin = world.server(TestPostgres.ADMIN);
        WorldFixture w = WorldFixture.write(admin.dsl(), new MovableClock("2026-11-20T09:00:00Z"));
        meetingUid = admin.dsl().select(MEETING.UID).from(MEETING).where(MEETING.ID.eq(w.meeting)).fetchSingle()
                .value1();
        keep(admin.dsl(), kallelse("kallelse-kf.txt", "Kallelse till kommunfullmäktige 14 december."));
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private static SourceFile kallelse(String name, String text) {
        return SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8), "text", text);
    }

    private long meetingIn(DSLContext d) {
        return d.select(MEETING.ID).from(MEETING).where(MEETING.UID.eq(meetingUid)).fetchSingle().value1();
    }

    private void keep(DSLContext d, SourceFile file) {
        assertThat(new MeetingFileStore(d, new MovableClock("2026-11-21T09:00:00Z")).keep(meetingIn(d), file))
                .isTrue();
    }

    private Optional<MeetingFile> fileIn(DSLContext d) {
        return new MeetingFileStore(d, new MovableClock("2026-11-21T09:00:00Z")).of(meetingIn(d));
    }

    private String textIn(DSLContext d) {
        return new String(new MeetingFileStore(d, new MovableClock("2026-11-21T09:00:00Z")).content(meetingIn(d)),
                StandardCharsets.UTF_8);
    }

    @Test
    void theKallelseComesWithItsMeetingAndTheSecretarysNewOneGoesToEveryone() {
        SyncFixture.Laptop karin = world.laptop(temp.resolve("karin"), "kal_karin");
        SyncFixture.Laptop anna = world.laptop(temp.resolve("anna"), "kal_anna");
        assertThat(karin.sync().complete()).isTrue();
        assertThat(anna.sync().complete()).isTrue();
        for (SyncFixture.Laptop l : java.util.List.of(karin, anna)) {
            assertThat(fileIn(l.local.dsl())).map(MeetingFile::fileName).hasValue("kallelse-kf.txt");
            assertThat(textIn(l.local.dsl())).isEqualTo("Kallelse till kommunfullmäktige 14 december.");
        }

        // The secretary imports the Ändrad kallelse on the train; it replaces the first everywhere.
        keep(karin.local.dsl(), kallelse("andrad-kallelse-kf.txt", "Ändrad kallelse: en punkt till."));
        SyncReport sent = karin.sync();
        assertThat(sent.pushed()).isEqualTo(1);
        assertThat(sent.conflicts()).isZero();
        assertThat(textIn(admin.dsl())).isEqualTo("Ändrad kallelse: en punkt till.");
        assertThat(anna.sync().pulled()).isEqualTo(1);
        assertThat(fileIn(anna.local.dsl())).map(MeetingFile::fileName).hasValue("andrad-kallelse-kf.txt");
        assertThat(textIn(anna.local.dsl())).isEqualTo("Ändrad kallelse: en punkt till.");
        assertThat(karin.sync().pushed()).isZero();
    }

    @Test
    void aMembersKallelseIsNotSentAndTheServersStands() {
        SyncFixture.Laptop anna = world.laptop(temp.resolve("anna"), "kal_anna");
        assertThat(anna.sync().complete()).isTrue();
        keep(anna.local.dsl(), kallelse("egen.txt", "Annas egen kallelse."));
        SyncReport report = anna.sync();
        assertThat(report.pushed()).isZero();
        assertThat(textIn(admin.dsl())).isEqualTo("Kallelse till kommunfullmäktige 14 december.");
    }

    /**
     * A meeting a member added herself stays on her laptop (only the secretariat registers meetings), and so does the
     * kallelse kept with it: before, the file was sent and refused, one conflict "not allowed" (README walk).
     */
    @Test
    void theKallelseOfAMeetingAMemberAddedStaysHereWithItNeitherAConflictNorWaiting() {
        SyncFixture.Laptop anna = world.laptop(temp.resolve("anna"), "kal_anna");
        assertThat(anna.sync().complete()).isTrue();
        long own = new MeetingStore(anna.local.dsl(), anna.clock)
                .add(Meeting.planned("KF", LocalDate.parse("2027-02-15"))).id();
        SourceFile file = kallelse("kallelse-kf-2027-02-15.txt", "Kallelse till kommunfullmäktige 15 februari.");
        assertThat(new MeetingFileStore(anna.local.dsl(), anna.clock).keep(own, file)).isTrue();

        SyncReport first = anna.sync();
        assertThat(first.conflicts()).isZero();
        assertThat(first.kept()).isEqualTo(2);
        assertThat(first.complete()).isTrue();
        SyncReport again = anna.sync();
        assertThat(again.conflicts()).isZero();
        assertThat(again.pushed()).isZero();
        assertThat(Replica.waiting(anna.local.dsl())).isZero();
        assertThat(admin.dsl().fetchCount(se.ledamot.store.jooq.Tables.MEETING_FILE)).isEqualTo(1);
    }
}
