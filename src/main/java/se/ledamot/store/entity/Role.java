package se.ledamot.store.entity;

/** How a column of a kept thing takes part in an export and in a sync. */
public enum Role {
    /** Part of what names the thing wherever it is (a body's code, the group of a position). */
    KEY,
    /** A value of the thing: two sides that changed it differently are in conflict. */
    DATA,
    /** A long text: a conflict on it also offers the two changes merged into one text. */
    TEXT,
    /** When the thing was last touched: the later of two wins, never a conflict. */
    STAMP,
    /** A reference to another thing, written as that thing's key, since ids differ from database to database. */
    REF,
    /**
     * The party group that owns the row, which a server fills in from the signed-in user: never sent to the server,
     * never compared, but kept as the server says.
     */
    SERVER_GROUP
}
