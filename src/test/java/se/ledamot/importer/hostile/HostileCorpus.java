package se.ledamot.importer.hostile;

import static se.ledamot.importer.hostile.Hostile.Expect.either;
import static se.ledamot.importer.hostile.Hostile.Expect.imported;
import static se.ledamot.importer.hostile.Hostile.Expect.refused;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Over a hundred broken and hostile files of every kind the importer reads: text, PDF, Word and OpenDocument, and
 * files whose name lies about what they are. Truncated, encrypted, with JavaScript, with page trees that loop, zip
 * and deflate bombs, XXE and XInclude, nesting ten thousand deep, invalid UTF-8 and NUL bytes, backtracking bait for
 * every extractor, and names, places and lines longer than any real one.
 */
public final class HostileCorpus {
    static final String MOTION = """
            Motion om fler bänkar i parken

            Vi yrkar att kommunfullmäktige beslutar
            att fler bänkar ställs ut

            Tierp den 4 februari 2025
            Sara Lind (C)
            """;
    /** Bait grows to this size: large enough that a quadratic pattern would take minutes. */
    static final int BAIT_CHARS = 200_000;

    private HostileCorpus() {
    }

    public static List<Hostile> all() {
        List<Hostile> out = new ArrayList<>();
        out.addAll(texts());
        out.addAll(bait());
        out.addAll(HostilePdfs.all());
        out.addAll(HostileZips.all());
        List<Hostile> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Hostile h = out.get(i);
            numbered.add(new Hostile(String.format("%03d-%s", i, h.name()), h.what(), h.bytes(), h.expect()));
        }
        return numbered;
    }

    private static List<Hostile> texts() {
        Random random = new Random(14);
        return List.of(
                Hostile.of("tom.txt", "an empty file", () -> new byte[0], refused("importer.file.empty")),
                Hostile.of("blank.txt", "only whitespace", () -> " \n\t\r\n ".getBytes(), refused("importer.file.empty")),
                Hostile.of("nul-först.txt", "NUL bytes first", () -> concat(new byte[16], utf8(MOTION)),
                        refused("importer.file.binary")),
                Hostile.of("nul-sent.txt", "one NUL byte after 20 KB of text",
                        () -> concat(utf8(MOTION.repeat(100)), new byte[] {0}, utf8("slut")),
                        refused("importer.file.binary")),
                Hostile.of("utf16-nul.txt", "UTF-16 with a NUL character inside",
                        () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (MOTION + "\u0000").getBytes(
                                StandardCharsets.UTF_16LE)), refused("importer.file.binary")),
                Hostile.of("utf16.txt", "UTF-16 with its byte order mark",
                        () -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, MOTION.getBytes(StandardCharsets.UTF_16BE)),
                        imported()),
                Hostile.of("ogiltig-utf8.txt", "bytes that are no UTF-8", () -> concat(utf8(MOTION),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, (byte) 0x82}),
                        imported()),
                Hostile.of("avbruten-utf8.txt", "UTF-8 cut in the middle of a letter",
                        () -> Arrays.copyOf(utf8(MOTION + "ö"), utf8(MOTION + "ö").length - 1), imported()),
                Hostile.of("brus.txt", "random bytes", () -> randomBytes(random, 100_000), refused(
                        "importer.file.binary")),
                Hostile.of("styrtecken.txt", "escape, bell and backspace in the title and names",
                        () -> utf8("Motion om \u001B[31mröd\u0007 text\b\n" + MOTION.substring(MOTION.indexOf('\n'))
                                .replace("Sara Lind", "Sara\u001B Lind")),
                        imported()),
                Hostile.of("stor.txt", "text over 10 MB", () -> utf8("a".repeat(10 * 1024 * 1024 + 1)),
                        refused("importer.file.tooLarge")),
                Hostile.of("för-mycket-text.txt", "5 000 001 characters in under 10 MB",
                        () -> utf8("ab\n".repeat(1_666_667)), refused("importer.file.tooMuchText")),
                Hostile.of("en-rad.txt", "one line of a million characters", () -> utf8(MOTION.replace('\n', ' ')
                        .repeat(1_000_000 / MOTION.length())), either(Hostile.OUT_OF_BUDGET.toArray(String[]::new))),
                Hostile.of("långt-namn.txt", "a signature whose surname has 300 letters",
                        () -> utf8(MOTION.replace("Sara Lind (C)", "Sara " + "Lindqvist".repeat(34) + " (C)")),
                        imported()),
                Hostile.of("lång-ort.txt", "a place of 251 characters before the date",
                        () -> utf8(MOTION.replace("Tierp den", "T" + "ierp".repeat(62) + "x den")), imported()),
                Hostile.of("lång-rubrik.txt", "a heading of 100 000 characters",
                        () -> utf8("Motion om " + "långa ord ".repeat(10_000) + "\nSara Lind (C)"), imported()),
                Hostile.of("långa-frågor.txt", "numbered questions of 10 000 characters each",
                        () -> utf8("Interpellation till Anna Ek (S)\n1. " + "Varför ".repeat(1500) + "?\n2. "
                                + "Hur ".repeat(2500) + "?\nPer Lund (M)"), imported()),
                Hostile.of("gamla-word.doc", "Word's old format", () -> concat(new byte[] {(byte) 0xD0, (byte) 0xCF,
                        0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[512]),
                        refused("importer.doc.old")),
                Hostile.of("bild.png", "a picture", () -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                        0x1A, '\n'}, randomBytes(random, 4096)), refused("importer.file.binary")),
                Hostile.of("windows-1252.txt", "Windows-1252 with every byte above 127",
                        () -> concat(MOTION.getBytes(Charset.forName("windows-1252")), allHighBytes()), imported()),
                Hostile.of("ö".repeat(120) + ".txt", "a file name of 245 bytes", () -> utf8(MOTION + "namn"),
                        imported()),
                Hostile.of("rad\nbrytning\u0007.txt", "a line break and a bell in the file name",
                        () -> utf8(MOTION + "filnamn"), imported()));
    }

    /** The bait for every extractor, grown to {@link #BAIT_CHARS}: read in linear time, so imported. */
    private static List<Hostile> bait() {
        List<Hostile> out = new ArrayList<>();
        for (Bait b : Bait.ALL) {
            // Text full of control characters is taken for a program's output, which is as clear.
            boolean controls = b.unit().chars().anyMatch(c -> c < ' ' && c != '\n');
            out.add(Hostile.of("bete-" + b.field() + "-" + b.name() + ".txt", "bait for " + b.field() + ": " + b.name(),
                    () -> utf8(b.text(BAIT_CHARS)), controls ? either("importer.file.binary") : imported()));
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] allHighBytes() {
        byte[] b = new byte[128];
        for (int i = 0; i < 128; i++) {
            b[i] = (byte) (128 + i);
        }
        return b;
    }
}
