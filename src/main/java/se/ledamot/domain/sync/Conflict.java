package se.ledamot.domain.sync;

/**
 * One field of one thing that waits for the user: what it is ({@code entity} kind and {@code key}, {@code title} to
 * show), which field, why, and the three values as text: this side's, the server's, and the one both started from.
 * {@code longText}: a text where a merged version is offered ({@link TextMerge}). A whole-thing conflict (removed on
 * one side) has the field {@link #WHOLE}.
 */
public record Conflict(String entity, String key, String field, ConflictKind kind, String title, String mine,
        String theirs, String base, boolean longText) {
    public static final String WHOLE = "*";

    /** The merged text offered for a long text: both changes where they fit, both versions where they overlap. */
    public TextMerge.Result merged() {
        return TextMerge.merge(base, mine, theirs);
    }
}
