package se.ledamot.domain.sync;

/** Why a change made here and the server's state cannot both stand without the user choosing. */
public enum ConflictKind {
    /** The same field was changed here and on the server, differently. */
    BOTH_CHANGED,
    /** The server does not let this user change the field (an official field, another group's row). */
    NOT_ALLOWED,
    /** Removed on the server, changed here. */
    DELETED_THERE,
    /** Removed here, changed on the server. */
    DELETED_HERE,
    /** Online: another window saved the same field on the server while this one was typing (issue 16.5). */
    SAVED_MEANWHILE,
    /**
     * Online: another window's change and this one's can each stand, but not together: merged they break a rule (two
     * lists of speakers against the body's arbetsordning); the conflict's reason says which.
     */
    BREAKS_RULES
}
