package se.ledamot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks at the database file before H2 opens it, because H2 quietly starts a new, empty database over a file that is
 * empty or cut short to its two headers: such a file, or one without a readable header, is refused instead, with a
 * message that points to the backups, and is left as it is. (A file cut further on opens at the last whole state H2
 * finds in it, as after a crash; one damaged inside is refused by H2 itself.)
 */
final class DatabaseFile {
    static final String NAME = Database.FILE_NAME + DatabaseUrl.SUFFIX;
    private static final int BLOCK = 4096;
    /** How H2 begins an encrypted file. */
    static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);

    private DatabaseFile() {
    }

    static Path in(Path folder) {
        return folder.resolve(NAME);
    }

    /** Whether the file is encrypted (protected by a password): H2 begins such a file with this mark. */
    static boolean isEncrypted(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        }
    }

    /** Throws when the file is empty, cut short or has no header; the check reads two blocks only. */
    static void checkWhole(Path file, Path folder) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new StoreException("store.empty", null, file, Backups.folderOf(folder));
        }
        if (isEncrypted(file)) {
            if (size <= FileKey.HEADER_LENGTH + 2L * BLOCK) {
                throw damaged(file, folder);
            }
            return;
        }
        if (size <= 2L * BLOCK) {
            throw damaged(file, folder);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (!isHeader(read(channel, 0, BLOCK)) && !isHeader(read(channel, BLOCK, BLOCK))) {
                throw damaged(file, folder);
            }
        }
    }

    private static StoreException damaged(Path file, Path folder) {
        return new StoreException("store.corrupt", null, folder, Backups.folderOf(folder), file);
    }

    private static String read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read on
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }

    /** A store header of H2's MVStore: "H:2,block:26,blockSize:1000,chunk:aa7,…,version:aa7,fletcher:…". */
    private static boolean isHeader(String block) {
        Map<String, String> f = fields(block);
        return "2".equals(f.get("H")) && hex(f.get("block")) >= 0 && hex(f.get("version")) >= 0;
    }

    /** The comma-separated key:value fields of a header, up to the first newline or zero byte. */
    private static Map<String, String> fields(String text) {
        Map<String, String> out = new HashMap<>();
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != 0) {
            end++;
        }
        for (String part : text.substring(0, end).split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                out.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        return out;
    }

    private static long hex(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
