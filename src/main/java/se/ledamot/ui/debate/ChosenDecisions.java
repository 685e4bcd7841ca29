package se.ledamot.ui.debate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.Decision;
import se.ledamot.domain.debate.Debate;

/**
 * The decision form's choice — the decision, the minority box and a reason for återremiss — and, per item, the one
 * chosen and not yet taken with "Fatta beslut": kept while the window is open, so choosing another item, or the same
 * one again, and coming back finds the form as she left it. A decision recorded meanwhile (here or in Protokoll)
 * ends it. Closing the window names the items whose choice is lost with it ({@link #held}).
 */
final class ChosenDecisions {
    private record Chosen(Decision decision, boolean minority, String reason, String label) {
        boolean isEmpty() {
            return decision == null && !minority && reason.isEmpty();
        }
    }

    final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    final BooleanProperty minority = new SimpleBooleanProperty();
    final StringProperty reason = new SimpleStringProperty("");
    private final Function<Debate, String> label;
    private final Map<Long, Chosen> kept = new LinkedHashMap<>();
    /** The item the form shows and its name, or null. */
    private Long shown;
    private String shownLabel;

    /** @param label names a debate's item as the screen does ("§ 5  Motion om …") */
    ChosenDecisions(Function<Debate, String> label) {
        this.label = label;
    }

    /** Fills the form with what was chosen for {@code d}'s item, after keeping what the form held for the last one. */
    void shown(Debate d) {
        keepShown();
        shown = d.item().id();
        shownLabel = label.apply(d);
        Chosen c = d.decision().isEmpty() ? kept.get(shown) : null;
        kept.remove(shown);
        decision.set(c == null ? null : c.decision());
        minority.set(c != null && c.minority());
        reason.set(c == null ? "" : c.reason());
    }

    private void keepShown() {
        if (shown != null) {
            Chosen now = inForm();
            if (now.isEmpty()) {
                kept.remove(shown);
            } else {
                kept.put(shown, now);
            }
        }
    }

    /** What the form holds for the item it shows. */
    private Chosen inForm() {
        return new Chosen(decision.get(), minority.get(), reason.get(), shownLabel);
    }

    /** The items, by name, whose decision is chosen and not taken: the form's own (never among those kept) included. */
    List<String> held() {
        List<String> names = new ArrayList<>(kept.values().stream().map(Chosen::label).toList());
        if (shown != null && !inForm().isEmpty()) {
            names.add(shownLabel);
        }
        return names;
    }
}
