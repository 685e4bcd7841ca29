package se.ledamot.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportProgress;
import se.ledamot.importer.Importer;
import se.ledamot.store.ImportStore;

/**
 * Import: files and folders read and understood (nothing stored), duplicates of stored texts found, and the chosen
 * items stored as matters with their original files. Long work reports progress and stops between files when asked.
 */
public final class ImportService {
    private final ImportStore store;
    private final SettingsService settings;

    ImportService(ImportStore store, SettingsService settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Reads and parses files and folders; needs no database (a dry run on a folder without one). */
    public static List<ImportItem> read(List<Path> files, ImportProgress progress, BooleanSupplier cancelled) {
        return new Importer().prepare(files, progress, cancelled);
    }

    /** The items, those whose text is stored already marked as duplicates. */
    public List<ImportItem> markDuplicates(List<ImportItem> items) {
        return store.markDuplicates(items);
    }

    /**
     * Stores every storable item, one transaction per file; returns all items, the stored ones with their matter. A
     * citizen proposal is not stored where the council does not take them: it comes back failed, saying why.
     */
    public List<ImportItem> store(List<ImportItem> items, ImportProgress progress, BooleanSupplier cancelled) {
        Optional<DomainException> refused = citizenProposalsRefused();
        List<ImportItem> checked = items.stream().map(i -> refused.isPresent() && i.isStorable()
                && i.draft() != null && i.draft().matter().kind() == MatterKind.CITIZEN_PROPOSAL
                ? ImportItem.failed(i.file(), refused.get()) : i).toList();
        return store.store(checked, progress, cancelled);
    }

    private Optional<DomainException> citizenProposalsRefused() {
        try {
            settings.checkCitizenProposalAllowed();
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e);
        }
    }
}
