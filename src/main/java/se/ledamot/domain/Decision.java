package se.ledamot.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a meeting decided on an item (beslut). Interpellations and questions lead to no decision on their substance
 * (Kommunallagen 5 kap. 59–64 §§): they are answered, and the meeting may only table or strike them off.
 */
public enum Decision {
    APPROVED,
    PARTLY_APPROVED,
    REJECTED,
    ANSWERED,
    STRUCK_OFF,
    REFERRED_BACK,
    /** Bordläggning: put off to a later meeting. */
    TABLED;

    /** Made once: asked for each matter a long list writes or reads. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Optional<Decision> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Decision known : values()) {
            // A code as stored, found without a copy (every row of a long list is read through here).
            if (known.code().equals(code)) {
                return Optional.of(known);
            }
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.code().equals(normalized)).findFirst();
    }
}
