package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Where Ledamot keeps its database: the user's data folder for the platform, unless told otherwise (--data DIR). */
public final class DataFolder {
    /** The file a window locks while it has the folder open (one window per folder). */
    public static final String WINDOW_LOCK = "window.lock";

    private DataFolder() {
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    /**
     * Makes sure the folder exists and only its owner can enter it (0700 on Linux and macOS). A folder the user
     * pointed to that already holds other things is left as it is; its Ledamot files are private all the same.
     */
    public static void prepare(Path folder) {
        try {
            if (!Files.isDirectory(folder) || isOurs(folder)) {
                PrivateFiles.folder(folder);
            }
        } catch (IOException | SecurityException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        }
    }

    /** An empty file only its owner can read and write (0600 on Linux and macOS); an existing one is made so. */
    public static void createPrivateFile(Path file) throws IOException {
        PrivateFiles.create(file);
    }

    private static boolean isOurs(Path folder) throws IOException {
        if (Files.exists(DatabaseFile.in(folder))) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    static Path defaultFolder(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Ledamot") : Path.of(home, "AppData", "Roaming", "Ledamot");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Ledamot");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ledamot") : Path.of(home, ".local", "share", "ledamot");
    }
}
