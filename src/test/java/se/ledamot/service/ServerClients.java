package se.ledamot.service;

import java.nio.file.Path;
import java.time.Clock;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;

/**
 * How this program reaches a {@link TestServer} in a test, the test password typed each time: a laptop's copy synced
 * with it, or the program working on the server itself.
 */
public final class ServerClients {
    private ServerClients() {
    }

    /** One sync of the laptop's copy with the server at {@code url} (its login the default), to its end. */
    public static SyncService.Summary sync(Ledamot laptop, String url, String login) {
        return laptop.replica().orElseThrow().sync(ServerAdministration.server(url, login),
                TestPostgres.PASSWORD::toCharArray, SyncService.Progress.NONE);
    }

    /** The data folder joined to the server and its copy brought, as a first sync from the menu leaves it; closed. */
    public static void copied(Path folder, Clock clock, String url, String login) {
        try (Ledamot laptop = Ledamot.open(folder, clock)) {
            sync(laptop, url, login);
        }
    }

    /** The program working on the server at {@code url}, with no copy on the laptop. */
    public static Ledamot online(String url) {
        return Ledamot.openServer(ServerAdministration.server(url, "nobody"), TestPostgres.PASSWORD::toCharArray);
    }
}
