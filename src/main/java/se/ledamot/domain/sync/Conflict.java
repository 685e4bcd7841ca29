package se.ledamot.domain.sync;

/**
 * One field of one thing that waits for the user: what it is ({@code entity} kind and {@code key}, {@code title} to
 * show), which field, why, and the three values as text: this side's, the server's, and the one both started from.
 * {@code longText}: a text where a merged version is offered ({@link TextMerge}). A whole-thing conflict (removed on
 * one side) has the field {@link #WHOLE}. {@code reason}: what in particular makes it one, in words, where the
 * kind's own sentence needs it (the rule two lists of speakers break together), else "".
 */
public record Conflict(String entity, String key, String field, ConflictKind kind, String title, String mine,
        String theirs, String base, boolean longText, String reason) {
    public static final String WHOLE = "*";

    public Conflict {
        reason = reason == null ? "" : reason;
    }

    /** A conflict whose kind says why. */
    public Conflict(String entity, String key, String field, ConflictKind kind, String title, String mine,
            String theirs, String base, boolean longText) {
        this(entity, key, field, kind, title, mine, theirs, base, longText, "");
    }

    /** The merged text offered for a long text: both changes where they fit, both versions where they overlap. */
    public TextMerge.Result merged() {
        return TextMerge.merge(base, mine, theirs);
    }
}
