package se.ledamot.importer.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word and OpenDocument files written entry by entry, with whatever XML a test wants inside. */
public final class Zips {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String DOCX_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
            + W + "\"><w:body>";
    public static final String DOCX_TAIL = "</w:body></w:document>";

    private Zips() {
    }

    /** A .docx whose word/document.xml is exactly the XML given. */
    public static byte[] docx(String documentXml) {
        return zip("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
    }

    /** A .docx with one paragraph per line of the text. */
    static byte[] docxText(String text) {
        StringBuilder xml = new StringBuilder(DOCX_HEAD);
        for (String line : text.split("\n", -1)) {
            xml.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(line)).append("</w:t></w:r></w:p>");
        }
        return docx(xml.append(DOCX_TAIL).toString());
    }

    /** An .odt whose content.xml is exactly the XML given. */
    static byte[] odt(String contentXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String odtXml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>";
    }

    static byte[] zip(String entry, byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip with one entry made of {@code head}, then {@code unit} repeated, then {@code tail}, never all in memory. */
    public static byte[] zipRepeated(String entry, String head, String unit, long times, String tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] u = unit.getBytes(StandardCharsets.UTF_8);
            for (long i = 0; i < times; i++) {
                zip.write(u);
            }
            zip.write(tail.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes paragraphs to a .docx until the file reaches about {@code bytes} bytes. */
    static byte[] docxOfSize(long bytes, java.util.function.IntFunction<String> paragraph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCX_HEAD.getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(bytes);
            for (int i = 0; out.size() < bytes; i++) {
                // As Word writes it: every run with its revision id and formatting.
                StringBuilder p = new StringBuilder("<w:p w:rsidR=\"" + rsid(random) + "\" w:rsidRDefault=\""
                        + rsid(random) + "\">");
                for (String word : paragraph.apply(i).split(" ")) {
                    p.append("<w:r w:rsidRPr=\"").append(rsid(random)).append("\"><w:rPr><w:rFonts w:ascii=\"Times New "
                            + "Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">")
                            .append(escape(word)).append(" </w:t></w:r>");
                }
                zip.write(p.append("</w:p>").toString().getBytes(StandardCharsets.UTF_8));
            }
            zip.write(DOCX_TAIL.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String rsid(java.util.Random random) {
        return String.format("%08X", random.nextInt());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
