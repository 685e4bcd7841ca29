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
 * build), listed without Flyway so an up-to-date database can be opened without loading it.
 */
final class BundledMigrations {
    static final String FOLDER = "db/migration/";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__[^/]+\\.sql");

    private BundledMigrations() {
    }

    /** The versions, or empty when they cannot be listed for certain (then Flyway decides). */
    static Optional<Set<Integer>> versions() {
        try {
            Path source = Path.of(BundledMigrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names;
            if (Files.isDirectory(source)) {
                Path folder = source.resolve(FOLDER);
                try (Stream<Path> files = Files.list(folder)) {
                    names = files.map(f -> f.getFileName().toString()).toList();
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    names = jar.stream().map(ZipEntry::getName)
                            .filter(n -> n.startsWith(FOLDER) && n.length() > FOLDER.length())
                            .map(n -> n.substring(FOLDER.length())).toList();
                }
            }
            return versionsOf(names);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Versions of migration file names; empty if any name is not a plain {@code V<n>__name.sql}. */
    static Optional<Set<Integer>> versionsOf(List<String> fileNames) {
        Set<Integer> versions = new HashSet<>();
        for (String name : fileNames) {
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                return Optional.empty();
            }
            versions.add(Integer.parseInt(m.group(1)));
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }
}
