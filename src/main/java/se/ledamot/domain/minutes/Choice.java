package se.ledamot.domain.minutes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A member's vote: ja, nej, or avstår (a member may abstain, 4 kap. 25 § kommunallagen). */
public enum Choice {
    YES,
    NO,
    ABSTAIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Choice> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }
}
