package se.ledamot.domain.meeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A meeting is planned until it has been held. */
public enum MeetingStatus {
    PLANNED,
    HELD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MeetingStatus> fromCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(s -> s.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
