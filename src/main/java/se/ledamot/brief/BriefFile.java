package se.ledamot.brief;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.DomainException;

/**
 * Writes a brief to a file without ever leaving half a file: the PDF goes to a hidden temporary file in the same
 * folder and is moved over the target in one step only when it is complete. On failure or cancel the temporary
 * file is removed and an existing target is untouched.
 */
public final class BriefFile {
    private BriefFile() {
    }

    public static PdfWriter.Result write(Document document, Path target, PdfWriter.Progress progress) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || Files.isDirectory(file) || !Files.isDirectory(folder)) {
            throw new DomainException("brief.error.unwritable", target);
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        } catch (IOException | SecurityException e) {
            throw new DomainException("brief.error.unwritable", target);
        }
        boolean done = false;
        try {
            PdfWriter.Result result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                result = PdfWriter.write(document, out, progress);
            }
            move(tmp, file);
            done = true;
            return result;
        } catch (IOException e) {
            throw new DomainException("brief.error.unwritable", target);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named as ours; nothing more to do if it cannot go.
                }
            }
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
