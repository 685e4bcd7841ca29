package se.ledamot.importer.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import se.ledamot.importer.budget.Budget;

/**
 * A combined PDF of a meeting's papers (handlingar) split into its items: at its top-level bookmarks when it has two
 * or more that lead to different pages, else where a page begins with an item's heading — "Ärende 4", "Punkt 4",
 * "§ 12" or "Dnr KS 2024/123" in its first lines — that differs from the part before (a Dnr repeated in every page's
 * header keeps the pages together). Each part is written as a PDF of its own pages, to be kept with its matter.
 */
public final class PdfParts {
    /** A heading is looked for in this many non-empty lines at a page's top. */
    static final int TOP_LINES = 5;
    /** More bookmarks than this are a table of contents gone wild, not a meeting's items. */
    static final int MAX_BOOKMARKS = 5000;
    private static final Pattern ITEM = Pattern.compile(
            "(?:(?:ärende|punkt)\\s++(?:nr\\.?\\s*+)?|§\\s*+)(?<n>\\d{1,4}+)(?![\\d/-]).{0,300}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DNR = Pattern.compile(
            "(?:dnr|diarienummer|diarienr)\\.?\\s*+:?\\s*+(?<n>(?:\\p{L}{1,8}+\\s?)?\\d{4}+[/-]\\d{1,6}+(?:[./-]\\d{1,6}+){0,3}+)"
                    + ".{0,300}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * One item's pages (1-based, inclusive), their text (pages joined by form feeds) and the PDF made of them.
     *
     * @param how {@code "bookmark"} or {@code "heading"}: what the split was made at
     */
    public record Part(int first, int last, List<String> pages, byte[] pdf, String how) {
        public Part {
            pages = List.copyOf(pages);
        }

        public String text() {
            return String.join("\f", pages);
        }

        /** The item number the part's first page is headed with ("Ärende 4", "§ 4"), null when none. */
        public Integer item() {
            String n = topMatch(pages.getFirst(), ITEM);
            return n == null ? null : Integer.valueOf(n);
        }

        /** The Dnr the part's first page is headed with, null when none. */
        public String dnr() {
            return topMatch(pages.getFirst(), DNR);
        }
    }

    private PdfParts() {
    }

    /** The document's parts; empty when it is no combined PDF (not a PDF, one page, or one item only). */
    public static List<Part> of(ReadDocument doc) {
        if (!"pdf".equals(doc.format()) || doc.pages().size() < 2) {
            return List.of();
        }
        try (PDDocument pdf = Loader.loadPDF(doc.bytes())) {
            if (pdf.getNumberOfPages() != doc.pages().size()) {
                return List.of();
            }
            String how = "bookmark";
            List<Integer> starts = bookmarkStarts(pdf);
            if (starts.size() < 2) {
                how = "heading";
                starts = headingStarts(doc.pages());
            }
            if (starts.size() < 2) {
                return List.of();
            }
            List<Part> parts = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                int from = starts.get(i);
                int to = i + 1 < starts.size() ? starts.get(i + 1) : pdf.getNumberOfPages();
                parts.add(new Part(from + 1, to, doc.pages().subList(from, to), pages(pdf, from, to), how));
            }
            return parts;
        } catch (IOException | RuntimeException e) {
            // The file was read whole a moment ago; if its parts cannot be made it is imported whole, as before.
            return List.of();
        }
    }

    /** The pages the top-level bookmarks lead to, in page order, each once; page 0 first when pages come before. */
    private static List<Integer> bookmarkStarts(PDDocument pdf) throws IOException {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return List.of();
        }
        Map<COSDictionary, Integer> index = new IdentityHashMap<>();
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            index.put(page.getCOSObject(), n++);
        }
        TreeSet<Integer> starts = new TreeSet<>();
        int seen = 0;
        for (PDOutlineItem item : outline.children()) {
            Budget.charge(1);
            if (++seen > MAX_BOOKMARKS) {
                return List.of();
            }
            PDPage page = item.findDestinationPage(pdf);
            Integer at = page == null ? null : index.get(page.getCOSObject());
            if (at != null) {
                starts.add(at);
            }
        }
        if (!starts.isEmpty()) {
            starts.add(0);
        }
        return new ArrayList<>(starts);
    }

    /**
     * The pages that begin an item by a heading of their own, and the first page: pages before the first heading (a
     * cover, the agenda) are a part of their own.
     */
    static List<Integer> headingStarts(List<String> pages) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        String current = heading(pages.getFirst());
        for (int p = 1; p < pages.size(); p++) {
            String heading = heading(pages.get(p));
            if (heading != null && !heading.equals(current)) {
                starts.add(p);
                current = heading;
            }
        }
        return starts;
    }

    /** "item 4" or "dnr KS 2024/123" from a page's first lines; null when they have neither. */
    static String heading(String page) {
        for (String line : topLines(page)) {
            CharSequence counted = Budget.counted(line);
            Matcher item = ITEM.matcher(counted);
            if (item.matches()) {
                return "item " + item.group("n");
            }
            Matcher dnr = DNR.matcher(counted);
            if (dnr.matches()) {
                return "dnr " + dnr.group("n").toUpperCase(Locale.ROOT).replace(" ", "");
            }
        }
        return null;
    }

    /** The group "n" of the first of a page's top lines that the pattern matches whole, null when none does. */
    private static String topMatch(String page, Pattern pattern) {
        for (String line : topLines(page)) {
            Matcher m = pattern.matcher(Budget.counted(line));
            if (m.matches()) {
                return m.group("n").strip();
            }
        }
        return null;
    }

    /** A page's first {@link #TOP_LINES} non-empty lines, stripped. */
    private static List<String> topLines(String page) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < page.length() && out.size() < TOP_LINES) {
            int end = page.indexOf('\n', start);
            if (end < 0) {
                end = page.length();
            }
            String line = page.substring(start, end).strip();
            start = end + 1;
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static byte[] pages(PDDocument pdf, int from, int to) throws IOException {
        Budget.checkpoint();
        try (PDDocument part = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = from; i < to; i++) {
                part.importPage(pdf.getPage(i));
            }
            part.save(out);
            return out.toByteArray();
        }
    }
}
