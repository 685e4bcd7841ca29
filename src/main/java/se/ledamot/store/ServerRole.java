package se.ledamot.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do on a shared server. Each is a PostgreSQL role of the same name with the prefix
 * {@code ledamot_} (db/postgresql/V9_1__row_security.sql).
 */
public enum ServerRole {
    /** A councillor: reads the shared register, writes the group's positions, speakers and answers, edits texts. */
    MEMBER("member"),
    /** A party group's secretary: the same rights in the database as a member of the group. */
    GROUP_SECRETARY("group_secretary"),
    /** The council's secretariat: registers matters, meetings and decisions and changes official fields. */
    COUNCIL_SECRETARY("council_secretary");

    private final String code;

    ServerRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ServerRole> fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.code.equals(c)).findFirst();
    }
}
