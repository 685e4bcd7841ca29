package se.ledamot.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;

/**
 * Who sees what on a shared server is decided by PostgreSQL itself. A member of group S signs in with their own
 * login, over JDBC and with psql, and tries every way a hand-written session has to read or change group V's
 * positions, notes, speakers and answer drafts; and only the council secretary may change a matter's official fields.
 */
class RowSecurityTest {
    private static final String S_MEMBER = "rls_anna_s";
    private static final String V_MEMBER = "rls_vera_v";
    private static final String SECRETARY = "rls_karin_kansli";
    private static final List<String> GROUP_TABLES =
            List.of("answer_draft", "answer_question_mark", "answer_version", "debate_speaker", "group_position");

    private static TestServer server;
    private static long matterId;
    private static long itemId;

    @BeforeAll
    static void groupVHasWrittenItsRows() {
        server = new TestServer().enrol(S_MEMBER, "S", ServerRole.MEMBER, "Anna Svensson")
                .enrol(V_MEMBER, "v", ServerRole.GROUP_SECRETARY, "Vera Ek")
                .enrol(SECRETARY, null, ServerRole.COUNCIL_SECRETARY, "Karin Kansli");

        try (OpenDatabase secretariat = server.signIn(SECRETARY)) {
            Matter m = new MatterStore(secretariat.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.INTERPELLATION,
                            "Interpellation om simhallen").submitted(LocalDate.parse("2026-11-02"))
                    .status(Status.SUBMITTED).authors(List.of(new Person("Eva Berg", "V"))).build());
            matterId = m.id();
            MeetingStore meetings = new MeetingStore(secretariat.dsl(), Clock.systemUTC());
            long meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
            AgendaItem item = new AgendaStore(secretariat.dsl(), Clock.systemUTC()).addMatters(meeting, List.of(matterId)).getFirst();
            itemId = item.id();
        }
        try (OpenDatabase v = server.signIn(V_MEMBER)) {
            new PositionStore(v.dsl(), Clock.systemUTC(), "V").save(Position.undecided(itemId, "V").withStance(Stance.STAY_OUT)
                    .withSpeaker("Vera Ek").withArguments("Simhallen först").withNotes("Hemligt: yrka återremiss"));
            DebateStore debates = new DebateStore(v.dsl(), Clock.systemUTC());
            debates.saveSpeakers(itemId, debates.open(itemId).speakers()
                    .add(new Speaker(Person.parse("Eva Berg (V)"), SpeechKind.SPEECH, 5, "V:s anförande")));
            AnswerStore answers = new AnswerStore(v.dsl(), Clock.systemUTC(), VersionPolicy.standard());
            answers.cutVersion(matterId, "V:s svarsutkast", Set.of(1), VersionReason.MANUAL);
        }
    }

    @AfterAll
    static void dropDatabase() {
        server.close();
    }

    private static Connection jdbc(String login) throws SQLException {
        return DriverManager.getConnection(server.pg.address(server.database, login).jdbcUrl(), login,
                TestPostgres.PASSWORD);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void groupVSeesItsOwnRowsThroughTheStores() {
        try (OpenDatabase v = server.signIn(V_MEMBER)) {
            assertThat(new PositionStore(v.dsl(), Clock.systemUTC(), "V").find(itemId)).hasValueSatisfying(
                    p -> assertThat(p.notes()).isEqualTo("Hemligt: yrka återremiss"));
            assertThat(new DebateStore(v.dsl(), Clock.systemUTC()).open(itemId).speakers().speakers()).singleElement()
                    .satisfies(s -> assertThat(s.text()).isEqualTo("V:s anförande"));
            assertThat(new AnswerStore(v.dsl(), Clock.systemUTC(), VersionPolicy.standard()).draft(matterId)).hasValueSatisfying(
                    d -> assertThat(d.answeredQuestions()).containsExactly(1));
            assertThat(new AnswerStore(v.dsl(), Clock.systemUTC(), VersionPolicy.standard()).versions(matterId)).hasSize(1);
        }
    }

    @Test
    void aMemberOfSReadsNothingOfGroupVWithHandWrittenSql() throws SQLException {
        try (Connection c = jdbc(S_MEMBER); Statement s = c.createStatement()) {
            for (String table : GROUP_TABLES) {
                assertThat(count(s, "SELECT count(*) FROM " + table)).as(table).isZero();
            }
            assertThat(count(s, "SELECT count(*) FROM group_position WHERE group_code = 'V'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM group_position WHERE notes LIKE '%återremiss%'")).isZero();
            // The shared register is there for everyone.
            assertThat(count(s, "SELECT count(*) FROM matter")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM agenda_item")).isEqualTo(1);
        }
    }

    @Test
    void aMemberOfSChangesNothingOfGroupV() throws SQLException {
        try (Connection c = jdbc(S_MEMBER); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE group_position SET notes = 'S var här'")).isZero();
            assertThat(s.executeUpdate("UPDATE debate_speaker SET text = 'S var här'")).isZero();
            assertThat(s.executeUpdate("UPDATE answer_draft SET text = 'S var här'")).isZero();
            assertThat(s.executeUpdate("DELETE FROM group_position")).isZero();
            assertThat(s.executeUpdate("DELETE FROM debate_speaker")).isZero();
            assertThat(s.executeUpdate("DELETE FROM answer_version")).isZero();
            assertThat(s.executeUpdate("DELETE FROM answer_question_mark")).isZero();
            assertRefused(s, "INSERT INTO group_position (group_code, item_id, notes, updated_at) VALUES ('V', "
                    + itemId + ", 'falsk', now())");
            assertRefused(s, "INSERT INTO debate_speaker (group_code, item_id, position, name, kind, minutes) "
                    + "VALUES ('V', " + itemId + ", 1, 'Falsk', 'speech', 1)");
            // The existing draft's row is V's: an upsert onto it is refused, not applied.
            assertRefused(s, "INSERT INTO answer_draft (matter_id, text, saved_at) VALUES (" + matterId
                    + ", 'S skriver över', now()) ON CONFLICT (matter_id) DO UPDATE SET text = EXCLUDED.text");
        }
        try (OpenDatabase v = server.signIn(V_MEMBER)) {
            assertThat(new PositionStore(v.dsl(), Clock.systemUTC(), "V").get(itemId).notes()).isEqualTo("Hemligt: yrka återremiss");
            assertThat(new DebateStore(v.dsl(), Clock.systemUTC()).open(itemId).speakers().speakers()).hasSize(1);
            assertThat(new AnswerStore(v.dsl(), Clock.systemUTC(), VersionPolicy.standard()).draft(matterId).orElseThrow().text()).isEqualTo("V:s svarsutkast");
            assertThat(new AnswerStore(v.dsl(), Clock.systemUTC(), VersionPolicy.standard()).versions(matterId)).hasSize(1);
        }
    }

    @Test
    void aMemberOfSCannotPretendToBeInGroupV() throws SQLException {
        try (Connection c = jdbc(S_MEMBER); Statement s = c.createStatement()) {
            assertRefused(s, "UPDATE app_user SET group_code = 'V' WHERE login = current_user");
            assertRefused(s, "INSERT INTO app_user (login, group_code, role) VALUES ('x', 'V', 'member')");
            assertRefused(s, "CALL ledamot_enrol('" + S_MEMBER + "', 'V', 'member')");
            assertRefused(s, "ALTER TABLE group_position DISABLE ROW LEVEL SECURITY");
            assertRefused(s, "SET ROLE " + V_MEMBER);
            // A table of one's own that shadows app_user does not move anyone into V.
            s.execute("CREATE TEMP TABLE app_user (login varchar, group_code varchar)");
            s.execute("INSERT INTO pg_temp.app_user VALUES (current_user, 'V')");
            s.execute("SET search_path = pg_temp, public");
            assertThat(count(s, "SELECT count(*) FROM public.group_position")).isZero();
            assertThat(count(s, "SELECT count(*) FROM group_position")).isZero();
            // Nor does stepping down to the bare Ledamot role.
            s.execute("SET search_path = public");
            s.execute("SET ROLE ledamot_member");
            assertThat(count(s, "SELECT count(*) FROM group_position")).isZero();
        }
    }

    @Test
    void groupSsOwnStoresSeeNothingOfVAndCannotWriteAsV() {
        try (OpenDatabase s = server.signIn(S_MEMBER)) {
            assertThat(new PositionStore(s.dsl(), Clock.systemUTC(), "V").find(itemId)).isEmpty();
            assertThat(new PositionStore(s.dsl(), Clock.systemUTC(), "V").forMeeting(new MeetingStore(s.dsl(), Clock.systemUTC()).list().getFirst().id())).isEmpty();
            assertDenied(() -> new PositionStore(s.dsl(), Clock.systemUTC(), "V").save(Position.undecided(itemId, "V")
                    .withStance(Stance.TAKE_PART)));
            assertThat(new DebateStore(s.dsl(), Clock.systemUTC()).open(itemId).speakers().speakers()).isEmpty();
            assertThat(new AnswerStore(s.dsl(), Clock.systemUTC(), VersionPolicy.standard()).draft(matterId)).isEmpty();
            assertThat(new AnswerStore(s.dsl(), Clock.systemUTC(), VersionPolicy.standard()).versions(matterId)).isEmpty();
            // S's own position sits beside V's, each seeing only its own.
            new PositionStore(s.dsl(), Clock.systemUTC(), "S").save(Position.undecided(itemId, "S").withStance(Stance.TAKE_PART));
            assertThat(new PositionStore(s.dsl(), Clock.systemUTC(), "S").get(itemId).stance()).isEqualTo(Stance.TAKE_PART);
        }
        try (OpenDatabase v = server.signIn(V_MEMBER)) {
            assertThat(new PositionStore(v.dsl(), Clock.systemUTC(), "S").find(itemId)).isEmpty();
            assertThat(new PositionStore(v.dsl(), Clock.systemUTC(), "V").get(itemId).stance()).isEqualTo(Stance.STAY_OUT);
        }
    }

    @Test
    void onlyTheCouncilSecretaryChangesOfficialFields() throws SQLException {
        try (Connection c = jdbc(S_MEMBER); Statement s = c.createStatement()) {
            assertRefused(s, "UPDATE matter SET number = 'KS 2026/99' WHERE id = " + matterId);
            assertRefused(s, "UPDATE matter SET submitted = DATE '2020-01-01' WHERE id = " + matterId);
            assertRefused(s, "UPDATE matter SET decision = 'approved', status = 'decided' WHERE id = " + matterId);
            assertRefused(s, "UPDATE meeting SET meeting_date = DATE '2027-01-01'");
            assertRefused(s, "UPDATE agenda_item SET decision = 'approved'");
            assertRefused(s, "INSERT INTO matter (kind, title, status, created_at, updated_at) "
                    + "VALUES ('motion', 'Egen', 'submitted', now(), now())");
            assertRefused(s, "DELETE FROM matter");
            // The text of a shared matter is everyone's to improve.
            assertThat(s.executeUpdate("UPDATE matter SET body = 'Bakgrund' WHERE id = " + matterId)).isEqualTo(1);
        }
        try (Connection c = jdbc(SECRETARY); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE matter SET number = 'KS 2026/99' WHERE id = " + matterId))
                    .isEqualTo(1);
            // The secretariat is in no party group and sees none of their rows either.
            for (String table : GROUP_TABLES) {
                assertThat(count(s, "SELECT count(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void theStoresFollowTheSameRules() {
        try (OpenDatabase member = server.signIn(S_MEMBER)) {
            MatterStore matters = new MatterStore(member.dsl(), Clock.systemUTC());
            Matter m = matters.find(matterId).orElseThrow();
            matters.save(m.toBuilder().title("Interpellation om simhallens öppettider").build());
            assertThat(matters.find(matterId).orElseThrow().title()).isEqualTo("Interpellation om simhallens öppettider");
            Matter before = matters.find(matterId).orElseThrow();
            assertDenied(() -> matters.save(before.toBuilder().number("KS 2026/1").build()));
            assertDenied(() -> new MeetingStore(member.dsl(), Clock.systemUTC()).add(Meeting.planned("KF", LocalDate.parse("2027-02-01"))));
            assertThat(matters.find(matterId).orElseThrow()).isEqualTo(before);
        }
        try (OpenDatabase secretariat = server.signIn(SECRETARY)) {
            MatterStore matters = new MatterStore(secretariat.dsl(), Clock.systemUTC());
            matters.save(matters.find(matterId).orElseThrow().toBuilder().number("KS 2026/1").build());
            assertThat(matters.find(matterId).orElseThrow().number()).isEqualTo("KS 2026/1");
        }
    }

    @Test
    void everyTableIsReadableByMembersAndExactlyTheGroupTablesAreRowSecured() throws SQLException {
        List<String> secured = new ArrayList<>();
        try (Connection c = jdbc(TestPostgres.ADMIN); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT c.relname, c.relrowsecurity, has_table_privilege('ledamot_member', c.oid, 'SELECT')
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname""")) {
            while (r.next()) {
                assertThat(r.getBoolean(3)).as("members may read " + r.getString(1)).isTrue();
                if (r.getBoolean(2)) {
                    secured.add(r.getString(1));
                }
            }
        }
        // The server's change log (V10_1) hides a group's changes from the other groups, as it hides their rows; a
        // choice put aside (V23_1) is one login's own, hidden from everyone else.
        List<String> expected = new ArrayList<>(GROUP_TABLES);
        expected.add(expected.indexOf("group_position") + 1, "put_aside");
        expected.add("sync_change");
        assertThat(secured).containsExactlyElementsOf(expected);
    }

    @Test
    void psqlAsAMemberOfSSeesNoneOfVsRowsAndMayNotNumberAMatter() throws Exception {
        Path psql = server.pg.bin().resolve("psql");
        if (!Files.isExecutable(psql)) {
            psql = Path.of("/usr/bin/psql");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(psql), "psql is not installed");
        assertThat(psql(psql, "SELECT count(*) FROM group_position; SELECT count(*) FROM answer_draft;"))
                .isEqualTo("0\n0");
        assertThat(psql(psql, "UPDATE matter SET number = 'KS 1' WHERE id = " + matterId + ";"))
                .contains("permission denied for table matter");
    }

    private static String psql(Path psql, String sql) throws Exception {
        ProcessBuilder b = new ProcessBuilder(psql.toString(), "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p",
                String.valueOf(server.pg.port()), "-U", S_MEMBER, "-d", server.database, "-c", sql)
                .redirectErrorStream(true);
        b.environment().put("PGPASSWORD", TestPostgres.PASSWORD);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** A store's write the server refuses comes back as a refusal in words, never SQL. */
    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.key()).isEqualTo("server.denied");
            assertThat(se.ledamot.l10n.Localization.message(e)).contains("tillåter inte").doesNotContain("SQL");
        });
    }

    private static void assertRefused(Statement s, String sql) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo("42501"));
    }
}
