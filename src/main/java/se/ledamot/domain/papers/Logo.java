package se.ledamot.domain.papers;

import java.util.Arrays;
import se.ledamot.domain.DomainException;

/**
 * The council's logo as printed at the head of its papers: a PNG or JPEG picture, at most {@link #MAX_BYTES}. The
 * format is read from the file's first bytes, not from its name.
 */
public final class Logo {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final byte[] bytes;
    private final String format;

    private Logo(byte[] bytes, String format) {
        this.bytes = bytes;
        this.format = format;
    }

    /** A logo from a file's bytes; refused when it is not a PNG or JPEG picture, or too large. */
    public static Logo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("papers.logo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("papers.logo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String format = startsWith(bytes, PNG) ? "png" : startsWith(bytes, JPEG) ? "jpeg" : null;
        if (format == null) {
            throw new DomainException("papers.logo.format");
        }
        return new Logo(bytes.clone(), format);
    }

    private static boolean startsWith(byte[] bytes, byte[] head) {
        return bytes.length >= head.length && Arrays.equals(bytes, 0, head.length, head, 0, head.length);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** "png" or "jpeg". */
    public String format() {
        return format;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && Arrays.equals(bytes, l.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
