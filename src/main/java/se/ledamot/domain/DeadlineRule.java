package se.ledamot.domain;

import java.util.Optional;
import java.util.function.Function;

/** One way a matter gets a deadline. Rules are combined by {@link Deadlines}; meetings add their own. */
@FunctionalInterface
public interface DeadlineRule {
    Optional<Deadline> deadlineOf(Matter matter);

    /** A motion or citizen proposal is to be decided within one year of its submission; the deciding body unknown. */
    DeadlineRule ONE_YEAR = oneYear(kind -> null);

    /** A reply date stated in the matter (a referral's last day, a deadline found in the text). */
    DeadlineRule STATED_REPLY_DATE = m -> Optional.ofNullable(m.replyBy())
            .map(d -> new Deadline(d, DeadlineType.REPLY_DATE, DeadlineBasis.STATED_IN_MATTER));

    /** The one-year rule, naming the body that decides each kind (the council, or a nämnd for citizen proposals). */
    static DeadlineRule oneYear(Function<MatterKind, String> decidingBody) {
        return m -> {
            if (!m.kind().hasProposals() || m.submitted() == null) {
                return Optional.empty();
            }
            OneYearBasis basis = OneYearBasis.of(m.kind(), m.submitted(), decidingBody.apply(m.kind()));
            return Optional.of(new Deadline(basis.limit(), basis.type(), basis));
        };
    }
}
