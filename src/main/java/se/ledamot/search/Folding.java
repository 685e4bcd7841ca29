package se.ledamot.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Words without their diacritics ("Åkesson" → "Akesson", "Şahin" → "Sahin"), for searches that ignore them. */
final class Folding {
    /** Marks a folded form in the index, so it never meets an ordinary word. */
    static final char MARK = '\u0001';

    private Folding() {
    }

    static String fold(String word) {
        // Most words are plain ASCII, which folding leaves as they are; Lucene's folding table is one method too big
        // for the JIT (14 178 bytes of bytecode), so it runs interpreted: such words skip it.
        if (isAscii(word)) {
            return word;
        }
        char[] in = word.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
