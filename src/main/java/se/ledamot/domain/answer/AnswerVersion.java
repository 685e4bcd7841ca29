package se.ledamot.domain.answer;

import java.time.Instant;
import java.util.Objects;

/**
 * One kept state of an answer. Versions are numbered 1, 2, 3 ... per matter and never changed or removed.
 *
 * @param restoredFrom the number of the version this one brought back, or null
 */
public record AnswerVersion(long matterId, int number, String text, Instant createdAt, VersionReason reason,
        Integer restoredFrom) {

    public AnswerVersion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1");
        }
    }

    public int wordCount() {
        return SpeakingTime.wordCount(text);
    }
}
