package se.ledamot.ui.minutes;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DebateService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The decision the council took on the item shown (bifall, avslag, återremiss …), as the minutes record it. Chosen,
 * changed or cleared, it is stored at once in the screen's lane through {@link DebateService#record}, the rule
 * Debatt's decision follows: the matter moves (a decided motion is no longer pending, its deadline stops) and its
 * timeline says so. Once the minutes are justerade the choice is closed, and says why; a refusal (justerade in
 * another window meanwhile) is said and the choice goes back to what is stored.
 */
final class ItemDecisionViewModel {
    private final DebateService debates;
    private final TaskExecutor lane;
    private final ReadOnlyStringWrapper error;
    /** Tells the other screens (the register, Översikt) that a matter changed. */
    private final Runnable mattersChanged;
    private final ObservableList<Decision> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    /** The minutes are justerade: what the signed minutes say was decided stands. */
    private final BooleanProperty adjusted = new SimpleBooleanProperty();
    private Long itemId;
    private boolean showing;

    ItemDecisionViewModel(DebateService debates, TaskExecutor lane, ReadOnlyStringWrapper error,
            Runnable mattersChanged) {
        this.debates = debates;
        this.mattersChanged = mattersChanged;
        this.lane = lane;
        this.error = error;
        decision.addListener((o, was, now) -> {
            if (!showing && itemId != null && !Objects.equals(was, now)) {
                store(itemId, was, now);
            }
        });
    }

    /** Shows the decision of an item about a matter of a kind; a free-text item, or none, offers no choice. */
    void show(AgendaItem item, MatterKind kind) {
        showing = true;
        try {
            itemId = item == null || item.matterId() == null ? null : item.id();
            List<Decision> next = itemId == null || kind == null ? List.<Decision>of() : DebateDecision.choices(kind);
            // The same choices are kept, not set again: a chooser whose items are set anew keeps drawing the last
            // item's decision when the next has none, without its prompt (a Remiss after a decided motion).
            if (!choices.equals(next)) {
                choices.setAll(next);
            }
            decision.set(itemId == null ? null : item.decision());
        } finally {
            showing = false;
        }
    }

    /** Clears the decision recorded: the matter goes back to where it was before it. */
    void clear() {
        decision.set(null);
    }

    private void store(long id, Decision was, Decision now) {
        BackgroundTask.of(p -> debates.record(id, now)).onSuccess(m -> {
            error.set("");
            mattersChanged.run();
        }).onFailure(e -> {
            error.set(Localization.get("minutes.ui.decision.recordFailed", Errors.describe(e)));
            if (itemId != null && itemId == id) {
                showing = true;
                try {
                    decision.set(was);
                } finally {
                    showing = false;
                }
            }
        }).executeWith(lane);
    }

    ObservableList<Decision> choices() {
        return choices;
    }

    ObjectProperty<Decision> decision() {
        return decision;
    }

    /** Whether the stored minutes are justerade, so no decision can be chosen, changed or cleared here. */
    BooleanProperty adjusted() {
        return adjusted;
    }
}
