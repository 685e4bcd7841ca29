package se.ledamot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The database a store test works on, for each engine: the H2 file in the test's folder, or a fresh PostgreSQL
 * database of the shared test server for that folder (the same one again when the test opens it a second time).
 * The tests sign in to PostgreSQL as the administrator who owns the schema, like the one person on a laptop; what the
 * server hides from other users is proven in {@code RowSecurityTest}.
 */
public final class TestDatabases {
    private static final Map<Path, Made> SERVER_DATABASES = new HashMap<>();

    /** A test's database on the server, and the folder whose removal says that test is over. */
    private record Made(String name, Path testFolder) {
    }

    private TestDatabases() {
    }

    /**
     * The engines the store tests run on: both, or those named in -Dledamot.engines (h2, postgresql) for a quick
     * run without a PostgreSQL installation.
     */
    public static List<Engine> engines() {
        String chosen = System.getProperty("ledamot.engines", "").strip();
        if (chosen.isEmpty()) {
            return List.of(Engine.values());
        }
        return Arrays.stream(chosen.split(",")).map(s -> Engine.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
    }

    /** Options for opening a data folder in a test: nobody to ask for a password, the system's clock. */
    public static OpenOptions options() {
        return OpenOptions.on(Clock.systemDefaultZone());
    }

    /** The data folder's own database (H2), opened as the program opens it. */
    public static Database local(Path folder) {
        return Database.open(folder, options());
    }

    public static OpenDatabase open(Engine engine, Path folder) {
        DatabaseTarget target = switch (engine) {
            case H2 -> new DatabaseTarget.Local(folder, options());
            case POSTGRESQL -> new DatabaseTarget.Server(TestPostgres.get().address(serverDatabase(folder),
                    TestPostgres.ADMIN), TestPostgres.PASSWORD::toCharArray);
        };
        OpenDatabase db = target.open();
        if (db.engine() != engine) {
            db.close();
            throw new IllegalStateException(target + " opened " + db.engine());
        }
        return db;
    }

    private static synchronized String serverDatabase(Path folder) {
        Path key = folder.toAbsolutePath();
        Made db = SERVER_DATABASES.get(key);
        if (db == null) {
            dropThoseOfFinishedTests();
            db = new Made(TestPostgres.get().newDatabase(), nearestExisting(key));
            SERVER_DATABASES.put(key, db);
        }
        return db.name();
    }

    /**
     * A test's folder is removed when it ends, and its database can go too: disk stays small over a long run. The
     * folder a database is named after may never be made (a server needs none), so what is watched is the nearest one
     * that existed when the database was made, the test's own temporary folder: a class running meanwhile (pom.xml runs
     * two at a time) must not take a database still in use for a finished one.
     */
    private static void dropThoseOfFinishedTests() {
        for (Iterator<Made> it = SERVER_DATABASES.values().iterator(); it.hasNext(); ) {
            Made db = it.next();
            if (!Files.exists(db.testFolder())) {
                TestPostgres.get().dropDatabase(db.name());
                it.remove();
            }
        }
    }

    private static Path nearestExisting(Path folder) {
        Path p = folder;
        while (!Files.exists(p) && p.getParent() != null) {
            p = p.getParent();
        }
        return p;
    }
}
