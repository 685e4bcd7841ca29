package se.ledamot.importer.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What OCR made of a PDF's scanned pages (pages without a text layer), for the preview to say how sure it is.
 *
 * @param pagesRead  pages read with OCR (1-based)
 * @param failed     scanned pages OCR could not read in time (left empty in the text)
 * @param notRead    scanned pages left unread because Tesseract or its Swedish is missing
 * @param missing    what was missing for {@code notRead}: {@code "program"} or {@code "swedish"}, else null
 * @param words      every word read, with its confidence 0–100, in reading order
 */
public record Scanned(List<Integer> pagesRead, List<Integer> failed, List<Integer> notRead, String missing,
        List<OcrWord> words) {
    public Scanned {
        pagesRead = List.copyOf(pagesRead);
        failed = List.copyOf(failed);
        notRead = List.copyOf(notRead);
        words = List.copyOf(words);
    }

    /** The mean confidence of the words read, 0–100; 0 when none were. */
    public int meanConfidence() {
        return words.isEmpty() ? 0
                : (int) Math.round(words.stream().mapToInt(OcrWord::confidence).average().orElse(0));
    }

    /** Each word read (lower case, without punctuation around it) with the lowest confidence it was read with. */
    public Map<String, Integer> lowestByWord() {
        Map<String, Integer> lowest = new HashMap<>();
        for (OcrWord w : words) {
            String key = key(w.text());
            if (!key.isEmpty()) {
                lowest.merge(key, w.confidence(), Math::min);
            }
        }
        return lowest;
    }

    /** A word as {@link #lowestByWord} keys it. */
    public static String key(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
