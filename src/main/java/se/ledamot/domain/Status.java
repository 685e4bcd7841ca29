package se.ledamot.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a matter is in its life. Which statuses a kind uses, and in what order, is its {@link Lifecycle}. */
public enum Status {
    DRAFT,
    SUBMITTED,
    REFERRED,
    PREPARED,
    DECIDED,
    ANSWERED,
    DEBATED,
    RECEIVED,
    ASSIGNED,
    OPINION_DRAFTED,
    SENT,
    HELD,
    CLOSED,
    WITHDRAWN,
    LAPSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.code().equals(normalized)).findFirst();
    }
}
