package se.ledamot.ui.minutes;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The decision's wording of the item shown, as the minutes print it (the decision itself is taken in the debate).
 * Stored in the screen's lane on the item as it is stored when the write runs, so a decision taken meanwhile is not
 * undone. What is typed is stored when another item is chosen or the screen is left; a wording that could not be
 * stored is kept for its item and shown again with it.
 */
final class DecisionWordingViewModel {
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final ReadOnlyStringWrapper error;
    private final StringProperty text = new SimpleStringProperty("");
    /** Wordings that could not be stored, per item. */
    private final Map<Long, String> unsaved = new HashMap<>();
    private AgendaItem item;
    /** The wording stored or handed over for the item; null when its last write failed. */
    private String stored = "";

    DecisionWordingViewModel(MeetingService meetings, TaskExecutor lane, ReadOnlyStringWrapper error) {
        this.meetings = meetings;
        this.lane = lane;
        this.error = error;
    }

    /**
     * Shows the wording of an item (or none), after handing over what was typed for the item before. The same item
     * read again keeps the wording typed.
     */
    void show(AgendaItem next) {
        boolean typed = typed();
        if (typed) {
            save();
        }
        boolean same = next != null && item != null && next.id().equals(item.id());
        item = next;
        if (!same || !typed) {
            String kept = next == null ? null : unsaved.remove(next.id());
            text.set(kept != null ? kept : next == null ? "" : next.decisionText());
            stored = kept != null ? null : text.get();
        }
    }

    /** The wording as stored, read in the lane: shown unless something was typed meanwhile. */
    void read(long itemId, String wording) {
        if (item != null && item.id() == itemId && !typed()) {
            text.set(wording);
            stored = wording;
        }
    }

    /** Whether the wording on screen differs from what is stored or handed over. */
    boolean typed() {
        return item != null && !text.get().equals(stored);
    }

    /** Hands the wording over to be stored; a wording the item cannot hold is refused at once. */
    void save() {
        if (item == null) {
            return;
        }
        String wording = text.get();
        try {
            item.withDecision(item.decision(), wording);
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return;
        }
        stored = wording;
        long id = item.id();
        BackgroundTask.of(p -> {
            AgendaItem now = meetings.item(id).orElseThrow(() -> new DomainException("store.agenda.item.missing", id));
            meetings.saveItem(now.withDecision(now.decision(), wording));
            return wording;
        }).onSuccess(done -> error.set("")).onFailure(e -> {
            error.set(Localization.get("minutes.ui.decision.saveFailed", Errors.describe(e)));
            if (item != null && item.id() == id) {
                stored = null;
            } else {
                unsaved.putIfAbsent(id, wording);
            }
        }).executeWith(lane);
    }

    StringProperty text() {
        return text;
    }
}
