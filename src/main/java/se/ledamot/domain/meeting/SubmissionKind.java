package se.ledamot.domain.meeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import se.ledamot.domain.MatterKind;

/**
 * What a submission rule is for: the last moment to hand in an interpellation, a question or a motion for a meeting,
 * and the last moment a written answer must reach the one who asked.
 */
public enum SubmissionKind {
    INTERPELLATION,
    QUESTION,
    MOTION,
    WRITTEN_ANSWER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubmissionKind> fromCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(k -> k.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The rule that says when a matter of this kind must be handed in, if there is one. */
    public static Optional<SubmissionKind> forMatter(MatterKind kind) {
        return switch (kind) {
            case INTERPELLATION -> Optional.of(INTERPELLATION);
            case QUESTION -> Optional.of(QUESTION);
            case MOTION, CITIZEN_PROPOSAL -> Optional.of(MOTION);
            default -> Optional.empty();
        };
    }
}
