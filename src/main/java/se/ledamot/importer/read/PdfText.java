package se.ledamot.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import se.ledamot.importer.budget.Budget;

/**
 * The text of a PDF, within limits checked before the work they bound: the page count before any page is read, each
 * page's and form's content unpacked and measured (as a stream, in constant memory) before it is parsed, and the text
 * counted as it comes. Every content operator is charged to the file's budget, so a page that never ends is stopped.
 * Forms nested deeper than {@link #MAX_FORM_DEPTH} or drawn inside themselves are skipped.
 */
final class PdfText {
    /** A council's papers for one meeting may run to a few hundred pages. */
    static final int MAX_PAGES = 3000;
    /** A page's or a form's content, unpacked: a detailed map is a few MB. */
    static final long MAX_CONTENT_BYTES = 64L << 20;
    /** All content unpacked in the whole document. */
    static final long MAX_TOTAL_CONTENT_BYTES = 512L << 20;
    static final int MAX_FORM_DEPTH = 16;
    /** Characters drawn on one page: a dense page has a few thousand; each costs PDFBox a few hundred bytes. */
    static final int MAX_GLYPHS_PER_PAGE = 200_000;

    private PdfText() {
    }

    /** A PDF's text page by page, and what OCR read of its scanned pages (null when it had none). */
    record Pages(List<String> texts, Scanned scanned) {
        /** The pages joined by form feeds, as a PDF's text is usually given. */
        String text() {
            return String.join("\f", texts);
        }
    }

    /**
     * Loads the PDF from its bytes and reads its text page by page; pages without text are read with OCR
     * ({@link ScannedPages}). An encrypted one throws PDFBox's InvalidPasswordException.
     */
    static Pages of(byte[] bytes, int maxChars) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Budget.checkpoint();
            countPages(pdf);
            Stripper stripper = new Stripper(maxChars);
            stripper.setSortByPosition(true);
            StringWriter out = new StringWriter();
            stripper.writeText(pdf, out);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                int[] at = stripper.pageAt.get(i);
                pages.add(at == null ? "" : withoutControls(out.getBuffer().substring(at[0], at[1])).strip());
            }
            return new Pages(pages, ScannedPages.read(pdf, pages, maxChars));
        } catch (IOException | RuntimeException e) {
            // A limit thrown from inside PDFBox's page loop comes back wrapped.
            LimitReached.rethrowCause(e);
            throw e;
        }
    }

    /**
     * Refuses a document of more than {@link #MAX_PAGES} pages: first by the count it states, then by walking its page
     * tree, which also stops a tree whose count lies or whose branches loop back.
     */
    private static void countPages(PDDocument pdf) throws LimitReached {
        if (pdf.getNumberOfPages() > MAX_PAGES) {
            throw new LimitReached("importer.pdf.tooManyPages", MAX_PAGES);
        }
        int pages = 0;
        for (PDPage ignored : pdf.getPages()) {
            if (++pages > MAX_PAGES) {
                throw new LimitReached("importer.pdf.tooManyPages", MAX_PAGES);
            }
            Budget.checkpoint();
        }
    }

    /** NUL and other control characters that broken fonts map glyphs to are no text (and no database takes NUL). */
    private static String withoutControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' || c == '\n' || c == '\r' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** PDFBox's text stripper with the limits and the budget checked at every step. */
    private static final class Stripper extends PDFTextStripper {
        private final int maxChars;
        private long chars;
        private long content;
        private int formDepth;
        private int pageGlyphs;
        /** Where each page's text (by page number, from 1) starts and ends in the output; none for a page without content. */
        final Map<Integer, int[]> pageAt = new HashMap<>();
        private int pageStart;
        /** The page being written is read column by column, each column ending its last line. */
        private boolean columns;

        Stripper(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            output.flush();
            pageStart = length();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            pageAt.put(getCurrentPageNo(), new int[] {pageStart, length()});
        }

        /** A page set in two columns is written left column first ({@link PdfColumns}); other pages as PDFBox sorts them. */
        @Override
        protected void writePage() throws IOException {
            List<List<TextPosition>> split = charactersByArticle.size() == 1
                    ? PdfColumns.split(charactersByArticle.get(0)) : null;
            if (split == null) {
                super.writePage();
                return;
            }
            List<TextPosition> page = charactersByArticle.get(0);
            charactersByArticle.clear();
            split.stream().filter(part -> !part.isEmpty()).forEach(charactersByArticle::add);
            columns = true;
            try {
                super.writePage();
            } finally {
                columns = false;
                charactersByArticle.clear();
                charactersByArticle.add(page);
            }
        }

        @Override
        protected void endArticle() throws IOException {
            super.endArticle();
            if (columns) {
                output.write(getLineSeparator());
            }
        }

        private int length() {
            return output instanceof StringWriter w ? w.getBuffer().length() : 0;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            Budget.checkpoint();
            pageGlyphs = 0;
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream s) {
                measure(s);
            } else if (contents instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.getObject(i) instanceof COSStream s) {
                        measure(s);
                    }
                }
            }
            super.processPage(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            if (formDepth >= MAX_FORM_DEPTH) {
                return;
            }
            measure(form.getCOSObject());
            formDepth++;
            try {
                super.showForm(form);
            } finally {
                formDepth--;
            }
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            Budget.charge(1L + operands.size());
            super.processOperator(operator, operands);
        }

        /** Every character drawn is counted as it comes, before PDFBox has kept too many of them. */
        @Override
        protected void processTextPosition(TextPosition text) {
            Budget.charge(1);
            if (++chars > maxChars) {
                throw limit(new LimitReached("importer.file.tooMuchText", maxChars));
            }
            if (++pageGlyphs > MAX_GLYPHS_PER_PAGE) {
                throw limit(new LimitReached("importer.pdf.contentTooLarge", MAX_CONTENT_BYTES >> 20));
            }
            super.processTextPosition(text);
        }

        /**
         * Unpacks a content stream to count its bytes, in constant memory, stopping at the limit. Streams in other
         * filters than Flate (rare in content) are left to the budget: PDFBox unpacks those whole in any case.
         */
        private void measure(COSStream stream) {
            long size = 0;
            COSBase filter = stream.getFilters();
            boolean flate = COSName.FLATE_DECODE.equals(filter)
                    || filter instanceof COSArray a && a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0));
            if (filter != null && !flate) {
                return;
            }
            try (InputStream in = flate ? new InflaterInputStream(stream.createRawInputStream())
                    : stream.createRawInputStream()) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    size += n;
                    content += n;
                    Budget.charge(n >> 8);
                    if (size > MAX_CONTENT_BYTES || content > MAX_TOTAL_CONTENT_BYTES) {
                        throw limit(new LimitReached("importer.pdf.contentTooLarge", MAX_CONTENT_BYTES >> 20));
                    }
                }
            } catch (IOException e) {
                // Content PDFBox cannot unpack either: it reads what it can, as it would without this check.
            }
        }

        private static UncheckedIOException limit(LimitReached reached) {
            return new UncheckedIOException(reached);
        }
    }
}
