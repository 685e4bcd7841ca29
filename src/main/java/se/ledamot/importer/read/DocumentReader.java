package se.ledamot.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a document: plain text (UTF-8 or Windows-1252), PDF, Word (.docx) and OpenDocument (.odt).
 * Anything else, or a broken, empty or enormous file, is refused with an {@link UnreadableFileException} that says
 * why; a file's size is checked before a single byte is read, so a 100 MB file costs nothing.
 */
public final class DocumentReader {
    /** Plain text larger than this is not a council document (the longest motions are a few hundred KB). */
    public static final long MAX_TEXT_BYTES = 10L * 1024 * 1024;
    /** PDFs and Word files may carry pictures, so they get more room. */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
    /** Text extracted from a document is capped too: a zip can unpack to far more than it weighs. */
    public static final int MAX_TEXT_CHARS = 5_000_000;

    private DocumentReader() {
    }

    public static ReadDocument read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            long max = isDocumentName(name) ? MAX_DOCUMENT_BYTES : MAX_TEXT_BYTES;
            if (size > max) {
                throw new UnreadableFileException("importer.file.tooLarge", null, name, megabytes(size),
                        megabytes(max));
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("importer.file.missing", e, name);
        } catch (IOException e) {
            throw new UnreadableFileException("importer.file.unreadable", e, name, String.valueOf(e.getMessage()));
        }
    }

    /** Reads a document already in memory, such as a sample shipped in the jar. */
    public static ReadDocument read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableFileException("importer.file.empty", null, name);
        }
        String ext = extension(name);
        ReadDocument doc = switch (ext) {
            case "pdf" -> pdf(name, bytes);
            case "docx" -> docx(name, bytes);
            case "odt" -> odt(name, bytes);
            case "doc" -> throw new UnreadableFileException("importer.doc.old", null, name);
            default -> byContent(name, bytes);
        };
        if (doc.text().isBlank()) {
            throw new UnreadableFileException(doc.format().equals("pdf") ? "importer.pdf.noText" : "importer.file.empty",
                    null, name);
        }
        if (doc.text().length() > MAX_TEXT_CHARS) {
            throw new UnreadableFileException("importer.file.tooMuchText", null, name, MAX_TEXT_CHARS);
        }
        return doc;
    }

    private static ReadDocument byContent(String name, byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return pdf(name, bytes);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            if (zipHas(bytes, "word/document.xml")) {
                return docx(name, bytes);
            }
            if (zipHas(bytes, "content.xml")) {
                return odt(name, bytes);
            }
            throw new UnreadableFileException("importer.file.binary", null, name);
        }
        if ((bytes[0] & 0xFF) == 0xD0 && bytes.length > 1 && (bytes[1] & 0xFF) == 0xCF) {
            throw new UnreadableFileException("importer.doc.old", null, name);
        }
        if (TextDecoder.looksBinary(bytes)) {
            throw new UnreadableFileException("importer.file.binary", null, name);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return new ReadDocument(name, bytes, decoded.text(), "text/" + decoded.charset().name().toLowerCase(Locale.ROOT));
    }

    private static ReadDocument pdf(String name, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return new ReadDocument(name, bytes, stripper.getText(pdf), "pdf");
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("importer.pdf.encrypted", e, name);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("importer.pdf.broken", e, name);
        }
    }

    private static ReadDocument docx(String name, byte[] bytes) {
        return zipped(name, bytes, "word/document.xml", XmlText.DOCX, "docx", "importer.docx.broken");
    }

    private static ReadDocument odt(String name, byte[] bytes) {
        return zipped(name, bytes, "content.xml", XmlText.ODT, "odt", "importer.odt.broken");
    }

    /** Word and OpenDocument files are zips with their text in one XML entry. */
    private static ReadDocument zipped(String name, byte[] bytes, String entry, XmlText dialect, String format,
            String brokenKey) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return new ReadDocument(name, bytes, dialect.of(capped(zip)), format);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(brokenKey, e, name);
        }
        throw new UnreadableFileException(brokenKey, null, name);
    }

    /** The XML entry read to at most a few times the text cap, so a zip bomb cannot fill the memory. */
    private static byte[] capped(InputStream in) throws IOException {
        byte[] data = in.readNBytes(MAX_TEXT_CHARS * 4 + 1);
        if (data.length > MAX_TEXT_CHARS * 4) {
            throw new IOException(".xml entry too large");
        }
        return data;
    }

    private static boolean zipHas(byte[] bytes, String entry) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** PDF, Word and OpenDocument files, judged by name alone (before reading them). */
    private static boolean isDocumentName(String name) {
        return switch (extension(name)) {
            case "pdf", "docx", "odt", "doc" -> true;
            default -> false;
        };
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        if (bytes.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
