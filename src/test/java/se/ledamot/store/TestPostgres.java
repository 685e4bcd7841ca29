package se.ledamot.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server for the whole test run, started from the installed binaries (Debian's {@code postgresql}
 * package, or {@code LEDAMOT_PG_BIN}) in a temporary folder, listening on loopback only, with passwords (SCRAM) as on
 * a real server. PostgreSQL refuses to run as root, so under root (CI) it runs as the {@code postgres} user.
 * It is stopped when the test JVM ends. The administrator login {@link #ADMIN} owns a template database prepared by
 * {@link ServerSetup#init}; each test gets a fresh copy of it in about a tenth of a second.
 */
public final class TestPostgres {
    public static final String SUPERUSER = "postgres";
    public static final String ADMIN = "ledamot_admin";
    /** Test passwords; a real server's are never written down. */
    public static final String PASSWORD = "prov-lösen-1";
    private static final String TEMPLATE = "ledamot_template";

    private static TestPostgres running;

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    private int databases;

    private TestPostgres(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
    }

    /** The server, started on first use. */
    public static synchronized TestPostgres get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    public int port() {
        return port;
    }

    public Path bin() {
        return bin;
    }

    /** A fresh database made from the prepared template, owned by {@link #ADMIN}. Returns its name. */
    public synchronized String newDatabase() {
        String name = "ledamot_test_" + (++databases);
        // FILE_COPY: a copy of the files, twice as fast here as the default WAL_LOG for a database this small.
        superuserSql("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + ADMIN + " STRATEGY FILE_COPY");
        return name;
    }

    /** An empty database owned by {@link #ADMIN}, as an administrator makes it before {@code ledamot server init}. */
    public synchronized String newEmptyDatabase() {
        String name = "ledamot_empty_" + (++databases);
        superuserSql("CREATE DATABASE " + name + " TEMPLATE template0 OWNER " + ADMIN + " STRATEGY FILE_COPY");
        return name;
    }

    public void dropDatabase(String name) {
        superuserSql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** A login with the test password, as an administrator makes one ({@code CREATE ROLE … LOGIN}). */
    public void createLogin(String login) {
        superuserSql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + login + "') THEN "
                + "CREATE ROLE " + login + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
    }

    public ServerAddress address(String database, String user) {
        return new ServerAddress("127.0.0.1", port, database, user, "");
    }

    /** Runs statements as the superuser in the maintenance database. */
    public void superuserSql(String... statements) {
        try (Connection c = DriverManager.getConnection(address("postgres", SUPERUSER).jdbcUrl(), SUPERUSER,
                PASSWORD); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestPostgres start() {
        Path bin = findBinaries();
        try {
            Path home = Files.createTempDirectory("ledamot-pg");
            TestPostgres pg = new TestPostgres(bin, home, freePort());
            pg.initAndStart();
            Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
            pg.superuserSql("CREATE ROLE " + ADMIN + " LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'",
                    "CREATE DATABASE " + TEMPLATE + " TEMPLATE template0 OWNER " + ADMIN);
            ServerSetup.init(pg.address(TEMPLATE, ADMIN), PASSWORD.toCharArray());
            return pg;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the test PostgreSQL server did not start", e);
        }
    }

    private void initAndStart() throws IOException, InterruptedException {
        Path pwfile = home.resolve("pwfile");
        Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (isRoot()) {
            chownToPostgres(home, pwfile);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                "--pwfile=" + pwfile, "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8",
                "--no-locale", "--no-sync"));
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-c port=" + port + " -c listen_addresses=127.0.0.1"
                        + " -c unix_socket_directories=" + home + " -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200", "start"));
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
            try (Stream<Path> all = Files.walk(home)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("the test PostgreSQL server in " + home + " was not stopped: " + e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chownToPostgres(Path... paths) throws IOException {
        UserPrincipalLookupService lookup = java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName("postgres");
        GroupPrincipal group = lookup.lookupPrincipalByGroupName("postgres");
        for (Path p : paths) {
            Files.setOwner(p, user);
            Files.getFileAttributeView(p, PosixFileAttributeView.class).setGroup(group);
        }
    }


    /** PostgreSQL 15 or newer: LEDAMOT_PG_BIN, else the newest under /usr/lib/postgresql (Debian), else the PATH. */
    private static Path findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("LEDAMOT_PG_BIN");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString()))
                                .reversed())
                        .forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(dir));
        }
        for (Path dir : candidates) {
            if (Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))
                    && majorVersion(dir) >= 15) {
                return dir.toAbsolutePath();
            }
        }
        throw new IllegalStateException("The store tests also run on PostgreSQL and need PostgreSQL 15 or newer "
                + "installed: apt-get install postgresql (or set LEDAMOT_PG_BIN to its bin folder). "
                + "-Dledamot.engines=h2 runs only the H2 half.");
    }

    private static int majorVersion(Path bin) {
        try {
            Process p = new ProcessBuilder(bin.resolve("initdb").toString(), "--version").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(\\.\\d+)?").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
