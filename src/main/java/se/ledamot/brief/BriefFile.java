package se.ledamot.brief;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.DomainException;

/**
 * Writes a brief to a file without ever leaving half a file: the PDF goes to a hidden temporary file in the same
 * folder and is moved over the target in one step only when it is complete. On failure or cancel the temporary
 * file is removed and an existing target is untouched. A writer holds a lock on its temporary file; one that was
 * killed mid-write holds none any more, and its file is removed by the next brief written to the same name.
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
            FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                channel.lock();
                removeLeftovers(folder, file.getFileName().toString());
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

    /** Temporary files of earlier writes to the same name whose writer is gone (nobody holds their lock). */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        String prefix = "." + name;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp")
                    && n.substring(prefix.length(), n.length() - 4).matches("-?\\d+");
        })) {
            for (Path f : files) {
                boolean abandoned;
                try (FileChannel other = FileChannel.open(f, StandardOpenOption.WRITE);
                        FileLock free = other.tryLock()) {
                    abandoned = free != null;
                } catch (OverlappingFileLockException | IOException busy) {
                    abandoned = false; // being written by this program, or not ours to remove
                }
                if (abandoned) {
                    Files.deleteIfExists(f);
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
