package se.ledamot.importer;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.l10n.Localization;

/**
 * How an import went, counted from its items, in the one sentence that closes every run — the command line prints it,
 * the window shows it.
 *
 * @param read       files read and not duplicates (stored or not)
 * @param stored     files stored as matters
 * @param duplicates files whose text was stored before, or came earlier in the same run
 * @param failed      files that could not be read
 * @param storeFailed files read but refused when they were to be stored
 * @param skipped     links out of the folder, left out on purpose
 */
public record ImportSummary(int read, int stored, int duplicates, int failed, int storeFailed, int skipped) {

    public static ImportSummary of(List<ImportItem> items) {
        int read = 0;
        int stored = 0;
        int duplicates = 0;
        int failed = 0;
        int storeFailed = 0;
        int skipped = 0;
        for (ImportItem i : items) {
            if (i.isSkipped()) {
                skipped++;
            } else if (i.isStoreFailure()) {
                storeFailed++;
            } else if (i.isFailed()) {
                failed++;
            } else if (i.isDuplicate()) {
                duplicates++;
            } else {
                read++;
            }
            if (i.isStored()) {
                stored++;
            }
        }
        return new ImportSummary(read, stored, duplicates, failed, storeFailed, skipped);
    }

    /** After storing: "Klart: 3 sparade, 1 dubbletter, 1 kunde inte läsas.", then any refused by the database or left out. */
    public String text() {
        return join(Localization.get("importer.summary.stored", stored, duplicates, failed));
    }

    /** After reading, nothing stored: "Provkörning, inget sparat: 4 lästa, ...". */
    public String dryRunText() {
        return join(Localization.get("importer.summary.dryRun", read, duplicates, failed));
    }

    private String join(String first) {
        List<String> parts = new ArrayList<>(List.of(first));
        if (storeFailed > 0) {
            parts.add(Localization.get("importer.summary.storeFailed", storeFailed));
        }
        if (skipped > 0) {
            parts.add(Localization.get("importer.summary.skipped", skipped));
        }
        return String.join(" ", parts);
    }
}
