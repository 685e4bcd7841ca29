package se.ledamot.domain.meeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a party group says on an item: support, reject, refer back (återremiss), move its own, or a free vote. */
public enum Stance {
    SUPPORT,
    REJECT,
    REFER_BACK,
    OWN,
    FREE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stance> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.code().equals(normalized)).findFirst();
    }
}
