package se.ledamot.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import se.ledamot.importer.budget.BudgetExceededException;

/**
 * Reads the text of a document: plain text (UTF-8 or Windows-1252), PDF, Word (.docx) and OpenDocument (.odt).
 * Anything else, or a broken, empty or enormous file, is refused with an {@link UnreadableFileException} that says
 * why. Every limit is checked before the work it bounds: a file's size before a byte is read, a PDF's pages before a
 * page is read, a zip's unpacked size while it unpacks, the text while it is read.
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
        return read(file, true);
    }

    /**
     * Reads a file; without {@code followLinks}, a link is refused rather than followed (a file found in a folder
     * being imported, which must not lead out of it).
     */
    public static ReadDocument read(Path file, boolean followLinks) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        LinkOption[] links = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, links);
            if (attributes.isDirectory()) {
                throw new UnreadableFileException("importer.folder.unreadable", null, file.toString());
            }
            // A pipe or a device could be read forever: only plain files are documents.
            if (!attributes.isRegularFile()) {
                throw new UnreadableFileException("importer.file.notRegular", null, name);
            }
            long size = attributes.size();
            long max = isDocumentName(name) ? MAX_DOCUMENT_BYTES : MAX_TEXT_BYTES;
            if (size > max) {
                throw new UnreadableFileException("importer.file.tooLarge", null, name, megabytes(size),
                        megabytes(max));
            }
            try (InputStream in = Files.newInputStream(file, links)) {
                byte[] bytes = in.readNBytes((int) max + 1);
                if (bytes.length > max) {
                    throw new UnreadableFileException("importer.file.tooLarge", null, name, megabytes(bytes.length),
                            megabytes(max));
                }
                return read(name, bytes);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("importer.file.missing", e, name);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("importer.file.denied", e, name);
        } catch (IOException e) {
            throw new UnreadableFileException("importer.file.unreadable", e, name);
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
            case "docx" -> isOle(bytes) ? refuse("importer.docx.encrypted", name)
                    : office(name, bytes, List.of(XmlText.DOCX), "importer.docx.broken");
            case "odt" -> office(name, bytes, List.of(XmlText.ODT), "importer.odt.broken");
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
            return office(name, bytes, List.of(XmlText.DOCX, XmlText.ODT), "importer.file.binary");
        }
        if (isOle(bytes)) {
            throw new UnreadableFileException("importer.doc.old", null, name);
        }
        if (TextDecoder.looksBinary(bytes)) {
            throw new UnreadableFileException("importer.file.binary", null, name);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().indexOf('\u0000') >= 0) {
            throw new UnreadableFileException("importer.file.binary", null, name);
        }
        return new ReadDocument(name, bytes, decoded.text(), "text/" + decoded.charset().name().toLowerCase(Locale.ROOT));
    }

    private static ReadDocument pdf(String name, byte[] bytes) {
        try {
            PdfText.Pages pages = PdfText.of(bytes, MAX_TEXT_CHARS);
            return new ReadDocument(name, bytes, pages.text(), "pdf", pages.texts(), pages.scanned());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("importer.pdf.encrypted", e, name);
        } catch (LimitReached e) {
            throw refused(name, e);
        } catch (BudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("importer.pdf.broken", e, name);
        }
    }

    /**
     * A Word or OpenDocument file, or (judged by content, whatever its name) either; a zip without the text's entry
     * is refused with {@code otherwiseKey}: a broken Word file when its name said Word, no document at all when only
     * its first bytes said zip.
     */
    private static ReadDocument office(String name, byte[] bytes, List<XmlText> dialects, String otherwiseKey) {
        OfficeFile.Text read;
        try {
            read = OfficeFile.read(bytes, dialects, MAX_TEXT_CHARS);
        } catch (LimitReached e) {
            throw refused(name, e);
        } catch (OfficeFile.Broken e) {
            throw new UnreadableFileException(e.dialect.brokenKey, e, name);
        } catch (BudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException(otherwiseKey, e, name);
        }
        if (read == null) {
            throw new UnreadableFileException(otherwiseKey, null, name);
        }
        return new ReadDocument(name, bytes, read.text(), read.dialect().format);
    }

    /**
     * Microsoft's older container: a .doc, or a .docx saved with a password (Word encrypts it into this container).
     */
    private static boolean isOle(byte[] bytes) {
        return bytes.length > 1 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF;
    }

    private static ReadDocument refuse(String key, String name) {
        throw new UnreadableFileException(key, null, name);
    }

    private static UnreadableFileException refused(String name, LimitReached e) {
        Object[] args = new Object[e.args().size() + 1];
        args[0] = name;
        for (int i = 0; i < e.args().size(); i++) {
            args[i + 1] = e.args().get(i);
        }
        return new UnreadableFileException(e.key(), e, args);
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
