package se.ledamot.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import se.ledamot.domain.DomainException;
import se.ledamot.importer.parse.CouncilTextParser;
import se.ledamot.importer.read.DocumentReader;
import se.ledamot.importer.read.ReadDocument;
import se.ledamot.importer.read.UnreadableFileException;

/**
 * Reads and parses files into import items, nothing stored. Folders are gone through with everything under them.
 * A file that cannot be read becomes an item that says why; nothing stops the others. Runs on the calling thread,
 * reporting progress and checking for cancellation between files, so a window can run it in the background.
 */
public final class Importer {
    private final CouncilTextParser parser = new CouncilTextParser();

    /** The files named and the files under the folders named, in name order, hidden files left out. */
    public List<Path> expand(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(p -> !isHidden(root, p)).sorted().forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    out.add(root);
                }
            } else {
                out.add(root);
            }
        }
        return out;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads and parses every file under the roots. Stops early, with the items done so far, once cancelled. Two
     * files with the same text: the second is marked a duplicate of the first.
     */
    public List<ImportItem> prepare(List<Path> roots, ImportProgress progress, BooleanSupplier cancelled) {
        List<Path> files = expand(roots);
        List<ImportItem> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            ImportItem item = prepare(file);
            if (!item.isFailed()) {
                String first = seen.putIfAbsent(item.source().textHash(), item.file());
                if (first != null) {
                    item = item.withDuplicateOfFile(first);
                }
            }
            out.add(item);
            progress.update(out.size(), files.size(), item.file());
        }
        return out;
    }

    public ImportItem prepare(Path file) {
        String shown = file.toString();
        if (Files.isDirectory(file)) {
            return ImportItem.failed(shown, new UnreadableFileException("importer.folder.unreadable", null, shown));
        }
        try {
            return parsed(shown, DocumentReader.read(file));
        } catch (DomainException e) {
            return ImportItem.failed(shown, e);
        } catch (RuntimeException e) {
            return ImportItem.failed(shown, new UnreadableFileException("importer.file.failed", e, shown,
                    String.valueOf(e.getMessage())));
        }
    }

    /** A document already in memory, such as a sample in the jar. */
    public ImportItem prepare(String name, byte[] bytes) {
        try {
            return parsed(name, DocumentReader.read(name, bytes));
        } catch (DomainException e) {
            return ImportItem.failed(name, e);
        }
    }

    private ImportItem parsed(String shown, ReadDocument doc) {
        ImportDraft draft = parser.parse(doc.text(), doc.name());
        return ImportItem.read(shown, SourceFile.of(doc.name(), doc.bytes(), doc.format(), doc.text()), draft);
    }
}
