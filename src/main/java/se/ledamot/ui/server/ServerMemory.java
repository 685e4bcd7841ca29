package se.ledamot.ui.server;

import java.util.Optional;
import java.util.prefs.Preferences;
import se.ledamot.domain.DomainException;
import se.ledamot.service.ServerAdministration;

/**
 * The server the window last worked on, in the user's preferences, so that the next start connects to it again (or
 * asks for its password), and the one signed in to last, to fill in when a server is asked for again. Only the
 * address: a password is kept in the OS keyring or nowhere.
 */
public final class ServerMemory {
    static final String URL = "serverUrl";
    static final String LAST = "lastServerUrl";

    private final Preferences node;

    public ServerMemory(Preferences node) {
        this.node = node;
    }

    /** The user's own preferences for Ledamot. */
    public static ServerMemory forUser() {
        return new ServerMemory(Preferences.userRoot().node("se/ledamot/server"));
    }

    /** The server worked on last; empty when the user works locally (or what was kept cannot be read any more). */
    public Optional<ServerAdministration.Server> server() {
        return read(URL);
    }

    /**
     * The server a window start opens: the one given with --server, else none when --data named the folder (that
     * folder is what was asked for), else the one worked on last.
     */
    public Optional<ServerAdministration.Server> startOn(ServerAdministration.Server given, boolean folderNamed) {
        return given != null ? Optional.of(given) : folderNamed ? Optional.empty() : server();
    }

    /** The server signed in to last, also after the user went back to working locally; empty when never. */
    public Optional<ServerAdministration.Server> lastServer() {
        return read(LAST);
    }

    private Optional<ServerAdministration.Server> read(String key) {
        String url = node.get(key, "");
        if (url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ServerAdministration.server(url, System.getProperty("user.name")));
        } catch (DomainException e) {
            node.remove(key);
            return Optional.empty();
        }
    }

    public void remember(ServerAdministration.Server server) {
        node.put(URL, server.url());
        node.put(LAST, server.url());
    }

    /** Back to the data folder on this computer: the next start opens it (the last server stays, to fill in). */
    public void forget() {
        node.remove(URL);
    }
}
