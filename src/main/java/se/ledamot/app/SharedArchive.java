package se.ledamot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.ledamot.l10n.Localization;

/**
 * The installed launcher keeps a class-data archive of Ledamot's own classes in the user's cache
 * ({@code -XX:+AutoCreateSharedArchive}, see installer/args-linux.txt): the first start writes it at exit, later starts
 * load their classes from it. The JVM does not create the archive's folder and fails at exit without it, so the app
 * makes the folder named by the system property {@code ledamot.sharedArchive}.
 */
final class SharedArchive {
    static final String PROPERTY = "ledamot.sharedArchive";

    private SharedArchive() {
    }

    static void prepareFolder() {
        String archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return;
        }
        Path folder = Path.of(archive).toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            System.err.println(Localization.get("app.startupCache.unwritable", folder, e.getMessage()));
        }
    }
}
