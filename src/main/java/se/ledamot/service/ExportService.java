package se.ledamot.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ledamot.l10n.Localization;
import se.ledamot.store.export.ExportManifest;
import se.ledamot.domain.ExportProgress;
import se.ledamot.store.export.ExportReader;
import se.ledamot.store.export.Exporter;

/**
 * Export for leaving (issue 14.3): everything the data folder holds written to a folder of JSON lines and the
 * original files, documented in the folder itself (FORMAT.md), and such a folder read back, identical, ids included.
 */
public final class ExportService {
    /** What replacing the folder's data with an export did: the counts read, and where the old data was saved. */
    public record Replaced(Map<String, Integer> counts, Path savedFirst) {
    }

    private final Exporter exporter;
    private final ExportReader reader;
    private final DataFolderService folder;

    ExportService(Exporter exporter, ExportReader reader, DataFolderService folder) {
        this.exporter = exporter;
        this.reader = reader;
        this.folder = folder;
    }

    /** Writes everything into {@code target} (new or empty); returns how many of each kind. */
    public Map<String, Integer> export(Path target, ExportProgress progress) {
        return exporter.export(target, progress);
    }

    /** Whether the folder is an export from Ledamot (it has the manifest). */
    public static boolean isExport(Path folder) {
        return ExportReader.isExport(folder);
    }

    /** What an export says it holds, by kind; a folder that is no readable export is refused in words. */
    public static Map<String, Integer> contents(Path export) {
        return ExportManifest.of(export).counts();
    }

    /** Reads an export into this data folder, which must hold nothing yet (the command line's import). */
    public Map<String, Integer> readIntoEmpty(Path export, ExportProgress progress) {
        return reader.read(export, false, progress);
    }

    /**
     * Puts an export in place of everything the data folder holds (the window's import), the current state backed up
     * first. All or nothing: a damaged export or a cancel leaves the data as it was.
     */
    public Replaced replaceWith(Path export, ExportProgress progress) {
        ExportManifest.of(export);
        Path saved = folder == null ? null : folder.backUpNow();
        return new Replaced(reader.read(export, true, progress), saved);
    }

    /** The counts in words: "12 ärenden, 3 originalfiler, …", the kinds with none left out. */
    public static String describe(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> {
            if (n > 0) {
                parts.add(Localization.get("export.count." + kind, n));
            }
        });
        return parts.isEmpty() ? Localization.get("export.count.nothing") : String.join(", ", parts);
    }

    /** The kind's name for "Exporterar ärenden …". */
    public static String kindName(String kind) {
        return Localization.get("export.kind." + kind);
    }
}
