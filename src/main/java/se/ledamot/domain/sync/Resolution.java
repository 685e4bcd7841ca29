package se.ledamot.domain.sync;

/** What the user chose for a conflict. */
public enum Resolution {
    /** The server's value (or its removal) stands; this side's change is dropped. */
    THEIRS,
    /** This side's value (or its removal) is sent to the server. */
    MINE,
    /** A text of the user's own, usually the merge of both, is sent to the server. */
    MERGED
}
