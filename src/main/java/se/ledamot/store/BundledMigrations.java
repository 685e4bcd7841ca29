package se.ledamot.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The versions of the migrations bundled with the app (db/migration, in the jar when installed, a folder in the
 * build), listed without Flyway so an up-to-date database can be opened without loading it. A server's own
 * migrations (db/postgresql) are listed apart.
 */
final class BundledMigrations {
    static final String FOLDER = "db/migration/";
    /** PostgreSQL's own migrations, beside the shared ones on a server. */
    static final String SERVER_FOLDER = "db/postgresql/";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__[^/]+\\.sql");
    private static final Pattern SERVER_FILE = Pattern.compile("V(\\d+(?:_\\d+)?)__[^/]+\\.sql");

    /**
     * Listed once per program: the migrations are those of the jar this program runs from. Each opening of a folder
     * asks three times (the mark read, checked again when the file opens, written when it closes), and every time
     * the whole jar's index was read (issue 15).
     */
    private static volatile Optional<Set<String>> listed;

    private BundledMigrations() {
    }

    /** The versions, or empty when they cannot be listed for certain (then Flyway decides). */
    static Optional<Set<String>> versions() {
        Optional<Set<String>> v = listed;
        if (v == null) {
            v = names(FOLDER).flatMap(BundledMigrations::versionsOf).map(Set::copyOf);
            listed = v;
        }
        return v;
    }

    /**
     * The versions a PostgreSQL server's history lists when it is up to date: the shared migrations and the server's
     * own ({@code V9_1__x.sql} is version 9.1, the PostgreSQL half of V9). Empty when they cannot be listed for certain.
     */
    static Optional<Set<String>> serverVersions() {
        Optional<Set<String>> shared = versions();
        Optional<Set<String>> own = names(SERVER_FOLDER).flatMap(n -> parse(n, SERVER_FILE));
        if (shared.isEmpty() || own.isEmpty()) {
            return Optional.empty();
        }
        Set<String> all = new HashSet<>(shared.get());
        all.addAll(own.get());
        return Optional.of(all);
    }

    private static Optional<List<String>> names(String folder) {
        try {
            Path source = Path.of(BundledMigrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source.resolve(folder))) {
                    return Optional.of(files.map(f -> f.getFileName().toString()).toList());
                }
            }
            try (JarFile jar = new JarFile(source.toFile())) {
                return Optional.of(jar.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(folder) && n.length() > folder.length())
                        .map(n -> n.substring(folder.length())).toList());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Versions of migration file names; empty if any name is not a plain {@code V<n>__name.sql}. */
    static Optional<Set<String>> versionsOf(List<String> fileNames) {
        return parse(fileNames, FILE);
    }

    private static Optional<Set<String>> parse(List<String> fileNames, Pattern file) {
        Set<String> versions = new HashSet<>();
        for (String name : fileNames) {
            Matcher m = file.matcher(name);
            if (!m.matches()) {
                return Optional.empty();
            }
            versions.add(java.util.Arrays.stream(m.group(1).split("_")).map(Integer::parseInt).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(".")));
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }
}
