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
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word and OpenDocument files that are broken, bombs, or carry XML meant to reach the disk or the network. */
final class HostileZips {
    private static final String WORD_BROKEN = "importer.docx.broken";
    private static final String ODT_BROKEN = "importer.odt.broken";
    private static final String TOO_LARGE = "importer.file.unpacksTooLarge";
    private static final String P = "<w:p><w:r><w:t>%s</w:t></w:r></w:p>";

    private HostileZips() {
    }

    static List<Hostile> all() {
        String[] heavy = Hostile.OUT_OF_BUDGET.toArray(String[]::new);
        return List.of(
                Hostile.of("vanlig.docx", "a plain Word file", () -> Zips.docxText(HostileCorpus.MOTION), imported()),
                Hostile.of("halv.docx", "a Word file cut in half", () -> half(Zips.docxText(HostileCorpus.MOTION)),
                        refused(WORD_BROKEN)),
                Hostile.of("lösenord.docx", "a password-protected Word file (an OLE container)",
                        () -> HostileCorpus.concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                                new byte[4096]), refused("importer.docx.encrypted")),
                Hostile.of("utan-dokument.docx", "a zip without word/document.xml", () -> Zips.zip("word/styles.xml",
                        "<x/>".getBytes(StandardCharsets.UTF_8)), refused(WORD_BROKEN)),
                Hostile.of("inte-xml.docx", "document.xml that is no XML", () -> Zips.zip("word/document.xml",
                        HostileCorpus.utf8("<w:document <<<< &&& \u0000")), refused(WORD_BROKEN)),
                Hostile.of("ogiltig-utf8.docx", "document.xml with bytes that are no UTF-8", () -> Zips.zip(
                        "word/document.xml", HostileCorpus.concat(HostileCorpus.utf8(Zips.DOCX_HEAD + "<w:p><w:r><w:t>"),
                                new byte[] {(byte) 0xC3, (byte) 0x28}, HostileCorpus.utf8("</w:t></w:r></w:p>"
                                        + Zips.DOCX_TAIL))), refused(WORD_BROKEN)),
                Hostile.of("xxe.docx", "an external entity that reads /etc/passwd", () -> Zips.docx(
                        "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Zips.DOCX_HEAD.substring(
                                Zips.DOCX_HEAD.indexOf("<w:document")) + String.format(P, "&x;") + Zips.DOCX_TAIL),
                        refused(WORD_BROKEN)),
                Hostile.of("xxe-nät.docx", "an external entity on the network", () -> Zips.docx(
                        "<!DOCTYPE d [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>" + body(
                                String.format(P, "hej"))), refused(WORD_BROKEN)),
                Hostile.of("miljarder-skratt.docx", "billion laughs", () -> Zips.docx(laughs() + body(
                        String.format(P, "&l9;"))), refused(WORD_BROKEN)),
                Hostile.of("xinclude.docx", "XInclude of /etc/passwd", () -> Zips.docx(Zips.DOCX_HEAD.replace(
                        "<w:document ", "<w:document xmlns:xi=\"http://www.w3.org/2001/XInclude\" ")
                        + String.format(P, "Motion om inkludering") + "<xi:include href=\"file:///etc/passwd\" "
                        + "parse=\"text\"/>" + Zips.DOCX_TAIL), imported()),
                Hostile.of("djup.docx", "elements nested 100 000 deep", () -> Zips.zipRepeated("word/document.xml",
                        Zips.DOCX_HEAD, "<w:p>", 100_000, Zips.DOCX_TAIL), refused(WORD_BROKEN)),
                Hostile.of("zip-bomb.docx", "document.xml that unpacks to 160 MB of markup", () -> Zips.zipRepeated(
                        "word/document.xml", Zips.DOCX_HEAD + "<w:p>", " ".repeat(1 << 20), 160,
                        "</w:p>" + Zips.DOCX_TAIL), refused(TOO_LARGE)),
                Hostile.of("text-bomb.docx", "document.xml that unpacks to 160 MB of text", () -> Zips.zipRepeated(
                        "word/document.xml", Zips.DOCX_HEAD + "<w:p><w:r><w:t>", " ".repeat(1 << 20), 160,
                        "</w:t></w:r></w:p>" + Zips.DOCX_TAIL), refused("importer.file.tooMuchText")),
                Hostile.of("bomb-före.docx", "a 600 MB entry before document.xml", HostileZips::bombFirst,
                        refused(TOO_LARGE)),
                Hostile.of("många-poster.docx", "twenty thousand entries", HostileZips::manyEntries,
                        refused(WORD_BROKEN)),
                Hostile.of("tung-xml.docx", "19 MB of tiny paragraphs", () -> Zips.zipRepeated("word/document.xml",
                        Zips.DOCX_HEAD, String.format(P, "a"), 19_000_000 / 34, Zips.DOCX_TAIL), either(heavy)),
                Hostile.of("stor-4,9MB.docx", "a 4.9 MB Word file of council text",
                        () -> Zips.docxOfSize(4_900_000, ImportBenchmark.CouncilTexts::randomParagraph), either(heavy)),
                Hostile.of("för-mycket-text.docx", "over five million characters of text", () -> Zips.zipRepeated(
                        "word/document.xml", Zips.DOCX_HEAD, String.format(P, "x".repeat(1000)), 5100,
                        Zips.DOCX_TAIL), refused("importer.file.tooMuchText")),
                Hostile.of("jättelångt-attribut.docx", "an attribute value of 100 MB", () -> Zips.zipRepeated(
                        "word/document.xml", Zips.DOCX_HEAD + "<w:p w:x=\"", "a".repeat(1 << 16), 1600, "\"/>"
                                + Zips.DOCX_TAIL), either(WORD_BROKEN, TOO_LARGE, "importer.file.tooHeavy",
                        "importer.file.empty")),
                Hostile.of("bete.docx", "bait as one paragraph of 200 000 characters", () -> Zips.docxText(
                        Bait.ALL.getFirst().text(10) + Bait.ALL.stream().filter(b -> b.name().equals("capitals"))
                                .findFirst().orElseThrow().text(HostileCorpus.BAIT_CHARS)), imported()),
                Hostile.of("lång-ort.docx", "a place of 251 characters", () -> Zips.docxText(HostileCorpus.MOTION
                        .replace("Tierp den", "T" + "ierp".repeat(62) + "x den")), imported()),
                Hostile.of("docx-som-bin.bin", "a Word file named .bin", () -> Zips.docxText(HostileCorpus.MOTION),
                        imported()),
                Hostile.of("tom-zip.bin", "a zip with nothing in it", HostileZips::emptyZip,
                        refused("importer.file.binary")),
                Hostile.of("vanlig.odt", "a plain OpenDocument file", () -> Zips.odt(Zips.odtXml(paragraphs(
                        HostileCorpus.MOTION))), imported()),
                Hostile.of("halv.odt", "an OpenDocument file cut short", () -> Arrays.copyOf(Zips.odt(Zips.odtXml(
                        paragraphs(HostileCorpus.MOTION))), 120), refused(ODT_BROKEN)),
                Hostile.of("xxe.odt", "an external entity in content.xml", () -> Zips.odt("<!DOCTYPE d [<!ENTITY x "
                        + "SYSTEM \"file:///etc/passwd\">]>" + Zips.odtXml("<text:p>&x;</text:p>").substring(
                                Zips.odtXml("").indexOf("<office:"))), refused(ODT_BROKEN)),
                Hostile.of("djup.odt", "spans nested 100 000 deep", () -> Zips.odt(Zips.odtXml("<text:p>"
                        + "<text:span>".repeat(100_000) + "x" + "</text:span>".repeat(100_000) + "</text:p>")),
                        refused(ODT_BROKEN)),
                Hostile.of("mellanslag.odt", "text:s asking for a billion spaces", () -> Zips.odt(Zips.odtXml(
                        paragraphs(HostileCorpus.MOTION) + "<text:p>a<text:s text:c=\"999999999999\"/>b</text:p>")),
                        imported()),
                Hostile.of("bomb.odt", "content.xml that unpacks to 160 MB", () -> Zips.zipRepeated("content.xml",
                        Zips.odtXml("").replace("</office:text></office:body></office:document-content>", ""),
                        " ".repeat(1 << 20), 160, "</office:text></office:body></office:document-content>"), refused(TOO_LARGE)),
                Hostile.of("bild-först.odt", "a 30 MB picture before content.xml", HostileZips::pictureFirst,
                        imported()));
    }

    private static String body(String paragraphs) {
        return Zips.DOCX_HEAD.substring(Zips.DOCX_HEAD.indexOf("<w:document")) + paragraphs + Zips.DOCX_TAIL;
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append("<text:p>").append(Zips.escape(line)).append("</text:p>");
        }
        return out.toString();
    }

    private static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** Writes entries into a zip. */
    @FunctionalInterface
    private interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] zip(int level, Entries entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(level);
            entries.write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] bombFirst() {
        return zip(Deflater.BEST_SPEED, zip -> {
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 600; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(HostileCorpus.utf8(body(String.format(P, "Motion om bomber"))));
        });
    }

    private static byte[] pictureFirst() {
        return zip(Deflater.NO_COMPRESSION, zip -> {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("Pictures/bild.png"));
            byte[] noise = new byte[1 << 20];
            Random random = new Random(30);
            for (int i = 0; i < 30; i++) {
                random.nextBytes(noise);
                zip.write(noise);
            }
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(HostileCorpus.utf8(Zips.odtXml(paragraphs(HostileCorpus.MOTION + "\nMed bild"))));
        });
    }

    private static byte[] manyEntries() {
        return zip(Deflater.DEFAULT_COMPRESSION, zip -> {
            for (int i = 0; i < 20_000; i++) {
                zip.putNextEntry(new ZipEntry("word/x" + i + ".xml"));
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(HostileCorpus.utf8(body(String.format(P, "Motion om poster"))));
        });
    }

    private static byte[] emptyZip() {
        return zip(Deflater.DEFAULT_COMPRESSION, zip -> zip.putNextEntry(new ZipEntry("tom")));
    }
}
