package se.ledamot.domain.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;

/**
 * What a party group says on an item, naming what it is about. On a matter that is decided: support the motion
 * (or citizen proposal) itself, support the prepared proposal for decision, reject, move its own, refer back
 * (återremiss), or leave a free vote. Interpellations and questions lead to no decision (Kommunallagen 5 kap.
 * 59–64 §§): there the group's position is about the debate, whether it takes part or not.
 */
public enum Stance {
    /** Bifall till motionen (till medborgarförslaget). */
    SUPPORT,
    /** Avslag. */
    REJECT,
    /** Bifall till kommunstyrelsens förslag: the prepared proposal for decision. */
    SUPPORT_PROPOSAL,
    /** Eget yrkande. */
    OWN,
    /** Återremiss. */
    REFER_BACK,
    /** Fri röst. */
    FREE,
    /** On an interpellation or question: the group takes part in the debate. */
    TAKE_PART,
    /** On an interpellation or question: the group leaves the debate to others. */
    STAY_OUT;

    private static final List<Stance> ON_A_MOTION = List.of(SUPPORT, REJECT, SUPPORT_PROPOSAL, OWN, REFER_BACK, FREE);
    private static final List<Stance> ON_A_PROPOSAL = List.of(SUPPORT_PROPOSAL, REJECT, OWN, REFER_BACK, FREE);
    private static final List<Stance> ON_A_DEBATE = List.of(TAKE_PART, STAY_OUT);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stance> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.code().equals(normalized)).findFirst();
    }

    /** The stances a group can take on an item about a matter of a kind, in the order to offer them. */
    public static List<Stance> forKind(MatterKind kind) {
        return switch (kind) {
            case MOTION, CITIZEN_PROPOSAL -> ON_A_MOTION;
            case INTERPELLATION, QUESTION -> ON_A_DEBATE;
            case REFERRAL, OTHER -> ON_A_PROPOSAL;
            case SPEECH -> List.of();
        };
    }

    /** The stances a group can take on a free-text item (a report, an election): those on a proposal. */
    public static List<Stance> forFreeText() {
        return ON_A_PROPOSAL;
    }

    /** Refuses a stance that is not about what the matter asks: a vote on an interpellation, a debate on a motion. */
    public void checkFor(MatterKind kind) {
        if (!forKind(kind).contains(this)) {
            throw new DomainException(kind.hasAddressee() ? "stance.noDecision" : "stance.notForKind", this, kind);
        }
    }
}
