package se.ledamot.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Ledamot keeps its database: the user's data folder for the platform, unless told otherwise (--data DIR). */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
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
