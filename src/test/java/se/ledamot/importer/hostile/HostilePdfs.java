package se.ledamot.importer.hostile;

import static se.ledamot.importer.hostile.Hostile.Expect.either;
import static se.ledamot.importer.hostile.Hostile.Expect.imported;
import static se.ledamot.importer.hostile.Hostile.Expect.refused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.Loader;
import se.ledamot.importer.read.CombinedPdfs;
import se.ledamot.importer.read.ScannedPdfs;
import se.ledamot.importer.read.TestDocuments;

/** PDFs no well-behaved writer makes. */
public final class HostilePdfs {
    private static final String[] LINES = HostileCorpus.MOTION.split("\n");

    private HostilePdfs() {
    }

    static List<Hostile> all() {
        return List.of(
                Hostile.of("vanlig.pdf", "a plain PDF written by hand", () -> text(LINES), imported()),
                Hostile.of("halv.pdf", "a PDF cut in half", () -> half(text(LINES)), either("importer.pdf.broken",
                        "importer.pdf.noText")),
                Hostile.of("bara-huvud.pdf", "%PDF and nothing else", () -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                        refused("importer.pdf.broken")),
                Hostile.of("inte-pdf.pdf", "a text file named .pdf", () -> HostileCorpus.utf8(HostileCorpus.MOTION),
                        refused("importer.pdf.broken")),
                Hostile.of("lösenord.pdf", "encrypted with a password to open", () -> encrypted("hemligt"),
                        refused("importer.pdf.encrypted")),
                Hostile.of("ägarlösenord.pdf", "encrypted with an owner password only", () -> encrypted(""),
                        imported()),
                Hostile.of("javascript.pdf", "JavaScript run on opening and a launch action", HostilePdfs::javascript,
                        imported()),
                Hostile.of("sidträd-loop.pdf", "a page tree whose node lists itself as a child", HostilePdfs::treeLoop,
                        either("importer.pdf.broken", "importer.pdf.tooManyPages", "importer.pdf.noText")),
                Hostile.of("ljuger-om-antal.pdf", "says it has one page and has 5 000", () -> pages(5000, 1),
                        refused("importer.pdf.tooManyPages")),
                Hostile.of("200000-sidor.pdf", "two hundred thousand pages", () -> pages(200_000, 200_000),
                        refused("importer.pdf.tooManyPages")),
                Hostile.of("3001-sidor.pdf", "one page over the limit", () -> pages(3001, 3001),
                        refused("importer.pdf.tooManyPages")),
                Hostile.of("50-sidor.pdf", "fifty pages", () -> pages(50, 50), imported()),
                Hostile.of("deflate-bomb.pdf", "a page whose content unpacks to 100 MB", HostilePdfs::contentBomb,
                        refused("importer.pdf.contentTooLarge")),
                Hostile.of("oanvänd-bomb.pdf", "a deflate bomb in an object nothing uses", HostilePdfs::unusedBomb,
                        imported()),
                Hostile.of("tätt.pdf", "a page of 300 000 characters", HostilePdfs::densePage,
                        refused("importer.pdf.contentTooLarge")),
                Hostile.of("form-i-sig-själv.pdf", "a form that draws itself", HostilePdfs::selfForm, imported()),
                Hostile.of("längd-loop.pdf", "a stream whose /Length points to itself", HostilePdfs::lengthLoop,
                        either("importer.pdf.broken", "importer.pdf.noText")),
                Hostile.of("skräp-xref.pdf", "a cross-reference table of garbage", HostilePdfs::garbageXref,
                        either("importer.pdf.broken", "importer.pdf.noText")),
                Hostile.of("utan-text.pdf", "a page without text", () -> text(), refused("importer.pdf.noText")),
                Hostile.of("inskannad-jättesida.pdf", "a scanned page of 200 × 200 inches",
                        () -> unchecked(() -> ScannedPdfs.blankScans(1, 14_400, 14_400)),
                        either("importer.pdf.pageTooLargeForOcr", "importer.pdf.noOcr", "importer.pdf.noSwedishOcr")),
                Hostile.of("31-inskannade-sidor.pdf", "more scanned pages than OCR reads in one file",
                        () -> unchecked(() -> ScannedPdfs.blankScans(31, 595, 842)),
                        either("importer.pdf.tooManyScannedPages", "importer.pdf.noOcr", "importer.pdf.noSwedishOcr")),
                Hostile.of("handlingar-med-5001-bokmärken.pdf", "a combined PDF with more bookmarks than items can be",
                        () -> unchecked(() -> CombinedPdfs.of(new String[] {"Motion om bokmärken", "Sida två"},
                                bookmarks(5001))),
                        imported()),
                Hostile.of("bete.pdf", "backtracking bait over 2 000 lines", () -> text(Bait.ALL.stream()
                        .filter(b -> b.name().equals("hyphen-place")).findFirst().orElseThrow().text(100_000)
                        .split("(?<=\\G.{50})")), imported()),
                Hostile.of("nul-tecken.pdf", "text with NUL characters from a broken font",
                        () -> text("Motion om nul\u0000tecken", "Sara Lind (C)"), imported()),
                Hostile.of("utan-filändelse", "a PDF without a file extension", () -> text(LINES), imported()));
    }

    /** A one-page document showing the lines in Helvetica. */
    public static byte[] text(String... lines) {
        return onePage((pdf, tree, font) -> page(tree, font, content(pdf, RawPdf.textContent(lines)) + " 0 R"));
    }

