package se.ledamot.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import se.ledamot.importer.draft.HandlingarPart;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.parse.ProposalSection;
import se.ledamot.importer.read.PdfParts;
import se.ledamot.importer.read.ReadDocument;
import se.ledamot.l10n.Localization;

/**
 * One part of a combined PDF of papers as an item of its own (issue 17.2): named after the file and its pages, kept as
 * a PDF of those pages ("handlingar-s3-5.pdf"), parsed as any file is, and marked with where it came from so the
 * preview says it was split and the user can check the split before anything is stored.
 */
final class CombinedPdf {
    private CombinedPdf() {
    }

    static ImportItem item(BiFunction<String, ReadDocument, ImportItem> parse, String shown, ReadDocument whole,
            PdfParts.Part part, int parts) {
        ReadDocument doc = partDocument(whole, part);
        ImportItem item = parse.apply(name(shown, part), doc);
        if (item.draft() == null) {
            return item;
        }
        ImportDraft draft = item.draft();
        String dnr = part.dnr() != null ? part.dnr() : draft.matter().number();
        List<ImportWarning> warnings = new ArrayList<>(draft.warnings());
        warnings.addFirst(ImportWarning.of("bookmark".equals(part.how()) ? "importer.warning.partByBookmark"
                : "importer.warning.partByHeading", whole.name(), pages(part), parts));
        return ImportItem.read(item.file(), item.source(),
                new ImportDraft(draft.matter(), draft.confidence(), warnings, draft.text(), draft.ocr()))
                .withPart(new HandlingarPart(shown, part.first(), part.last(), part.item(), dnr,
                        ProposalSection.in(part.text()), null, false));
    }

    /**
     * The first part of a kallelse followed by its papers, read as the meeting it calls; null when those pages alone
     * are no kallelse, or list fewer items than the whole file does (a föredragningslista going on over a page that
     * begins with "§ 7" is no paper): then the file stays one meeting, as before.
     */
    static ImportItem notice(BiFunction<String, ReadDocument, ImportItem> parse, String shown, ReadDocument whole,
            ImportItem wholeMeeting, PdfParts.Part part) {
        ReadDocument doc = partDocument(whole, part);
        ImportItem item = parse.apply(name(shown, part), doc);
        return item.isMeeting() && item.meeting().draft().items().size()
                == wholeMeeting.meeting().draft().items().size() ? item : null;
    }

    /** The part's pages as a document of their own, named after the file and its pages. */
    private static ReadDocument partDocument(ReadDocument whole, PdfParts.Part part) {
        return new ReadDocument(partName(whole.name(), part), part.pdf(), part.text(), "pdf", part.pages(),
                whole.scanned());
    }

    /** "handlingar.pdf, s. 3" or "handlingar.pdf, s. 3–5". */
    private static String name(String shown, PdfParts.Part part) {
        return part.first() == part.last() ? Localization.get("importer.part.page", shown, part.first())
                : Localization.get("importer.part.pages", shown, part.first(), part.last());
    }

    /** "3" or "3–5". */
    private static String pages(PdfParts.Part part) {
        return part.first() == part.last() ? String.valueOf(part.first()) : part.first() + "–" + part.last();
    }

    /** "handlingar.pdf", pages 3–5: "handlingar-s3-5.pdf", the name the part's own PDF is kept under. */
    static String partName(String name, PdfParts.Part part) {
        int dot = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.length() - 4 : name.length();
        String pages = part.first() == part.last() ? "s" + part.first() : "s" + part.first() + "-" + part.last();
        return name.substring(0, dot) + "-" + pages + ".pdf";
    }
}
