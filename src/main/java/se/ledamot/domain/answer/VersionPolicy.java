package se.ledamot.domain.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a version of an answer is cut, so that history stays useful rather than one row per keystroke. Autosave
 * only ever updates the draft. A version is cut
 * <ul>
 * <li>when the user asks for one ("Spara version");</li>
 * <li>when writing resumes after a pause of {@link #PAUSE} or more: the text as it stood before the pause, so each
 * sitting leaves one version;</li>
 * <li>when the editor is closed (end of the sitting), when a version is restored and when the answer is finished.</li>
 * </ul>
 * Never when the text is, word for word, the newest version already: spacing alone is not a new version.
 */
public record VersionPolicy(Duration pause) {
    public static final Duration PAUSE = Duration.ofMinutes(10);

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

    /** Whether text is worth a new version given the newest one. */
    public static boolean worthKeeping(String text, Optional<AnswerVersion> newest) {
        if (text.isBlank() && newest.isEmpty()) {
            return false;
        }
        return newest.map(v -> WordDiff.differsInWords(v.text(), text)).orElse(true);
    }
}
