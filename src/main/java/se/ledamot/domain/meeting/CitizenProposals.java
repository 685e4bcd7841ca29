package se.ledamot.domain.meeting;

import se.ledamot.domain.DomainException;

/**
 * Whether residents may raise matters in the council by citizen proposal (medborgarförslag), and who decides them.
 * Kommunallagen 8 kap. 1–2 §§: the council chooses to allow them, and may leave the decision to the executive board
 * or another nämnd.
 *
 * @param decidingBody the code of the body that decides them: the council's, or a nämnd's
 */
public record CitizenProposals(boolean allowed, String decidingBody) {

    public CitizenProposals {
        decidingBody = Body.normalize(decidingBody);
    }

    /** Allowed and decided by the council. */
    public static CitizenProposals decidedBy(String body) {
        return new CitizenProposals(true, body);
    }

    /** The council does not take citizen proposals. */
    public static CitizenProposals notAllowed(String council) {
        return new CitizenProposals(false, council);
    }

    /** Refuses a citizen proposal where the council does not allow them. */
    public void checkAllowed() {
        if (!allowed) {
            throw new DomainException("rules.citizenProposals.notAllowed");
        }
    }
}
