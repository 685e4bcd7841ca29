package se.ledamot.importer.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents made in the test, in each format a councillor has them in. */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** A Word file with one paragraph per line. */
    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A PDF with one text line per line, in Helvetica (WinAnsi covers å, ä and ö). */
    public static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addPage(doc, text);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page added to the document showing the text's lines in Helvetica. */
    public static void addPage(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.beginText();
            s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            s.setLeading(13);
            s.newLineAtOffset(50, 750);
            for (String line : text.split("\n", -1)) {
                s.showText(line);
                s.newLine();
            }
            s.endText();
        }
    }

    /** An OpenDocument text file: the zip with its mimetype and a content.xml of one paragraph per line. */
    public static byte[] odt(String text) throws IOException {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                <office:body><office:text>""");
        for (String line : text.split("\n", -1)) {
            String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            xml.append("<text:p>").append(escaped.replace("  ", " <text:s/>")).append("</text:p>");
        }
        xml.append("</office:text></office:body></office:document-content>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
