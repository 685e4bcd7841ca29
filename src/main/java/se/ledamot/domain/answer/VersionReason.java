package se.ledamot.domain.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a version of an answer was cut (see {@link VersionPolicy}). */
public enum VersionReason {
    /** The user asked for it ("Spara version"). */
    MANUAL,
    /** Writing resumed after a pause: the text as it stood before the pause. */
    PAUSE,
    /**
     * The writer left the answer with text not yet in a version: another matter opened, another screen, the window
     * closed. (Its code stays as stored in every folder.)
     */
    SESSION_END,
    /** The text as it stood just before an older version was restored over it. */
    BEFORE_RESTORE,
    /** An older version was brought back; the restored text becomes the newest version. */
    RESTORE,
    /** The answer was finished and copied to the matter. */
    FINISHED,
    /** The text as it stood before most of it was deleted or typed over (see {@link VersionPolicy#replacesMost}). */
    REPLACED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VersionReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
