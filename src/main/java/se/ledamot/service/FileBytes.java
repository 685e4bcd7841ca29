package se.ledamot.service;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/** A kept output's bytes read from its file ({@link OutputCache}). */
final class FileBytes {
    /** A kept output is printed a megabyte at a time (68 reads and writes at 100 000 matters). */
    private static final int COPY_BUFFER = 1 << 20;

    private FileBytes() {
    }

    /** Fills {@code into} from the file at {@code position}; a file that ends first is cut short. */
    static void readFully(FileChannel in, ByteBuffer into, long position) throws IOException {
        while (into.hasRemaining()) {
            if (in.read(into, position + into.position()) < 0) {
                throw new IOException("cut short");
            }
        }
    }

    /**
     * Through one buffer outside the heap, onto the output's own channel where it is a file's (the process's standard
     * output). Not {@link FileChannel#transferTo}: the JDK's type switch in it makes classes at first use (~10 ms of a
     * kept answer's start; the copy itself took as long).
     */
    static void copy(FileChannel in, long length, OutputStream out) throws IOException {
        WritableByteChannel target = out instanceof FileOutputStream file ? file.getChannel() : Channels.newChannel(out);
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(COPY_BUFFER, Math.max(length, 1)));
        for (long done = 0; done < length; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
            int n = in.read(buffer, done);
            if (n < 0) {
                throw new IOException("cut short");
            }
            for (buffer.flip(); buffer.hasRemaining(); ) {
                target.write(buffer);
            }
            done += n;
        }
        out.flush();
    }
}
