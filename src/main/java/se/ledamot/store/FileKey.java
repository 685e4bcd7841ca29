package se.ledamot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * The key of a password-protected database file. H2 encrypts the file with AES (CIPHER=AES) but makes its key from
 * the password with only ten hash rounds, so the password is first stretched here with PBKDF2 (hundreds of thousands
 * of rounds, a random salt) and H2 gets the result. The salt and the round count are written in plain text in the
 * file's own first block, which H2 leaves alone after its magic and salt: the file carries everything needed to open
 * it, so it can be copied, backed up, restored and swapped in one step, with no second file to keep in step.
 */
final class FileKey {
    /** What H2 writes at the start of every encrypted file. */
    static final byte[] H2_MAGIC = DatabaseFile.ENCRYPTED;
    static final int HEADER_LENGTH = 4096;
    static final int ROUNDS = 310_000;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int H2_SALT_AT = 10;
    private static final int H2_SALT_LENGTH = 8;
    private static final int OURS_AT = 64;
    private static final Pattern OURS = Pattern.compile("ledamot-key:" + KDF + ":(\\d{1,9}):([A-Za-z0-9+/=]{24})\n");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The salt and rounds of one file; {@link #key(char[])} turns a password into the file's key. */
    record Stretch(byte[] salt, int rounds) {
        static Stretch fresh() {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return new Stretch(salt, ROUNDS);
        }

        /** The key H2 gets: 64 hex digits. */
        String key(char[] password) {
            try {
                PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, 256);
                try {
                    return HexFormat.of().formatHex(SecretKeyFactory.getInstance(KDF).generateSecret(spec)
                            .getEncoded());
                } finally {
                    spec.clearPassword();
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(KDF + " is part of every Java", e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Stretch other && rounds == other.rounds && Arrays.equals(salt, other.salt);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(salt) * 31 + rounds;
        }

        @Override
        public String toString() {
            return "Stretch[" + rounds + " rounds]";
        }

        private String line() {
            return "ledamot-key:" + KDF + ":" + rounds + ":" + Base64.getEncoder().encodeToString(salt) + "\n";
        }
    }

    private FileKey() {
    }

    /**
     * A key of its own for something kept beside the file ({@code purpose}), made from the file's key (HMAC-SHA256):
     * it opens nothing else, and changes with the password.
     */
    static byte[] derived(String fileKey, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(bytes(fileKey), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }

    /** The stretch written in an encrypted file by Ledamot; empty for a file encrypted some other way. */
    static Optional<Stretch> stretchOf(Path file) throws IOException {
        byte[] block = firstBlock(file);
        if (!startsWith(block, H2_MAGIC)) {
            return Optional.empty();
        }
        String text = new String(block, OURS_AT, HEADER_LENGTH - OURS_AT, StandardCharsets.ISO_8859_1);
        Matcher m = OURS.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Stretch(Base64.getDecoder().decode(m.group(2)), Integer.parseInt(m.group(1))));
    }

    /**
     * Copies a database file, decrypting it with one key and encrypting the copy with another (either may be null
     * for a plain file). The copy is a new file, forced to disk; the original is only read.
     */
    static void copy(Path from, String fromKey, Path to, Stretch toStretch, String toKey) throws IOException {
        try (FileChannel inFile = FileChannel.open(from, StandardOpenOption.READ)) {
            FileChannel in = fromKey == null ? inFile : new FileEncrypt(from.toString(), bytes(fromKey), inFile);
            PrivateFiles.create(to);
            try (FileChannel outFile = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.READ,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                FileChannel out = outFile;
                if (toKey != null) {
                    outFile.write(ByteBuffer.wrap(header(toStretch)), 0);
                    out = new FileEncrypt(to.toString(), bytes(toKey), outFile);
                }
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                long size = in.size();
                for (long at = 0; at < size; ) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), size - at));
                    int read = in.read(buffer, at);
                    if (read <= 0) {
                        throw new IOException("short read at " + at + " of " + from);
                    }
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        out.write(buffer, at + buffer.position());
                    }
                    at += read;
                }
                outFile.force(true);
            }
        }
    }

    /** H2's first block of an encrypted file, with Ledamot's stretch after H2's magic and salt. */
    static byte[] header(Stretch stretch) {
        byte[] block = Arrays.copyOf(H2_MAGIC, HEADER_LENGTH);
        byte[] h2Salt = new byte[H2_SALT_LENGTH];
        RANDOM.nextBytes(h2Salt);
        System.arraycopy(h2Salt, 0, block, H2_SALT_AT, H2_SALT_LENGTH);
        byte[] ours = stretch.line().getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ours, 0, block, OURS_AT, ours.length);
        return block;
    }

    private static byte[] bytes(String key) {
        return FilePathEncrypt.getPasswordBytes(key.toCharArray());
    }

    private static byte[] firstBlock(Path file) throws IOException {
        byte[] block = new byte[HEADER_LENGTH];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(block, 0, HEADER_LENGTH);
            return n == HEADER_LENGTH ? block : Arrays.copyOf(block, n);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
