package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.MEETING;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;

/**
 * Issue 16, walked from the README: a laptop that already holds data (the samples of a first start, a matter and a
 * meeting she added) joins an empty server as a member. Matters and meetings only the secretariat registers (row
 * security and grants, issue 16 point 3): hers are not sent, but they are neither lost nor called conflicts, and she
 * is told plainly why they stay on this laptop, counting the four things she added and none of the samples (also the
 * held meeting with an empty agenda the samples make); a second sync says nothing new.
 */
class MemberJoinsEmptyServerTest extends CommandLineTest {
    private static final String MEMBER = "cli_join_anna";
    @RegisterExtension
    final TypedPassword password = new TypedPassword();

    private TestServer server;

    @BeforeEach
    void emptyServer() {
        server = new TestServer().enrol(MEMBER, "S", ServerRole.MEMBER, "Anna");
    }

    @AfterEach
    void drop() {
        server.close();
    }

    private long id(String... args) {
        assertThat(run(args)).as(err).isZero();
        return Long.parseLong(out.strip());
    }

    @Test
    void herMattersAndMeetingsStayHereAndSheIsToldWhyNotAsConflicts() {
        assertThat(run("samples")).as(err).isZero();
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelbanor");
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        assertThat(run("agenda", "add", String.valueOf(meeting), String.valueOf(motion))).as(err).isZero();
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "S", "--stance",
                "support", "--speaker", "Bo Berg")).as(err).isZero();

        assertThat(run("sync", "--server", server.url(MEMBER))).as(err).isZero();
        String first = out;

        assertThat(first).doesNotContain("krockar").doesNotContain("togs inte emot")
                .doesNotContain("skickades till servern").doesNotContain("Här fanns inget eget")
                .contains("4 saker i datamappen skickades inte till servern: ärenden och sammanträden kan bara "
                        + "registreras av sekretariatet; de finns kvar på den här datorn.");
        assertThat(run("list")).as(err).isZero();
        assertThat(out).contains("Motion om cykelbanor");
        assertThat(run("agenda", String.valueOf(meeting), "--group", "S")).as(err).isZero();
        assertThat(out).contains("Motion om cykelbanor").contains("talare: Bo Berg");
        try (OpenDatabase secretariat = server.admin()) {
            assertThat(new MatterStore(secretariat.dsl(), Clock.systemUTC()).list()).isEmpty();
            assertThat(secretariat.dsl().fetchCount(MEETING)).isZero();
        }

        assertThat(run("sync")).as(err).isZero();
        assertThat(out).contains("Synkningen är klar: inget eget att skicka, inget nytt att hämta.")
                .doesNotContain("krockar").doesNotContain("togs inte emot");
    }

    /**
     * What stayed here because only the secretariat registers it goes to the server once her role there allows it
     * (the administrator made her the council's secretary): sent with the next sync, once, nothing lost or doubled.
     */
    @Test
    void whatStayedHereGoesOnceSheMayRegisterItThere() {
        assertThat(run("samples")).as(err).isZero();
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelbanor");
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        assertThat(run("agenda", "add", String.valueOf(meeting), String.valueOf(motion))).as(err).isZero();
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "S", "--stance",
                "support", "--speaker", "Bo Berg")).as(err).isZero();
        assertThat(run("sync", "--server", server.url(MEMBER))).as(err).isZero();
        assertThat(out).contains("4 saker i datamappen skickades inte");

        server.enrol(MEMBER, "S", ServerRole.COUNCIL_SECRETARY, "Anna");
        assertThat(run("sync")).as(err).isZero();
        assertThat(out).contains("4 saker skickade").doesNotContain("krockar").doesNotContain("togs inte emot")
                .doesNotContain("skickades inte");
        assertThat(run("sync")).as(err).isZero();
        assertThat(out).contains("inget eget att skicka").doesNotContain("krockar");

        try (OpenDatabase secretariat = server.admin()) {
            assertThat(new MatterStore(secretariat.dsl(), Clock.systemUTC()).list())
                    .extracting(m -> m.title()).containsExactly("Motion om cykelbanor");
            assertThat(secretariat.dsl().fetchCount(MEETING)).isOne();
            assertThat(secretariat.dsl().fetchCount(AGENDA_ITEM)).isOne();
            assertThat(secretariat.dsl().fetchCount(GROUP_POSITION)).isOne();
        }
        assertThat(run("list")).as(err).isZero();
        assertThat(out.split("Motion om cykelbanor", -1)).hasSize(2);
        assertThat(run("agenda", String.valueOf(meeting), "--group", "S")).as(err).isZero();
        assertThat(out).contains("Motion om cykelbanor").contains("talare: Bo Berg");
    }
}
