package se.ledamot.domain.minutes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A member's vote: ja, nej, or avstår (a member may abstain, 4 kap. 25 § kommunallagen). */
public enum Choice {
    YES('j'),
    NO('n'),
    ABSTAIN('a');

    private final char key;

    Choice(char key) {
        this.key = key;
    }

    /** The key that casts this vote in the window: J, N or A. */
    public char key() {
        return key;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Choice> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    public static Optional<Choice> fromKey(char c) {
        char k = Character.toLowerCase(c);
        return Arrays.stream(values()).filter(v -> v.key == k).findFirst();
    }
}
