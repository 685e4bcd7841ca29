package se.ledamot.ui.debate;

import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.l10n.Localization;

/** A decision taken as the debate panel says it. */
final class DecisionWords {
    private DecisionWords() {
    }

    static String describe(DebateDecision d) {
        String text = Localization.decision(d.decision());
        if (d.minority()) {
            text = Localization.get("debate.decision.minority", text);
        }
        return d.reason() == null ? text : text + " – " + d.reason();
    }
}
