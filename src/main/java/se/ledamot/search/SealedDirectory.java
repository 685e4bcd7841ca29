package se.ledamot.search;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * An index whose files hold no readable word: every file is encrypted with AES in counter mode under a key of the
 * protected database's (a counter can start at any block, so Lucene reads any part of a file as it does a plain
 * one). Each file starts with a mark, the key's fingerprint and the file's own random counter start; a file sealed
 * under another key (the password changed, an older backup restored) is refused as corrupt, and the index is made
 * anew from the database. Lucene's checksums are over the plain bytes, so its checks work unchanged.
 */
final class SealedDirectory extends FilterDirectory {
    private static final byte[] MARK = {'L', 'd', 'm', 'S'};
    private static final int FINGERPRINT = 12;
    private static final int IV = 16;
    static final int HEADER = MARK.length + FINGERPRINT + IV;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] fingerprint;

    SealedDirectory(Directory in, byte[] key) {
        super(in);
        this.key = new SecretKeySpec(key, "AES");
        this.fingerprint = fingerprint(key);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return sealed(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return sealed(in.createTempOutput(prefix, suffix, context));
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        IndexInput raw = in.openInput(name, context);
        try {
            byte[] header = new byte[HEADER];
            if (raw.length() < HEADER) {
                throw new CorruptIndexException("too short to be sealed", raw);
            }
            raw.readBytes(header, 0, HEADER);
            if (!Arrays.equals(header, 0, MARK.length, MARK, 0, MARK.length)
                    || !Arrays.equals(header, MARK.length, MARK.length + FINGERPRINT, fingerprint, 0, FINGERPRINT)) {
                throw new CorruptIndexException("not sealed with this folder's key", raw);
            }
            return new SealedInput("sealed(" + raw + ")", raw, key, Arrays.copyOfRange(header, HEADER - IV, HEADER),
                    0, raw.length() - HEADER);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public long fileLength(String name) throws IOException {
        return in.fileLength(name) - HEADER;
    }

    private IndexOutput sealed(IndexOutput raw) throws IOException {
        try {
            byte[] iv = new byte[IV];
            RANDOM.nextBytes(iv);
            raw.writeBytes(MARK, MARK.length);
            raw.writeBytes(fingerprint, FINGERPRINT);
            raw.writeBytes(iv, IV);
            return new SealedOutput(raw, cipher(Cipher.ENCRYPT_MODE, key, iv, 0));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Names the key without giving it away: the first bytes of a hash of it under a purpose of its own. */
    private static byte[] fingerprint(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("ledamot sealed index fingerprint".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha.digest(key), FINGERPRINT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** A cipher whose counter stands at byte {@code at} of the file's plain text. */
    static Cipher cipher(int mode, SecretKeySpec key, byte[] iv, long at) {
        try {
            return at(Cipher.getInstance("AES/CTR/NoPadding"), mode, key, iv, at);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is part of every Java", e);
        }
    }

    private static Cipher at(Cipher c, int mode, SecretKeySpec key, byte[] iv, long at)
            throws GeneralSecurityException {
        byte[] counter = new BigInteger(1, iv).add(BigInteger.valueOf(at / 16)).toByteArray();
        byte[] block = new byte[16];
        int n = Math.min(counter.length, 16);
        System.arraycopy(counter, counter.length - n, block, 16 - n, n);
        c.init(mode, key, new IvParameterSpec(block));
        int skip = (int) (at % 16);
        if (skip > 0) {
            c.update(new byte[skip]);
        }
        return c;
    }

    /** Writes through a buffer: Lucene writes many single bytes, a cipher's call each would cost more than the rest. */
    private static final class SealedOutput extends IndexOutput {
        private final IndexOutput raw;
        private final Cipher cipher;
        private final CRC32 crc = new CRC32();
        private final byte[] buffer = new byte[8192];
        private int used;
        private int summed;
        private long written;

        SealedOutput(IndexOutput raw, Cipher cipher) {
            super("sealed(" + raw + ")", raw.getName());
            this.raw = raw;
            this.cipher = cipher;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = b;
            written++;
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == buffer.length) {
                    flush();
                }
                int n = Math.min(length, buffer.length - used);
                System.arraycopy(b, offset, buffer, used, n);
                used += n;
                written += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public long getFilePointer() {
            return written;
        }

        @Override
        public long getChecksum() {
            crc.update(buffer, summed, used - summed);
            summed = used;
            return crc.getValue();
        }

        private void flush() throws IOException {
            crc.update(buffer, summed, used - summed);
            byte[] out = cipher.update(buffer, 0, used);
            if (out != null) {
                raw.writeBytes(out, out.length);
            }
            used = 0;
            summed = 0;
        }

        @Override
        public void close() throws IOException {
            try (raw) {
                flush();
                // Counter mode holds nothing back; a provider that did would hand it over here.
                byte[] rest = cipher.doFinal();
                if (rest.length > 0) {
                    raw.writeBytes(rest, rest.length);
                }
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }
    }

    /** Reads any part of a sealed file: each refill decrypts from its own place in the file. */
    private static final class SealedInput extends BufferedIndexInput {
        private IndexInput raw;
        private final SecretKeySpec key;
        private final byte[] iv;
        private final long offset;
        private final long length;
        /** This input's own (a clone makes its own): a cipher is not for two threads. */
        private Cipher decrypting;

        SealedInput(String description, IndexInput raw, SecretKeySpec key, byte[] iv, long offset, long length) {
            super(description);
            this.raw = raw;
            this.key = key;
            this.iv = iv;
            this.offset = offset;
            this.length = length;
        }

        @Override
        protected void readInternal(ByteBuffer b) throws IOException {
            long at = offset + getFilePointer();
            int n = b.remaining();
            if (at + n > offset + length) {
                throw new java.io.EOFException("read past the end of " + this);
            }
            byte[] sealed = new byte[n];
            raw.seek(HEADER + at);
            raw.readBytes(sealed, 0, n);
            try {
                if (decrypting == null) {
                    decrypting = cipher(Cipher.DECRYPT_MODE, key, iv, at);
                } else {
                    at(decrypting, Cipher.DECRYPT_MODE, key, iv, at);
                }
                b.put(decrypting.doFinal(sealed));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }

        @Override
        protected void seekInternal(long pos) {
            // Each refill reads from its own position.
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public SealedInput clone() {
            SealedInput copy = (SealedInput) super.clone();
            copy.raw = raw.clone();
            copy.decrypting = null;
            return copy;
        }

        @Override
        public IndexInput slice(String description, long from, long size) throws IOException {
            if (from < 0 || size < 0 || from + size > length) {
                throw new IllegalArgumentException("slice out of bounds: " + description);
            }
            return new SealedInput(description, raw.clone(), key, iv, offset + from, size);
        }

        @Override
        public void close() throws IOException {
            raw.close();
        }
    }
}
