package se.ledamot.store.online;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.Engine;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;

/**
 * Two writers of one database at once (issue 16.5): a new database on the tests' real PostgreSQL with two logins
 * enrolled in the same group and role, each signed in as its own client, and the administrator for setting things
 * up; or ({@link #twoWindows}) two windows' databases on one H2 data folder.
 */
public final class TwoLogins implements AutoCloseable {
    /** The server's database, or null for two windows on one folder. */
    public final TestServer server;
    public final OpenDatabase first;
    public final OpenDatabase second;
    private final Path folder;

    /** @param group the party group's code, or null for the secretariat */
    public TwoLogins(String first, String second, String group, ServerRole role) {
        this(List.of(first, second), first, second, group, role);
    }

    private TwoLogins(List<String> enrolled, String first, String second, String group, ServerRole role) {
        server = new TestServer();
        folder = null;
        for (String login : enrolled) {
            server.enrol(login, group, role, login);
        }
        this.first = signIn(first);
        this.second = signIn(second);
    }

    /** One login enrolled in the group and role, signed in as {@link #first}; the administrator as {@link #second}. */
    public static TwoLogins withAdmin(String login, String group, ServerRole role) {
        return new TwoLogins(List.of(login), login, TestPostgres.ADMIN, group, role);
    }

    private TwoLogins(Path folder) {
        server = null;
        this.folder = folder;
        first = TestDatabases.local(folder);
        second = TestDatabases.local(folder);
    }

    /**
     * Two writers on the engine a test runs on: two windows on the folder (H2), or these two logins on a new
     * database of the server (PostgreSQL).
     */
    public static TwoLogins on(Engine engine, Path folder, String first, String second, String group,
            ServerRole role) {
        return engine == Engine.H2 ? twoWindows(folder) : new TwoLogins(first, second, group, role);
    }

    /** Two windows of this program on one H2 data folder, each with its own database object. */
    public static TwoLogins twoWindows(Path folder) {
        return new TwoLogins(folder);
    }

    public OpenDatabase signIn(String login) {
        return server.signIn(login);
    }

    /** Who sets things up: the server's administrator, or a third window on the folder. */
    public OpenDatabase admin() {
        return folder != null ? TestDatabases.local(folder) : signIn(TestPostgres.ADMIN);
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

    /** Motions ready for decision, one a title, on one meeting's agenda in that order, added by the secretariat. */
    public List<AgendaItem> motionsOnAnAgenda(String... titles) {
        try (OpenDatabase secretariat = admin()) {
            MatterStore matters = new MatterStore(secretariat.dsl(), Clock.systemUTC());
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < titles.length; i++) {
                ids.add(matters.add(Matter.newMatter(MatterKind.MOTION, titles[i])
                        .submitted(LocalDate.parse("2026-11-01").plusDays(i)).status(Status.PREPARED).build()).id());
            }
            long meeting = new MeetingStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
            return new AgendaStore(secretariat.dsl(), Clock.systemUTC()).addMatters(meeting, ids);
        }
    }

    @Override
    public void close() {
        first.close();
        second.close();
        if (server != null) {
            server.close();
        }
    }
}
