package se.ledamot.domain;

import java.time.Instant;

/** One entry of a matter's timeline: when which field changed, and from what to what. */
public record MatterChange(long matterId, Instant at, String field, String oldValue, String newValue) {

    /** The change that created the matter, or moved it to the trash and back, names no field. */
    public static final String CREATED = "created";
    public static final String TRASHED = "trashed";
    public static final String RESTORED = "restored";
    /** The matter was put on a meeting's agenda, taken off it, or its meeting moved: "KF 2026-12-14 § 3". */
    public static final String AGENDA = "agenda";
    /** Why the matter was referred back, by a third of the members (minoritetsåterremiss) or by the council. */
    public static final String MINORITY_REFERRAL = "minority_referral";
    public static final String REFERRAL_REASON = "referral_reason";
}
