package se.ledamot.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.ledamot.importer.read.UnreadableFileException;

/**
 * The files an import goes through: those named, and everything under the folders named, in name order, hidden files
 * and Word's lock files left out. A folder import stays inside its folder: a link that points out of it is left out
 * and said so, a link that points inside is read where it points (once the walk got there by the link), and what
 * cannot be read (a folder without permission, a pipe) becomes an item that says why — nothing stops the walk.
 */
final class FolderWalk {
    /**
     * A file to read (at {@code read}, shown as {@code shown}), or an item refused already.
     *
     * @param followLinks whether a link at {@code read} may be followed: for a file the user named, yes; for a file
     *                    found in a folder, no, so a file swapped for a link after the walk is not read through it
     */
    record Entry(String shown, Path read, boolean followLinks, ImportItem refused) {
        static Entry named(Path file) {
            return new Entry(file.toString(), file, true, null);
        }

        static Entry found(Path shown, Path read) {
            return new Entry(shown.toString(), read, false, null);
        }

        static Entry refused(Path shown, String key, Object... args) {
            return new Entry(shown.toString(), null, false,
                    ImportItem.failed(shown.toString(), new UnreadableFileException(key, null, args)));
        }
    }

    private FolderWalk() {
    }

    static List<Entry> of(List<Path> roots) {
        List<Entry> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                out.addAll(folder(root));
            } else if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                // Named on the command line, it may have been meant as a folder: say neither.
                out.add(Entry.refused(root, "importer.path.missing", root));
            } else {
                out.add(Entry.named(root));
            }
        }
        return out;
    }

    private static List<Entry> folder(Path root) {
        List<Entry> out = new ArrayList<>();
        try {
            // Walked where it really is (the folder named may itself be a link), shown as the user named it.
            Path inside = root.toRealPath();
            Files.walkFileTree(inside, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(inside) || !isHidden(dir) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path shown = root.resolve(inside.relativize(file));
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        link(shown, file, root, inside, out);
                    } else if (attrs.isRegularFile()) {
                        out.add(Entry.found(shown, file));
                    } else if (!attrs.isDirectory()) {
                        out.add(Entry.refused(shown, "importer.file.notRegular", file.getFileName()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    Path shown = root.resolve(inside.relativize(file));
                    out.add(Entry.refused(shown, "importer.folder.unreadable", shown));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(Entry.refused(root, "importer.folder.unreadable", root));
        }
        out.sort(Comparator.comparing(Entry::shown));
        return out;
    }

    /** A link: left out when it leads out of the folder, read at its target when that is a file inside. */
    private static void link(Path shown, Path link, Path root, Path inside, List<Entry> out) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            out.add(Entry.refused(shown, "importer.file.missing", link.getFileName()));
            return;
        }
        if (!target.startsWith(inside)) {
            out.add(Entry.refused(shown, "importer.skipped.linkOutside", link.getFileName(), root));
        } else if (Files.isRegularFile(target)) {
            out.add(Entry.found(shown, target));
        }
        // A link to a folder inside: its files come through the walk itself.
    }

    /** Names starting with "." (hidden) or "~$" (Word's lock files), in the file's own name or a folder above it. */
    private static boolean isHidden(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }
}
