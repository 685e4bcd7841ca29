package se.ledamot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
        return home().resolve("servers").resolve(safe(prefix(address) + databaseId + suffix(address)));
    }

    /**
     * Removes this login's folders of earlier databases of the same name on the same server (dropped and made again):
     * nothing opens them again, and each held an index of rows that are gone. Looked for only when this database's
     * folder is not there yet; a folder that cannot be removed (in use on Windows) stays until the next time.
     */
    public static void forgetEarlierDatabases(ServerAddress address, String databaseId) {
        Path own = folderOf(address, databaseId);
        if (Files.isDirectory(own) || !Files.isDirectory(own.getParent())) {
            return;
        }
        String prefix = safe(prefix(address));
        String suffix = safe(suffix(address));
        try (Stream<Path> folders = Files.list(own.getParent())) {
            for (Path folder : folders.toList()) {
                String name = folder.getFileName().toString();
                if (name.length() > prefix.length() + suffix.length() && name.startsWith(prefix)
                        && name.endsWith(suffix)
                        && name.substring(prefix.length(), name.length() - suffix.length()).matches("[0-9]+")) {
                    deleteQuietly(folder);
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // Left for the next time: only derived data.
        }
    }

    private static String prefix(ServerAddress address) {
        return address.host() + "-" + address.port() + "-" + address.database() + "-";
    }

    private static String suffix(ServerAddress address) {
        return "-" + address.user();
    }

    private static String safe(String name) {
        return name.replaceAll("(?U)[^\\p{Alnum}._-]", "_");
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException inUse) {
                    // The rest is removed; this one the next time.
                }
            }
        }
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
