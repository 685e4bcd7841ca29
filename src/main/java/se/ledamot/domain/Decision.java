package se.ledamot.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the council decided on a matter (beslut). */
public enum Decision {
    APPROVED,
    PARTLY_APPROVED,
    REJECTED,
    ANSWERED,
    STRUCK_OFF,
    REFERRED_BACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.code().equals(normalized)).findFirst();
    }
}
