package se.ledamot.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where this program keeps, on this computer, what it derives from a shared server (its search index): the user's
 * cache folder for the platform, one folder per server database and login (logins see different rows). Derived
 * only: deleting it costs a rebuild. The system property {@value #PROPERTY} names another cache folder (the tests').
 */
public final class ServerCache {
    public static final String PROPERTY = "ledamot.cache";

    private ServerCache() {
    }

    /**
     * The folder for one database of a server and one login. The database's own id is part of the name: a database
     * dropped and made again under its name starts with no index of the old one's rows.
     */
    public static Path folderOf(ServerAddress address, String databaseId) {
        String name = address.host() + "-" + address.port() + "-" + address.database() + "-" + databaseId + "-"
                + address.user();
        return home().resolve("servers").resolve(name.replaceAll("(?U)[^\\p{Alnum}._-]", "_"));
    }

    static Path home() {
        String set = System.getProperty(PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        return home(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path home(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return Path.of(local != null ? local : Path.of(home, "AppData", "Local").toString(), "Ledamot", "Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Ledamot");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ledamot") : Path.of(home, ".cache", "ledamot");
    }
}
