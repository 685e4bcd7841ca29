package se.ledamot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** A data folder as the first version of Ledamot left it: the first migration only, with three matters in it. */
public final class OldDatabase {
    public static final String TITLE = "Motion om att upprätta en integrationsplan";

    private OldDatabase() {
    }

    public static void withData(Path folder) throws Exception {
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("ledamot").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (int id : new int[] {7, 8, 9}) {
                s.execute("INSERT INTO matter (id, kind, title, body, submitted, status, created_at, updated_at)"
                        + " VALUES (" + id + ", 'motion', '" + (id == 7 ? TITLE : "Motion nummer " + id)
                        + "', 'Brödtext åäö', DATE '2015-02-16', 'referred', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO matter_author VALUES (" + id + ", 0, 'Jan Alexandersson', 'V')");
                s.execute("INSERT INTO matter_proposal VALUES (" + id + ", 0, 'en integrationsplan tas fram')");
            }
        }
    }

    /** Bundled migrations not yet applied to the folder's database. */
    public static int pending(Path folder) {
        return Flyway.configure().dataSource("jdbc:h2:file:" + folder.resolve("ledamot").toAbsolutePath()
                + ";IFEXISTS=TRUE", "sa", "").locations("classpath:db/migration").load().info().pending().length;
    }
}
