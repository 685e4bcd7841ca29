package se.ledamot.ui.debate;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.Decision;
import se.ledamot.domain.debate.Debate;

/**
 * Per item, the decision chosen in the form and not yet taken with "Fatta beslut" — the choice, the minority box and
 * a reason for återremiss — kept while the window is open: choosing another item, or the same one again, and
 * coming back finds the form as she left it. A decision recorded meanwhile (here or in Protokoll) ends it.
 */
final class ChosenDecisions {
    private record Chosen(Decision decision, boolean minority, String reason) {
        boolean isEmpty() {
            return decision == null && !minority && reason.isEmpty();
        }
    }

    private final ObjectProperty<Decision> decision;
    private final BooleanProperty minority;
    private final StringProperty reason;
    private final Map<Long, Chosen> kept = new HashMap<>();
    /** The item the form shows, or null. */
    private Long shown;

    ChosenDecisions(ObjectProperty<Decision> decision, BooleanProperty minority, StringProperty reason) {
        this.decision = decision;
        this.minority = minority;
        this.reason = reason;
    }

    /** Fills the form with what was chosen for {@code d}'s item, after keeping what the form held for the last one. */
    void shown(Debate d) {
        if (shown != null) {
            Chosen now = new Chosen(decision.get(), minority.get(), reason.get());
            if (now.isEmpty()) {
                kept.remove(shown);
            } else {
                kept.put(shown, now);
            }
        }
        shown = d.item().id();
        Chosen c = d.decision().isEmpty() ? kept.getOrDefault(shown, new Chosen(null, false, "")) : null;
        if (c == null) {
            kept.remove(shown);
            c = new Chosen(null, false, "");
        }
        decision.set(c.decision());
        minority.set(c.minority());
        reason.set(c.reason());
    }
}
