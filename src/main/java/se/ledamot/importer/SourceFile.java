package se.ledamot.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An imported file as it is kept with its matter: name, original bytes, how it was read, and two fingerprints.
 *
 * @param textHash SHA-256 of the text with whitespace and Unicode forms evened out, so the same text imported
 *                 again, even from another format, is recognised
 */
public record SourceFile(String name, byte[] bytes, String format, String contentHash, String textHash) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
    }

    public static SourceFile of(String name, byte[] bytes, String format, String text) {
        return new SourceFile(name, bytes, format, sha256(bytes), textHash(text));
    }

    /** The fingerprint of a text as compared for duplicates (of a whole file's text, or of the answer it holds). */
    public static String textHash(String text) {
        return sha256(normalized(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text as compared for duplicates: composed Unicode, one space for any run of whitespace. */
    public static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
