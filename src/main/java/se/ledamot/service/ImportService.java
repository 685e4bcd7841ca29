package se.ledamot.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportProgress;
import se.ledamot.importer.Importer;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.l10n.Localization;
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
        return store.markDuplicates(withoutCitizenProposals(items));
    }

    /**
     * Where the council takes no citizen proposals (KL 8 kap. 1 §: only if fullmäktige has decided so), a kallelse's
     * medborgarförslag item is kept on the agenda as an item without a matter, and the preview says why.
     */
    private List<ImportItem> withoutCitizenProposals(List<ImportItem> items) {
        Optional<DomainException> refused = citizenProposalsRefused();
        if (refused.isEmpty()) {
            return items;
        }
        return items.stream().map(i -> {
            if (!i.isMeeting() || i.isStored()) {
                return i;
            }
            MeetingDraft d = i.meeting().draft();
            List<AgendaLine> lines = new ArrayList<>();
            List<ImportWarning> warnings = new ArrayList<>(d.warnings());
            for (AgendaLine line : d.items()) {
                if (!line.isFreeText() && line.matter().matter().kind() == MatterKind.CITIZEN_PROPOSAL) {
                    lines.add(new AgendaLine(line.number(), line.text(), line.dnr(), null, line.proposal()));
                    warnings.add(ImportWarning.of("importer.meeting.citizenProposalAsText", line.number(),
                            Localization.message(refused.get())));
                } else {
                    lines.add(line);
                }
            }
            return lines.equals(d.items()) ? i : i.withMeeting(i.meeting().withDraft(d.withItems(lines, warnings)));
        }).toList();
    }

    /**
     * Stores every storable item, in batches of one transaction each (a crash leaves a batch's files all stored or
     * none); returns all items, the stored ones with their matter. A citizen
     * proposal is not stored where the council does not take them: it comes back failed, saying why.
     */
    public List<ImportItem> store(List<ImportItem> items, ImportProgress progress, BooleanSupplier cancelled) {
        Optional<DomainException> refused = citizenProposalsRefused();
        List<ImportItem> checked = withoutCitizenProposals(items).stream().map(i -> refused.isPresent() && i.isStorable()
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
