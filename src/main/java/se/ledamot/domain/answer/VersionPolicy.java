package se.ledamot.domain.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * When a version of an answer is cut, so that history stays useful rather than one row per keystroke. Autosave
 * only ever updates the draft. A version is cut
 * <ul>
 * <li>when the user asks for one ("Spara version");</li>
 * <li>when writing resumes after a pause of {@link #PAUSE} or more: the text as it stood before the pause, so each
 * sitting leaves one version;</li>
 * <li>when an autosave would replace most of a longer text ({@link #replacesMost}): the text before it;</li>
 * <li>when the editor is closed (end of the sitting), when a version is restored and when the answer is finished.</li>
 * </ul>
 * Never when the text is, word for word, the newest version already: spacing alone is not a new version.
 */
public record VersionPolicy(Duration pause) {
    public static final Duration PAUSE = Duration.ofMinutes(10);
    /** A text this long or longer is kept when most of it is replaced; a few words are not worth a version. */
    static final int REPLACED_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static VersionPolicy standard() {
        return new VersionPolicy(PAUSE);
    }

    /**
     * Asked before an autosave replaces the stored draft: true when the writer comes back after a pause, so the
     * stored draft is first kept as a version.
     */
    public boolean pauseEnded(AnswerDraft stored, Instant now) {
        return Duration.between(stored.savedAt(), now).compareTo(pause) >= 0;
    }

    /**
     * Asked before an autosave replaces the stored draft: true when the new text keeps fewer than half the words of a
     * stored text of {@link #REPLACED_WORDS} words or more, as when she selects it all and deletes it or types over it,
     * so the stored text is first kept as a version (only undo could bring it back, and not after a restart).
     */
    public static boolean replacesMost(String stored, String text) {
        List<String> before = words(stored);
        if (before.size() < REPLACED_WORDS) {
            return false;
        }
        Map<String, Integer> left = new HashMap<>();
        words(text).forEach(w -> left.merge(w, 1, Integer::sum));
        int kept = 0;
        for (String w : before) {
            if (left.merge(w, -1, Integer::sum) >= 0) {
                kept++;
            }
        }
        return kept * 2 < before.size();
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
    }

    /** Whether text is worth a new version given the newest one. */
    public static boolean worthKeeping(String text, Optional<AnswerVersion> newest) {
        if (text.isBlank() && newest.isEmpty()) {
            return false;
        }
        return newest.map(v -> WordDiff.differsInWords(v.text(), text)).orElse(true);
    }
}
