package se.ledamot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What a folder's files give away: which of them hold a text, as a person with {@code grep} would find it. */
public final class FolderBytes {
    private FolderBytes() {
    }

    /** Files under the folder (zip entries unpacked) whose bytes contain the text in UTF-8 or UTF-16. */
    public static List<String> filesContaining(Path folder, String text) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(f), text)) {
                    found.add(f.toString());
                }
                if (f.toString().endsWith(".zip")) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
                        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                            if (contains(zip.readAllBytes(), text)) {
                                found.add(f + "!" + e.getName());
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, String text) {
        return indexOf(haystack, text.getBytes(StandardCharsets.UTF_8)) >= 0
                || indexOf(haystack, text.getBytes(StandardCharsets.UTF_16BE)) >= 0
                || indexOf(haystack, text.getBytes(StandardCharsets.UTF_16LE)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
