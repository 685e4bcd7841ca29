package se.ledamot.ui.debate;

import java.util.function.Consumer;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
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

    /** The decision in the debate panel's form; null when none is chosen or the domain refuses it (said in words). */
    static DebateDecision taken(Decision decision, boolean minority, String reason, Consumer<String> refused) {
        if (decision == null) {
            refused.accept(Localization.get("debate.decision.choose"));
            return null;
        }
        try {
            return new DebateDecision(decision, minority, reason);
        } catch (DomainException e) {
            refused.accept(Localization.message(e));
            return null;
        }
    }
}
