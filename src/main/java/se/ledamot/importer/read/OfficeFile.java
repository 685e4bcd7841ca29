package se.ledamot.importer.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import se.ledamot.importer.budget.Budget;

/**
 * A Word or OpenDocument file: a zip with the text in one XML entry. The zip is read as a stream from its bytes and
 * never unpacked whole: entries before the text are drained in chunks, everything unpacked counts against
 * {@link #MAX_UNPACKED_BYTES}, and the text's entry is handed to the XML reader through a stream that stops at
 * {@link #MAX_XML_BYTES}, so a zip bomb costs a second of work and no memory.
 */
final class OfficeFile {
    /** The XML of the longest real documents is a few tens of MB. */
    static final long MAX_XML_BYTES = 128L << 20;
    /** All the zip may unpack to before the text is found and read (pictures may come first in an .odt). */
    static final long MAX_UNPACKED_BYTES = 512L << 20;
    /** A document has a few dozen entries; a zip of a million is not one. */
    static final int MAX_ENTRIES = 10_000;

    /** What a zip held: which format, and the text. */
    record Text(XmlText dialect, String text) {
    }

    /** The text's entry was found but could not be read: the document is broken, in its dialect's words. */
    static final class Broken extends IOException {
        final transient XmlText dialect;

        Broken(XmlText dialect, IOException cause) {
            super(cause);
            this.dialect = dialect;
        }
    }

    private OfficeFile() {
    }

    /** The text of the first entry that one of the dialects reads; null when the zip has none. */
    static Text read(byte[] bytes, List<XmlText> dialects, int maxChars) throws IOException {
        long[] unpacked = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException("more than " + MAX_ENTRIES + " entries");
                }
                for (XmlText dialect : dialects) {
                    if (e.getName().equals(dialect.entry)) {
                        try {
                            return new Text(dialect, dialect.of(new Capped(zip, MAX_XML_BYTES, unpacked), maxChars));
                        } catch (LimitReached limit) {
                            throw limit;
                        } catch (IOException broken) {
                            throw new Broken(dialect, broken);
                        }
                    }
                }
                drain(new Capped(zip, Long.MAX_VALUE, unpacked));
            }
        }
        return null;
    }

    /** Reads an entry we do not need to its end, so the zip moves on without unpacking it in one go. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        while (in.read(buffer) > 0) {
            Budget.checkpoint();
        }
    }

    /** An entry's bytes, counted against its own cap and the zip's total. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private final long[] total;
        private long read;

        Capped(InputStream in, long cap, long[] total) {
            super(in);
            this.cap = cap;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            total[0] += n;
            Budget.charge(n >> 8);
            if (read > cap || total[0] > MAX_UNPACKED_BYTES) {
                throw new LimitReached("importer.file.unpacksTooLarge", Math.min(cap, MAX_UNPACKED_BYTES) >> 20);
            }
        }

        /** The XML reader closes its stream; the zip must stay open for the entries after it. */
        @Override
        public void close() {
            // The zip is closed by its owner.
        }
    }
}
