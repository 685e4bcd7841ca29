package se.ledamot.importer;

import java.util.Objects;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;

/**
 * One file on its way in: read and parsed into a draft, or refused with a reason; perhaps a duplicate of a matter
 * already stored or of another file in the same batch; finally stored as a matter.
 *
 * @param file            the file as the user named it (a path, or a sample's name)
 * @param source          the original file, null when it could not be read
 * @param draft           what the parser made of it, null when it could not be read
 * @param failure         why it could not be read, null when it could
 * @param duplicateOf     the stored matter with the same text, if any
 * @param duplicateOfFile the earlier file in this batch with the same text, if any
 * @param stored          the matter made from it, once stored
 */
public record ImportItem(String file, SourceFile source, ImportDraft draft, DomainException failure,
        Matter duplicateOf, String duplicateOfFile, Matter stored) {

    public ImportItem {
        Objects.requireNonNull(file, "file");
        if ((failure == null) == (draft == null || source == null)) {
            throw new IllegalArgumentException("an item has either a draft and its source, or a failure");
        }
    }

    public static ImportItem read(String file, SourceFile source, ImportDraft draft) {
        return new ImportItem(file, source, draft, null, null, null, null);
    }

    public static ImportItem failed(String file, DomainException failure) {
        return new ImportItem(file, null, null, failure, null, null, null);
    }

    public boolean isFailed() {
        return failure != null;
    }

    public boolean isDuplicate() {
        return duplicateOf != null || duplicateOfFile != null;
    }

    /** Read, not a duplicate, not yet stored. */
    public boolean isStorable() {
        return !isFailed() && !isDuplicate() && stored == null;
    }

    /** Why the file could not be read, in the user's language. */
    public String failureText() {
        return failure == null ? null : Localization.message(failure);
    }

    public ImportItem withDraft(ImportDraft edited) {
        return new ImportItem(file, source, edited, failure, duplicateOf, duplicateOfFile, stored);
    }

    public ImportItem withDuplicateOf(Matter matter) {
        return new ImportItem(file, source, draft, failure, matter, duplicateOfFile, stored);
    }

    public ImportItem withDuplicateOfFile(String other) {
        return new ImportItem(file, source, draft, failure, duplicateOf, other, stored);
    }

    public ImportItem withStored(Matter matter) {
        return new ImportItem(file, source, draft, failure, duplicateOf, duplicateOfFile, matter);
    }
}
