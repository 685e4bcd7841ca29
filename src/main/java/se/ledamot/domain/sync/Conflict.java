package se.ledamot.domain.sync;

/**
 * One field of one thing that waits for the user: what it is ({@code entity} kind and {@code key}, {@code title} to
 * show), which field, why, and the three values as text: this side's, the server's, and the one both started from.
 * {@code longText}: a text where a merged version is offered ({@link TextMerge}). A whole-thing conflict (removed on
 * one side) has the field {@link #WHOLE}. {@code reason}: what in particular makes it one, in words, where the
 * kind's own sentence needs it (the rule two lists of speakers break together), else "". {@code savedBy}: who saved
 * the other side ({@code theirs}) and when, as far as it is known.
 */
public record Conflict(String entity, String key, String field, ConflictKind kind, String title, String mine,
        String theirs, String base, boolean longText, String reason, SavedBy savedBy) {
    public static final String WHOLE = "*";

    public Conflict {
        reason = reason == null ? "" : reason;
        savedBy = savedBy == null ? SavedBy.UNKNOWN : savedBy;
    }

    /** A conflict whose kind's sentence needs a reason, the other side's writer not known. */
    public Conflict(String entity, String key, String field, ConflictKind kind, String title, String mine,
            String theirs, String base, boolean longText, String reason) {
        this(entity, key, field, kind, title, mine, theirs, base, longText, reason, SavedBy.UNKNOWN);
    }

    /** A conflict whose kind says why. */
    public Conflict(String entity, String key, String field, ConflictKind kind, String title, String mine,
            String theirs, String base, boolean longText) {
        this(entity, key, field, kind, title, mine, theirs, base, longText, "", SavedBy.UNKNOWN);
    }

    /** The same conflict with the other side's writer known. */
    public Conflict savedBy(SavedBy by) {
        return new Conflict(entity, key, field, kind, title, mine, theirs, base, longText, reason, by);
    }

    /** The same conflict said otherwise (a form's words for its values, a heading), its writer kept. */
    public Conflict restated(String newTitle, String newMine, String newTheirs, String newBase, boolean asLongText) {
        return new Conflict(entity, key, field, kind, newTitle, newMine, newTheirs, newBase, asLongText, reason,
                savedBy);
    }

    /** The merged text offered for a long text: both changes where they fit, both versions where they overlap. */
    public TextMerge.Result merged() {
        return TextMerge.merge(base, mine, theirs);
    }
}
