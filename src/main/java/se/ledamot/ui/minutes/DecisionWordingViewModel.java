package se.ledamot.ui.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The decision's wording of the item shown, as the minutes print it (the decision itself is taken in the debate).
 * Stored in the screen's lane against the copy of the item the wording was typed over (optimistic locking, issue
 * 16.5), so a decision taken meanwhile is not undone, and a wording another secretary stored meanwhile is not written
 * over: the conflict view shows both, with a merged text, and the choice is stored. What is typed is stored when
 * another item is chosen or the screen is left; a wording that could not be stored is kept for its item and shown
 * again with it.
 */
final class DecisionWordingViewModel {
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final ReadOnlyStringWrapper error;
    private final StringProperty text = new SimpleStringProperty("");
    /** Wordings that could not be stored, per item. */
    private final Map<Long, String> unsaved = new HashMap<>();
    /** The item shown, as last read or stored: the copy the next save is made from. */
    private AgendaItem item;
    private String title = "";
    /** The wording stored or handed over for the item; null when it is still to be stored. */
    private String stored = "";
    /** A save that met another's wording: the choice waits in the conflict view. */
    private RowMerge<AgendaItem> waiting;
    private Consumer<List<Conflict>> onConflicts = list -> { };

    DecisionWordingViewModel(MeetingService meetings, TaskExecutor lane, ReadOnlyStringWrapper error) {
        this.meetings = meetings;
        this.lane = lane;
        this.error = error;
    }

    /**
     * Shows the wording of an item (or none), after handing over what was typed for the item before. The same item
     * read again keeps the wording typed.
     */
    void show(AgendaItem next, String heading) {
        boolean typed = typed();
        if (typed) {
            save();
        }
        boolean same = next != null && item != null && next.id().equals(item.id());
        title = heading == null ? "" : heading;
        if (!same) {
            item = next;
        }
        if (!same || !typed) {
            String kept = next == null ? null : unsaved.remove(next.id());
            text.set(kept != null ? kept : item == null ? "" : item.decisionText());
            stored = kept != null ? null : text.get();
        }
    }

    /** The item as stored, read in the lane: its wording shown unless something was typed over the copy shown. */
    void read(AgendaItem read) {
        if (read != null && item != null && item.id().equals(read.id()) && !typed()) {
            item = read;
            text.set(read.decisionText());
            stored = read.decisionText();
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
        AgendaItem base = item;
        String wording = text.get();
        AgendaItem mine;
        try {
            mine = base.withDecision(base.decision(), wording);
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return;
        }
        stored = wording;
        item = mine;
        long id = mine.id();
        String heading = title;
        BackgroundTask.of(p -> meetings.saveItem(base, mine)).onSuccess(merge -> {
            error.set("");
            boolean shown = item != null && item.id() == id;
            if (shown && item == mine) {
                item = merge.nextBase(base);
            }
            if (!merge.conflicts().isEmpty()) {
                waiting = merge;
                // Still to be stored: leaving the item asks again until the user has chosen.
                stored = shown ? null : stored;
                onConflicts.accept(merge.shown("agenda_item", String.valueOf(id), heading, base, mine));
            }
        }).onFailure(e -> {
            error.set(Localization.get("minutes.ui.decision.saveFailed", Errors.describe(e)));
            if (item != null && item.id() == id) {
                item = item == mine ? base : item;
                stored = null;
            } else {
                unsaved.putIfAbsent(id, wording);
            }
        }).executeWith(lane);
    }

    /**
     * The user chose in the conflict view: the other's wording, this one, or the merged text comes on screen and is
     * stored over the wording stored now.
     */
    void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        if (waiting != null && String.valueOf(waiting.merged().id()).equals(c.key())) {
            AgendaItem now = waiting.merged();
            waiting = null;
            boolean shown = item != null && item.id().equals(now.id());
            String wording = switch (choice) {
                case THEIRS -> now.decisionText();
                case MINE -> shown ? text.get() : c.mine();
                case MERGED -> merged;
            };
            if (shown) {
                item = now;
                text.set(wording);
                stored = null;
                save();
            } else {
                unsaved.put(now.id(), wording);
            }
        }
        after.run();
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        onConflicts = show;
    }

    StringProperty text() {
        return text;
    }
}
