package se.ledamot.brief.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swedish hyphenation by Liang's patterns (the LibreOffice hyph_sv patterns, see hyph_sv_SE.txt beside the file for
 * origin and licence), with the Swedish rules on top: no break within the first or last two letters, no part of a
 * single letter between two breaks, and words that are not ordinary words (numbers, abbreviations in capitals,
 * addresses, words of fewer than five letters) left whole. A break where a compound is joined is marked as preferred,
 * so the line breaker takes "funktions-nedsättning" before "funktionsned-sättning".
 */
public final class Hyphenator {
    /** Letters that must stay before the first and after the last break (lefthyphenmin, righthyphenmin). */
    static final int LEFT_MIN = 2;
    static final int RIGHT_MIN = 2;
    private static final int MIN_WORD = 5;
    private static final int CACHE_LIMIT = 50_000;
    private static final String PATTERNS = "hyph_sv_SE.dic";

    /** No break before this letter. */
    public static final byte NONE = 0;
    /** A break the patterns allow. */
    public static final byte ALLOWED = 1;
    /** A break at a compound joint or a strong pattern: the better place to break. */
    public static final byte PREFERRED = 2;

    private static final byte[] NO_VALUES = new byte[0];
    private static volatile Hyphenator swedish;

    private final Map<String, byte[]> patterns;
    private final int longest;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    private Hyphenator(Map<String, byte[]> patterns) {
        this.patterns = patterns;
        this.longest = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The Swedish hyphenator, read once from the class path. */
    public static Hyphenator swedish() {
        Hyphenator h = swedish;
        if (h == null) {
            synchronized (Hyphenator.class) {
                h = swedish;
                if (h == null) {
                    h = new Hyphenator(read(PATTERNS));
                    swedish = h;
                }
            }
        }
        return h;
    }

    /**
     * Where a word may break: for each index i of the word, the kind of break before its i-th character
     * ({@link #NONE}, {@link #ALLOWED} or {@link #PREFERRED}). A word with punctuation around it ("(planen),") is
     * hyphenated in its letters only; a word the rules leave whole gets no breaks at all.
     */
    public byte[] breaks(String word) {
        byte[] known = cache.get(word);
        if (known != null) {
            return known;
        }
        byte[] found = compute(word);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, found);
        return found;
    }

    private byte[] compute(String word) {
        byte[] out = new byte[word.length()];
        int start = 0;
        while (start < word.length() && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        int end = word.length();
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        String core = word.substring(start, end);
        if (core.length() < MIN_WORD || !ordinary(core)) {
            return out;
        }
        byte[] inner = letters(core.toLowerCase(Locale.ROOT));
        System.arraycopy(inner, 0, out, start, inner.length);
        return out;
    }

    /** Letters only, at most a capital first: "KS", "2015/123", "www.x.se" and "McKinsey" are left whole. */
    private static boolean ordinary(String core) {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!Character.isLetter(c) || i > 0 && Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private byte[] letters(String w) {
        int n = w.length();
        String dotted = "." + w + ".";
        // values[k] is the pattern value for a break before dotted.charAt(k), i.e. before w.charAt(k - 1).
        int[] values = new int[dotted.length() + 1];
        for (int i = 0; i < dotted.length(); i++) {
            for (int j = i + 1; j <= Math.min(dotted.length(), i + longest); j++) {
                byte[] p = patterns.get(dotted.substring(i, j));
                if (p == null) {
                    break; // no pattern starts with these letters, so none with more of them
                }
                for (int k = 0; k < p.length; k++) {
                    values[i + k] = Math.max(values[i + k], p[k]);
                }
            }
        }
        byte[] out = new byte[n];
        // Strong points first, so that a weak one next to them gives way: no part of one letter between breaks.
        for (byte kind : new byte[] {PREFERRED, ALLOWED}) {
            for (int i = LEFT_MIN; i <= n - RIGHT_MIN; i++) {
                int v = values[i + 1];
                if (v % 2 == 1 && kind(w, i, v) == kind && !near(out, i)) {
                    out[i] = kind;
                }
            }
        }
        return out;
    }

    /**
     * A compound joint: a strong pattern (3, 5, ...), or the linking s of a Swedish compound ("funktions|nedsättning",
     * "lands|bygd") with a consonant on either side.
     */
    private static byte kind(String w, int i, int value) {
        boolean linkingS = w.charAt(i - 1) == 's' && !vowel(w.charAt(i - 2)) && !vowel(w.charAt(i));
        return value >= 3 || linkingS ? PREFERRED : ALLOWED;
    }

    private static boolean vowel(char c) {
        return "aeiouyåäöéü".indexOf(c) >= 0;
    }

    private static boolean near(byte[] out, int i) {
        return out[i - 1] != NONE || i + 1 < out.length && out[i + 1] != NONE;
    }

    private static Map<String, byte[]> read(String resource) {
        try (InputStream in = Hyphenator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns missing from the class path: " + resource);
            }
            // The file declares ISO8859-1 on its first line; it is kept byte for byte as published.
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Map<String, byte[]> out = new HashMap<>();
            for (String line : text.split("\\R")) {
                String p = line.strip();
                if (p.isEmpty() || p.startsWith("%") || !Character.isLowerCase(p.charAt(0)) && p.charAt(0) != '.'
                        && !Character.isDigit(p.charAt(0))) {
                    continue;
                }
                add(out, p);
            }
            // Every beginning of a pattern is a key too (with no values if it is no pattern itself), so the search
            // along a word stops as soon as no pattern can match.
            for (String key : List.copyOf(out.keySet())) {
                for (int len = 1; len < key.length(); len++) {
                    out.putIfAbsent(key.substring(0, len), NO_VALUES);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "a2b3c" becomes the key "abc" with the values {0, 2, 3, 0}: the value before each letter and after the last. */
    private static void add(Map<String, byte[]> out, String pattern) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[pattern.length() + 1];
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isDigit(c)) {
                values[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        byte[] trimmed = new byte[letters.length() + 1];
        System.arraycopy(values, 0, trimmed, 0, trimmed.length);
        out.merge(letters.toString(), trimmed, Hyphenator::max);
    }

    private static byte[] max(byte[] a, byte[] b) {
        byte[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Math.max(out[i], b[i]);
        }
        return out;
    }

    /** The word with a hyphen at every break: "funk-tions-ned-sätt-ning". For tests and for reading. */
    public String show(String word) {
        byte[] b = breaks(word);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (b[i] != NONE) {
                sb.append(b[i] == PREFERRED ? '=' : '-');
            }
            sb.append(word.charAt(i));
        }
        return sb.toString();
    }
}
