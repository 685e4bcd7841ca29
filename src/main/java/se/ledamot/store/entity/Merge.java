package se.ledamot.store.entity;

/** How the rows of a list change on two sides at once are put together. */
public enum Merge {
    /** The list is one value (a matter's authors, an item's motions): changed on both sides differently, a conflict. */
    WHOLE,
    /**
     * A history (a matter's timeline): entries are only added, each with a uid; both sides' entries are kept, and an
     * entry extended on both sides keeps the later extension.
     */
    HISTORY,
    /**
     * Numbered versions only ever added (an answer's versions): both sides' versions are kept; when both added the
     * same number with different text, the ones added here follow the server's.
     */
    APPEND
}
