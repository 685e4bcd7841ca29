package se.ledamot.importer;

import java.util.Objects;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.importer.draft.HandlingarPart;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.l10n.Localization;

/**
 * One file on its way in: read and parsed into a draft, or refused with a reason; perhaps a duplicate of a matter
 * already stored or of another file in the same batch; finally stored as a matter, or refused when storing it failed
 * (then it keeps its draft).
 *
 * @param file            the file as the user named it (a path, or a sample's name)
 * @param source          the original file, null when it could not be read
 * @param draft           what the parser made of it, null when it could not be read or is a meeting document
 * @param failure         why it could not be read or stored, null when nothing went wrong
 * @param duplicateOf     the stored matter with the same text, if any
 * @param duplicateOfFile the earlier file in this batch with the same text, if any
 * @param stored          the matter made from it, once stored
 * @param meeting         a kallelse or föredragningslista: the meeting it calls and its agenda, null for a matter
 * @param part            a part of a combined PDF of papers, with the agenda item it was matched to; null otherwise
 */
public record ImportItem(String file, SourceFile source, ImportDraft draft, DomainException failure,
        Matter duplicateOf, String duplicateOfFile, Matter stored, MeetingImport meeting, HandlingarPart part) {
    /** Failures with keys under this prefix are files left out on purpose (a link out of the folder), not broken. */
    public static final String SKIPPED = "importer.skipped.";

    public ImportItem {
        Objects.requireNonNull(file, "file");
        boolean read = draft != null || meeting != null;
        if (read != (source != null) || draft != null && meeting != null || !read && failure == null) {
            throw new IllegalArgumentException("an item has a draft or a meeting and its source, or a failure, or both");
        }
    }

    public static ImportItem read(String file, SourceFile source, ImportDraft draft) {
        return new ImportItem(file, source, draft, null, null, null, null, null, null);
    }

    /** A meeting document read. */
    public static ImportItem meeting(String file, SourceFile source, MeetingImport meeting) {
        return new ImportItem(file, source, null, null, null, null, null, meeting, null);
    }

    public static ImportItem failed(String file, DomainException failure) {
        return new ImportItem(file, null, null, failure, null, null, null, null, null);
    }

    public boolean isFailed() {
        return failure != null;
    }

    /** Left out on purpose rather than broken: a link that points out of the folder being imported. */
    public boolean isSkipped() {
        return failure != null && failure.key().startsWith(SKIPPED);
    }

    /** Read, but refused when it was to be stored (a field too long for the database, say). */
    public boolean isStoreFailure() {
        return failure != null && source != null;
    }

    /** A kallelse or föredragningslista, which becomes a meeting with its agenda rather than a matter. */
    public boolean isMeeting() {
        return meeting != null;
    }

    /** Stored: as a matter, or as a meeting with its agenda. */
    public boolean isStored() {
        return stored != null || meeting != null && meeting.stored() != null;
    }

    public boolean isDuplicate() {
        return duplicateOf != null || duplicateOfFile != null;
    }

    /** Read, not a duplicate, not yet stored. */
    public boolean isStorable() {
        return !isFailed() && !isDuplicate() && !isStored();
    }

    /** Why the file could not be read or stored, in the user's language. */
    public String failureText() {
        return failure == null ? null : Localization.message(failure);
    }

    /** The draft as the user corrected it; a failure to store it is forgotten, so it can be tried again. */
    public ImportItem withDraft(ImportDraft edited) {
        return new ImportItem(file, source, edited, source == null ? failure : null, duplicateOf, duplicateOfFile,
                stored, null, part);
    }

    /** The meeting document as planned, corrected or stored; a failure to store it is forgotten. */
    public ImportItem withMeeting(MeetingImport next) {
        return new ImportItem(file, source, null, source == null ? failure : null, duplicateOf, duplicateOfFile,
                null, next, part);
    }

    /** Storing it failed, for the reason given; what was read is kept. */
    public ImportItem withFailure(DomainException why) {
        return new ImportItem(file, source, draft, why, duplicateOf, duplicateOfFile, stored, meeting, part);
    }

    public ImportItem withDuplicateOf(Matter matter) {
        return new ImportItem(file, source, draft, failure, matter, duplicateOfFile, stored, meeting, part);
    }

    public ImportItem withDuplicateOfFile(String other) {
        return new ImportItem(file, source, draft, failure, duplicateOf, other, stored, meeting, part);
    }

    /** A part of a combined PDF, matched or not yet. */
    public ImportItem withPart(HandlingarPart p) {
        return new ImportItem(file, source, draft, failure, duplicateOf, duplicateOfFile, stored, meeting, p);
    }

    /** A part of a combined PDF matched to an agenda item or matter, to be kept with that matter. */
    public boolean isMatchedPart() {
        return part != null && part.target() != null && !part.apart();
    }

    public ImportItem withStored(Matter matter) {
        return new ImportItem(file, source, draft, failure, duplicateOf, duplicateOfFile, matter, meeting, part);
    }
}
