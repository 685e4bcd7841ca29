package se.ledamot.ui.debate;

import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.l10n.Localization;

/** The decisions a matter can get, and a decision taken as the debate panel says it. */
final class DecisionWords {
    private DecisionWords() {
    }

    static boolean fits(Decision d, Matter m) {
        try {
            DebateDecision.of(d).targetStatus(m.kind());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    static String describe(DebateDecision d) {
        String text = Localization.decision(d.decision());
        if (d.minority()) {
            text = Localization.get("debate.decision.minority", text);
        }
        return d.reason() == null ? text : text + " – " + d.reason();
    }
}
