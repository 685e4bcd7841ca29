package se.ledamot.importer.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import se.ledamot.importer.budget.Budget;

/**
 * The pages of a PDF without a text layer, read with OCR ({@link PageOcr}, {@link Tesseract}). Every limit is checked
 * before the first page is rendered: how many scanned pages there are and that each can be rendered at a readable
 * resolution. Each page gets its own time ({@link PageOcr#TIME_PER_PAGE}) added to the file's budget.
 */
final class ScannedPages {
    /** A scanned motion or answer is a few pages; a scanned bundle of a whole meeting's papers is too slow to wait for. */
    static final int MAX_PAGES = 30;

    private ScannedPages() {
    }

    /**
     * Reads the empty pages of {@code pages} (page texts, changed in place) with OCR. Returns null when no page was
     * empty. A document of scanned pages only is refused when OCR cannot read it (Tesseract or Swedish missing), in
     * words that say how to install it; a document with some text keeps that text and says which pages were not read.
     */
    static Scanned read(PDDocument pdf, List<String> pages, int maxChars) throws LimitReached {
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).isBlank() && drawsPictures(pdf.getPage(i))) {
                empty.add(i);
            }
        }
        if (empty.isEmpty()) {
            return null;
        }
        boolean nothingElse = pages.stream().allMatch(String::isBlank);
        Tesseract.State state = Tesseract.state();
        if (state != Tesseract.State.READY) {
            if (nothingElse) {
                throw new LimitReached(state == Tesseract.State.MISSING ? "importer.pdf.noOcr"
                        : "importer.pdf.noSwedishOcr");
            }
            return new Scanned(List.of(), List.of(), pageNumbers(empty),
                    state == Tesseract.State.MISSING ? "program" : "swedish", List.of());
        }
        if (empty.size() > MAX_PAGES) {
            throw new LimitReached("importer.pdf.tooManyScannedPages", empty.size(), MAX_PAGES);
        }
        float[] dpi = new float[pages.size()];
        for (int i : empty) {
            PDPage page = pdf.getPage(i);
            dpi[i] = PageOcr.dpi(page.getCropBox());
            if (dpi[i] == 0) {
                throw new LimitReached("importer.pdf.pageTooLargeForOcr", i + 1);
            }
        }
        List<Integer> read = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        List<OcrWord> words = new ArrayList<>();
        long chars = 0;
        for (int i : empty) {
            Budget.allowMoreTime(PageOcr.TIME_PER_PAGE.plusSeconds(10));
            try {
                PageOcr.Read page = PageOcr.read(pdf, i, dpi[i]);
                chars += page.text().length();
                if (chars > maxChars) {
                    throw new LimitReached("importer.file.tooMuchText", maxChars);
                }
                pages.set(i, page.text());
                words.addAll(page.words());
                read.add(i + 1);
            } catch (LimitReached e) {
                throw e;
            } catch (IOException e) {
                failed.add(i + 1);
            }
        }
        return new Scanned(read, failed, List.of(), null, words);
    }

    /** A scan is a picture on the page; a page with none is blank, not scanned. */
    private static boolean drawsPictures(PDPage page) {
        PDResources resources = page.getResources();
        return resources != null && resources.getXObjectNames().iterator().hasNext();
    }

    private static List<Integer> pageNumbers(List<Integer> indexes) {
        return indexes.stream().map(i -> i + 1).toList();
    }
}
