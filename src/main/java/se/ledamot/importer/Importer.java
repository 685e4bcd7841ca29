package se.ledamot.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import se.ledamot.importer.budget.Limits;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.importer.parse.CouncilTextParser;
import se.ledamot.importer.parse.MeetingTextParser;
import se.ledamot.importer.read.DocumentReader;
import se.ledamot.importer.read.PdfParts;
import se.ledamot.importer.read.ReadDocument;

/**
 * Reads and parses files into import items, nothing stored. Folders are gone through with everything under them
 * ({@link FolderWalk}: inside the folder only). Each file is read within its budget of time and memory ({@link Guard});
 * a file that cannot be read, or takes too long, becomes an item that says why, and the next file is read. Runs on
 * the calling thread, reporting progress after each file and checking for cancellation between files and while one
 * is read, so a window can run it in the background.
 */
public final class Importer {
    private final CouncilTextParser parser = new CouncilTextParser();
    private final MeetingTextParser meetings = new MeetingTextParser();
    private final Guard guard;

    public Importer() {
        this(Limits.DEFAULT);
    }

    /** An importer with other limits per file (the hostile-file tests use tighter ones). */
    public Importer(Limits limits) {
        this.guard = new Guard(limits);
    }

    /**
     * Reads and parses every file under the roots. Stops early, with the items done so far, once cancelled. Two
     * files with the same text: the second is marked a duplicate of the first.
     */
    public List<ImportItem> prepare(List<Path> roots, ImportProgress progress, BooleanSupplier cancelled) {
        List<FolderWalk.Entry> entries = FolderWalk.of(roots);
        List<ImportItem> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int files = 0;
        for (FolderWalk.Entry entry : entries) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            List<ImportItem> items;
            try {
                items = entry.refused() != null ? List.of(entry.refused())
                        : readParts(entry.shown(), entry.read(), entry.followLinks(), cancelled);
            } catch (Guard.Cancelled e) {
                break;
            }
            for (ImportItem read : items) {
                ImportItem item = read;
                if (!item.isFailed()) {
                    String first = seen.putIfAbsent(item.source().textHash(), item.file());
                    if (first != null) {
                        item = item.withDuplicateOfFile(first);
                    }
                }
                out.add(item);
            }
            progress.update(++files, entries.size(), entry.shown());
        }
        return out;
    }

    /** Reads and parses one file. */
    public ImportItem prepare(Path file) {
        return read(file.toString(), file, true, () -> false);
    }

    /** A document already in memory, such as a sample in the jar. */
    public ImportItem prepare(String name, byte[] bytes) {
        return guard.run(name, () -> false, () -> parsed(name, DocumentReader.read(name, bytes)));
    }

    private ImportItem read(String shown, Path file, boolean followLinks, BooleanSupplier cancelled) {
        return guard.run(shown, cancelled, () -> parsed(shown, DocumentReader.read(file, followLinks)));
    }

    /**
     * A file read as one item, or as one per part when it is a combined PDF of several matters ({@link PdfParts}). A
     * kallelse is one meeting; when its own pages are followed by the items' papers (kallelse and handlingar in one
     * PDF), the pages before the first paper are the meeting and each paper a part of its own, to be matched to the
     * meeting's items when stored.
     */
    private List<ImportItem> readParts(String shown, Path file, boolean followLinks, BooleanSupplier cancelled) {
        return guard.run(shown, cancelled, () -> {
            ReadDocument doc = DocumentReader.read(file, followLinks);
            ImportItem whole = parsed(shown, doc);
            List<PdfParts.Part> parts = PdfParts.of(doc);
            List<ImportItem> items = new ArrayList<>();
            if (whole.isMeeting() && !parts.isEmpty()) {
                ImportItem notice = CombinedPdf.notice(this::parsed, shown, doc, whole, parts.getFirst());
                if (notice == null) {
                    return List.of(whole);
                }
                items.add(notice);
                parts = parts.subList(1, parts.size());
            } else if (whole.isMeeting() || parts.isEmpty()) {
                return List.of(whole);
            }
            for (PdfParts.Part part : parts) {
                items.add(CombinedPdf.item(this::parsed, shown, doc, part, parts.size()));
            }
            return items;
        }, List::of);
    }

    /** A kallelse or föredragningslista becomes a meeting; any other text a matter, rated by OCR where scanned. */
    ImportItem parsed(String shown, ReadDocument doc) {
        SourceFile source = SourceFile.of(doc.name(), doc.bytes(), doc.format(), doc.text());
        var meeting = meetings.parse(doc.text(), doc.name());
        if (meeting.isPresent()) {
            return ImportItem.meeting(shown, source, MeetingImport.of(meeting.get()));
        }
        var draft = parser.parse(doc.text(), doc.name());
        if (doc.scanned() != null) {
            draft = ScannedConfidence.apply(draft, doc.scanned());
        }
        return ImportItem.read(shown, source, draft);
    }
}