    /** A document of {@code count} pages that all show the same short text, saying it has {@code stated}. */
    public static byte[] pages(int count, int stated) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int font = pdf.add(RawPdf.font());
        int content = content(pdf, RawPdf.textContent("Motion om sidor"));
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(pdf.add(page(tree, font, content + " 0 R"))).append(" 0 R ");
        }
        pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + stated + " >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.write(catalog);
    }

    /** What goes on the one page of a document: its dictionary, given the PDF, the page tree and the font. */
    @FunctionalInterface
    private interface OnePage {
        String page(RawPdf pdf, int tree, int font);
    }

    private static byte[] onePage(OnePage page) {
        return onePage(page, () -> "");
    }

    /** A document of one page made by {@code page}, with {@code catalog} (asked for after the page) in its catalog. */
    private static byte[] onePage(OnePage page, java.util.function.Supplier<String> catalog) {
        RawPdf pdf = new RawPdf();
        int root = pdf.reserve();
        int tree = pdf.reserve();
        int font = pdf.add(RawPdf.font());
        int p = pdf.add(page.page(pdf, tree, font));
        pdf.set(tree, "<< /Type /Pages /Kids [" + p + " 0 R] /Count 1 >>");
        pdf.set(root, "<< /Type /Catalog /Pages " + tree + " 0 R " + catalog.get() + " >>");
        return pdf.write(root);
    }

    private static int content(RawPdf pdf, String operators) {
        return pdf.stream("", operators.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String page(int tree, int font, String contents) {
        return page(tree, "<< /Font << /F1 " + font + " 0 R >> >>", contents, "");
    }

    private static String page(int tree, String resources, String contents, String more) {
        return "<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 595 842] /Resources " + resources
                + " /Contents " + contents + " " + more + " >>";
    }

    private static byte[] half(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    private static byte[] encrypted(String userPassword) {
        try (PDDocument doc = Loader.loadPDF(TestDocuments.pdf(HostileCorpus.MOTION));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] javascript() {
        int[] js = new int[1];
        return onePage((pdf, tree, font) -> {
            js[0] = pdf.add("<< /S /JavaScript /JS (app.alert\\('hej'\\); this.exportDataObject\\({cName: 'x', "
                    + "nLaunch: 2}\\);) /Next << /S /Launch /F (/bin/sh) >> >>");
            return page(tree, "<< /Font << /F1 " + font + " 0 R >> >>", content(pdf, RawPdf.textContent(LINES))
                    + " 0 R", "/AA << /O " + js[0] + " 0 R >>");
        }, () -> "/OpenAction " + js[0] + " 0 R /Names << /JavaScript << /Names [(a) " + js[0] + " 0 R] >> >>");
    }

    private static byte[] treeLoop() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int inner = pdf.reserve();
        int font = pdf.add(RawPdf.font());
        int page = pdf.add(page(inner, font, content(pdf, RawPdf.textContent(LINES)) + " 0 R"));
        pdf.set(inner, "<< /Type /Pages /Parent " + tree + " 0 R /Kids [" + page + " 0 R " + tree + " 0 R] /Count 2 >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + inner + " 0 R " + tree + " 0 R] /Count 3 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.write(catalog);
    }

    /** A page whose content unpacks to 100 MB of zeros. */
    private static byte[] contentBomb() {
        return onePage((pdf, tree, font) -> page(tree, font, bomb(pdf) + " 0 R"));
    }

    /** The same bomb in an object no page uses, beside a plain page. */
    private static byte[] unusedBomb() {
        return onePage((pdf, tree, font) -> {
            bomb(pdf);
            return page(tree, font, content(pdf, RawPdf.textContent(LINES)) + " 0 R");
        });
    }

    private static int bomb(RawPdf pdf) {
        return pdf.stream("/Filter /FlateDecode", RawPdf.deflateRepeated(new byte[1 << 20], 100));
    }

    private static byte[] densePage() {
        String line = "Motion om " + "tät text ".repeat(30);
        String[] lines = new String[300_000 / line.length() + 1];
        Arrays.fill(lines, line);
        return text(lines);
    }

    private static byte[] selfForm() {
        return onePage((pdf, tree, font) -> {
            int form = pdf.reserve();
            String resources = "<< /Font << /F1 " + font + " 0 R >> /XObject << /Fm1 " + form + " 0 R >> >>";
            String drawing = RawPdf.textContent("Motion om formulär") + "\n/Fm1 Do";
            pdf.set(form, "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + resources + " /Length "
                    + drawing.length() + " >>\nstream\n" + drawing + "\nendstream");
            return page(tree, resources, content(pdf, "/Fm1 Do") + " 0 R", "");
        });
    }

    private static byte[] lengthLoop() {
        return onePage((pdf, tree, font) -> {
            int content = pdf.reserve();
            pdf.set(content, "<< /Length " + content + " 0 R >>\nstream\n" + RawPdf.textContent(LINES) + "\nendstream");
            return page(tree, font, content + " 0 R");
        });
    }

    private static byte[] garbageXref() {
        byte[] pdf = text(LINES);
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = s.lastIndexOf("xref\n");
        StringBuilder garbage = new StringBuilder(s.substring(0, xref)).append("xref\n0 99999\n");
        for (int i = 0; i < 2000; i++) {
            garbage.append(String.format("%010d 00000 n \n", (i * 7919L) % 100_000_000L));
        }
        garbage.append("trailer\n<< /Size 99999 /Root 1 0 R /Prev 12 >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return garbage.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Bookmarks to the first two pages, taking turns. */
    private static int[] bookmarks(int n) {
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = i % 2;
        }
        return at;
    }

    /** A PDF made by a test helper that may throw IOException. */
    private interface Made {
        byte[] make() throws IOException;
    }

    private static byte[] unchecked(Made made) {
        try {
            return made.make();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
