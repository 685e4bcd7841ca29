package se.ledamot.domain;

import java.util.Optional;

/** One way a matter gets a deadline. Rules are combined by {@link Deadlines}; meetings add their own. */
@FunctionalInterface
public interface DeadlineRule {
    Optional<Deadline> deadlineOf(Matter matter);

    /** A motion or citizen proposal is to be decided within one year of its submission. */
    DeadlineRule MOTION_ONE_YEAR = m -> m.kind().hasProposals() && m.submitted() != null
            ? Optional.of(new Deadline(m.submitted().plusYears(1), DeadlineType.MOTION_ONE_YEAR))
            : Optional.empty();

    /** A reply date stated in the matter (a referral's last day, a deadline found in the text). */
    DeadlineRule STATED_REPLY_DATE = m -> Optional.ofNullable(m.replyBy())
            .map(d -> new Deadline(d, DeadlineType.REPLY_DATE));
}
