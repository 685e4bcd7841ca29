package se.ledamot.store.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.StoreException;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * A council for the first-sync benchmark on the test PostgreSQL: N generated matters with everything around them, ten
 * party groups that each hold their positions on the council's items, and 500 logins (50 a group). Generating it
 * takes minutes at 100 000 matters, so the first run keeps it as a dump under {@code target/bench/} and later runs
 * restore that instead (a dump of an older schema is made again).
 */
final class BenchCouncil {
    static final List<String> GROUPS = List.of("S", "V", "M", "C", "L", "KD", "MP", "SD", "FI", "PP");
    static final int USERS_PER_GROUP = 50;
    /** The generator gives positions to these three groups; the other seven copy theirs from S's. */
    private static final List<String> GENERATED_GROUPS = List.of("S", "V", "M");

    /** The database made, how it was made and how long that took. */
    record Made(String database, String how, double ms) {
    }

    private BenchCouncil() {
    }

    static String login(String group, int n) {
        return "bench_" + group.toLowerCase(java.util.Locale.ROOT) + "_" + n;
    }

    static Made prepare(TestPostgres pg, int matters) throws IOException, InterruptedException {
        createLogins(pg);
        Path dump = Path.of("target", "bench", "firstsync-" + matters + ".dump").toAbsolutePath();
        long t0 = System.nanoTime();
        if (Files.isRegularFile(dump)) {
            String db = pg.newEmptyDatabase();
            tool(pg, "pg_restore", "--jobs=2", "-d", db, dump.toString());
            try {
                ServerDatabase.open(admin(pg, db), TestPostgres.PASSWORD.toCharArray()).close();
                enrolEveryone(pg, db);
                return new Made(db, "restored from " + dump.getFileName(), (System.nanoTime() - t0) / 1e6);
            } catch (StoreException e) {
                pg.dropDatabase(db);
                Files.delete(dump);
            }
        }
        String db = pg.newDatabase();
        // Making a council is the administrator's one-off work: at 100 000 matters on a loaded machine one statement
        // (copyPositions) outlasts the 20 s a window's statement may wait, which then counts the server as lost.
        System.setProperty(ServerDatabase.TEST_WAIT, "3600");
        try (ServerDatabase admin = ServerDatabase.open(admin(pg, db), TestPostgres.PASSWORD.toCharArray())) {
            new CouncilGenerator(admin.dsl(), LocalDate.parse("2026-11-22"), 15).generate(matters, n -> { });
            enrolEveryone(pg, db);
            copyPositions(admin.dsl());
        } finally {
            System.clearProperty(ServerDatabase.TEST_WAIT);
        }
        Files.createDirectories(dump.getParent());
        tool(pg, "pg_dump", "-Fc", "-Z1", "-f", dump.toString(), db);
        return new Made(db, "generated and dumped to " + dump.getFileName(), (System.nanoTime() - t0) / 1e6);
    }

    private static ServerAddress admin(TestPostgres pg, String db) {
        return pg.address(db, TestPostgres.ADMIN);
    }

    /** The 500 logins, made once per test server in one session. */
    private static void createLogins(TestPostgres pg) {
        List<String> sql = new ArrayList<>();
        for (String g : GROUPS) {
            for (int i = 1; i <= USERS_PER_GROUP; i++) {
                sql.add("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + login(g, i)
                        + "') THEN CREATE ROLE " + login(g, i) + " LOGIN PASSWORD '" + TestPostgres.PASSWORD
                        + "'; END IF; END $$");
            }
        }
        pg.superuserSql(sql.toArray(String[]::new));
    }

    /** Enrols the 500 (the first of each group its secretary); again after a restore, for the role grants. */
    private static void enrolEveryone(TestPostgres pg, String db) {
        try (ServerDatabase admin = ServerDatabase.open(admin(pg, db), TestPostgres.PASSWORD.toCharArray())) {
            DSLContext d = admin.dsl();
            for (String g : GROUPS) {
                for (int i = 1; i <= USERS_PER_GROUP; i++) {
                    d.execute("CALL public.ledamot_enrol(?, ?, ?, ?)", login(g, i), g,
                            i == 1 ? "group_secretary" : "member", "Ledamot " + g + " " + i);
                }
            }
        }
    }

    /** Positions for the seven groups the generator does not know, as S's (each logged for its own group). */
    private static void copyPositions(DSLContext d) {
        for (String g : GROUPS) {
            if (!GENERATED_GROUPS.contains(g)) {
                d.execute("INSERT INTO group_position (group_code, item_id, stance, speaker, arguments, notes, "
                        + "reviewed, updated_at) SELECT ?, item_id, stance, speaker, arguments, notes, reviewed, "
                        + "updated_at FROM group_position WHERE group_code = 'S'", g);
            }
        }
    }

    /** Runs a PostgreSQL client tool as the superuser against the test server. */
    private static void tool(TestPostgres pg, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(pg.bin().resolve(name).toString(), "-h", "127.0.0.1", "-p",
                String.valueOf(pg.port()), "-U", TestPostgres.SUPERUSER));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("PGPASSWORD", TestPostgres.PASSWORD);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(name + " failed:\n" + out);
        }
    }
}
