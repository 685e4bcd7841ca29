package se.ledamot.domain.debate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A speech (anförande) or a short reply to one (replik). */
public enum SpeechKind {
    SPEECH,
    REPLY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SpeechKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
