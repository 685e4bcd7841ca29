package se.ledamot.domain;

/**
 * The rule a deadline comes from and the dates it was computed from, so that every deadline can explain itself. The
 * domain keeps the facts; the localization layer puts them in words ("Ställd 2026-11-16 (KF), besvaras senast vid
 * nästa sammanträde 2026-12-14 enligt arbetsordningen (KL 5 kap. 59–63 §§); skriftligt svar senast 2026-12-13").
 *
 * <p>Implemented by {@link OneYearBasis} and, where meetings are involved, by the meeting calendar's answer schedule.
 */
public interface DeadlineBasis {
    /** A deadline that comes with no account of itself, such as one given by hand. */
    DeadlineBasis NONE = new Plain("none");
    /** A date stated in the matter itself: a referral's "svar senast". */
    DeadlineBasis STATED_IN_MATTER = new Plain("stated_in_matter");

    /** A basis with nothing to tell but its name. */
    record Plain(String code) implements DeadlineBasis {
    }
}
