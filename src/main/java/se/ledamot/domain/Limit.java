package se.ledamot.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What a text a user enters may hold, in one place: every bounded text has its longest length here (the size of its
 * database column, migrations V1–V4), and free texts of any length (CLOB) are cleaned by {@link #text}. The value
 * objects check their fields through these in their constructors, so a value the database cannot hold never reaches
 * SQL, and the user is told which field and its limit.
 *
 * <p>Nothing is cut silently. Keys (a body's code, a party group's code) are refused when too long: jOOQ binds a value
 * as {@code CAST(? AS VARCHAR(20))} and H2 cuts in a cast, so a 25-letter group code used to store and read the
 * positions of the 30-letter code with the same first 20 letters. Texts read from files may be {@linkplain #fit cut}
 * on purpose, and the importer says so.
 *
 * <p>One-line texts never hold control characters: a line break or tab becomes a space and the others (NUL, ESC,
 * BEL…) are removed, so what was stored before this rule still loads; the command line refuses them outright
 * ({@link #firstControl}).
 */
public enum Limit {
    NUMBER(100),
    TITLE(500),
    PLACE(200),
    /** A person's name: an author, an addressee, a speaker in a debate. */
    NAME(200),
    PARTY(20),
    ROLE(300),
    RESPONSIBLE_BODY(300),
    TAG(100),
    BODY_CODE(20),
    BODY_NAME(200),
    AGENDA_TEXT(1000),
    /** Who speaks for a party group on an item. */
    SPEAKER(200),
    GROUP(20);

    /** Dates outside these are typing mistakes (+99999-01-01, 0202-05-01), not council business. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);
    private static final String ELLIPSIS = "…";

    private final int max;

    Limit(int max) {
        this.max = max;
    }

    /** The longest text allowed, in characters (UTF-16 units, as H2 counts them). */
    public int max() {
        return max;
    }

    /** The name of the message text that names the field: "limit.title". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The text as it is kept: on one line, stripped, null when blank. Refused, with the field and the limit, when
     * longer than the limit.
     */
    public String check(String value) {
        String line = line(value);
        if (line != null && line.length() > max) {
            throw new DomainException("limit.tooLong", this, max, line.length());
        }
        return line;
    }

    /**
     * A key such as a group's or a body's code: stripped and in capitals, refused when blank ({@code missingKey}) or
     * too long. Never cut: a cut key is another key.
     */
    public String key(String value, String missingKey) {
        String k = check(value);
        if (k == null) {
            throw new DomainException(missingKey);
        }
        return k.toUpperCase(Locale.ROOT);
    }

    public boolean fits(String value) {
        String line = line(value);
        return line == null || line.length() <= max;
    }

    /**
     * For text read from a file: on one line and, when too long, cut at the last space before the limit (or at the
     * limit) with "…" at the end. Null when blank.
     */
    public String fit(String value) {
        String line = line(value);
        if (line == null || line.length() <= max) {
            return line;
        }
        String room = line.substring(0, max - ELLIPSIS.length());
        if (Character.isHighSurrogate(room.charAt(room.length() - 1))) {
            room = room.substring(0, room.length() - 1);
        }
        int space = room.lastIndexOf(' ');
        return (space > max / 2 ? room.substring(0, space) : room).strip() + ELLIPSIS;
    }

    /** One line: line breaks and tabs become spaces, other control characters go; stripped; null when blank. */
    public static String line(String value) {
        if (value == null) {
            return null;
        }
        if (isPlain(value)) {
            // Most stored texts are clean already: no copy (every matter of a long list passes here).
            String s = value.strip();
            return s.isEmpty() ? null : s;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBreak(c)) {
                out.append(' ');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Free text of any length (a matter's text, an answer, notes): line breaks kept as "\n", tabs kept, other control
     * characters removed. Null stays null.
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        if (isPlainText(value)) {
            return value;
        }
        String s = value.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n') {
                out.append(c);
            } else if (c == '\r' || c == '\f' || c == '\u000B') {
                out.append('\n');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The first control character in a text ("U+001B"), if any; with {@code lines} allowed, "\n" and tabs are fine. */
    public static Optional<String> firstControl(String value, boolean lines) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = lines && (c == '\n' || c == '\t' || c == '\r');
            if (!allowed && (isControl(c) || !lines && isBreak(c))) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** A date a user may enter: refused outside {@link #FIRST_DATE}–{@link #LAST_DATE}. Null stays null. */
    public static LocalDate date(LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            throw new DomainException("limit.date", date.toString(), FIRST_DATE.getYear(), LAST_DATE.getYear());
        }
        return date;
    }

    public static boolean isDateInRange(LocalDate date) {
        return date == null || !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029';
    }

    /** C0 and C1 control characters and DEL: they move the cursor, ring the bell or start escape sequences. */
    private static boolean isControl(char c) {
        // Unicode's Cc, by range: asked for every character of every matter a long list reads.
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** A one-line text that {@link #line} would only strip. */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBreak(c) || isControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** A free text that {@link #text} would leave as it is: line breaks "\n" and tabs only. */
    private static boolean isPlainText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && c != '\t' && isControl(c)) {
                return false;
            }
        }
        return true;
    }
}
