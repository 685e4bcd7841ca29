package se.ledamot.ui.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.ItemMinutesMerge;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.service.PaperService;
import se.ledamot.service.PutAsideService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * Keeps the record of the item shown: what is shown, what is stored, and its reads and writes in the screen's lane,
 * after the writes before them (the attendance the record is checked against included), so the FX thread never waits
 * for the disk. A change is checked by the domain at once (a refusal is said and hands nothing over), shown at once,
 * and stored in the background against the copy it was made from (optimistic locking, issue 16.5): what another
 * secretary stored meanwhile comes into the record, and a field or list both changed waits for the user's choice in
 * the conflict view. A write that fails is said and the record goes back to what is stored. A choice put aside
 * ("Välj senare") is kept on disk too ({@link PutAsideService}, the record whole): after the window was closed or the
 * program stopped, opening Protokoll asks again; a record kept for an item taken off the agenda since is forgotten.
 */
final class ItemRecordViewModel {
    /** The name its choices put aside are kept under. */
    static final String FORM = "minutes.record";
    /** What the screen does with a record read or shown. */
    interface Shown {
        /** The record to show now (null: none). */
        void record(ItemMinutes record);

        /** An item's record and its agenda item as read; {@code first} when nothing was shown for it yet. */
        void read(ItemMinutes record, AgendaItem item, boolean first);
    }

    private final PaperService papers;
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final ObservableList<Attendee> attendees;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyObjectProperty<EntryRow> entry;
    private final Shown shown;
    private final FormConflicts<ItemMinutes> stale = new FormConflicts<>("item_minutes", ItemConflicts::readable);

    /** The record as shown: what is stored and the changes handed over after it; null until it is read. */
    private ItemMinutes current;
    /** The record of the item shown as last read or written: shown again when a write fails. */
    private ItemMinutes stored;
    /** The copy the next write was made from; it moves on to what is sent at once (issue 16.5). */
    private ItemMinutes copy;
    /** Per item, the changes handed over and not yet ended: a read does not replace what they will store. */
    private final Map<Long, Integer> pending = new HashMap<>();

    ItemRecordViewModel(PaperService papers, MeetingService meetings, PutAsideService putAside, TaskExecutor lane,
            ObservableList<Attendee> attendees, ReadOnlyStringWrapper error,
            ReadOnlyObjectProperty<EntryRow> entry, Shown shown) {
        this.papers = papers;
        this.meetings = meetings;
        this.lane = lane;
        this.attendees = attendees;
        this.error = error;
        this.entry = entry;
        this.shown = shown;
        stale.keepIn(new KeptAside<>(putAside, FORM, lane, k -> meetings.item(Long.parseLong(k)).map(i -> Objects
                .requireNonNullElse(papers.itemMinutes(i.id()), ItemMinutes.empty(i.id()))),
                KeptAside.Typed.whole(putAside.rows(ItemMinutes.class), (k, b, m, s) -> ItemMinutesMerge.FIELDS),
                (k, b, m, s) -> ItemMinutesMerge.FIELDS));
    }

    /**
     * The records put aside before (in a window since closed, or before a crash), met with the records as stored now
     * and asked again; the item shown, when it is one of them and nothing of it is on its way, shows the record as
     * typed then. {@code say} gets the line.
     */
    void askKept(Consumer<String> say) {
        stale.askKept(papers::saveItemMinutes, "minutes.ui.record.keptAside", () -> {
            String key = String.valueOf(shownItem());
            if (current != null && stale.waits(key) && pending.getOrDefault(shownItem(), 0) == 0) {
                copy = stale.copyOf(key, stored);
                display(stale.keepAsked(key, stored));
            }
            return false;
        }, say);
    }

    /** The items whose record waits for a choice put aside, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return stale.waitingAside();
    }

    ItemMinutes current() {
        return current;
    }

    /** Another item is chosen: nothing is shown until its record is read. */
    void leave() {
        stored = null;
        copy = null;
        display(null);
    }

    /** An item's record and its decision's wording, as stored. */
    private record Read(ItemMinutes minutes, AgendaItem item) {
    }

    /**
     * Reads an item's record in the lane and shows it: at once when none is shown yet, otherwise only when no change
     * made since is still to be stored (it will store a newer record than this read).
     */
    void read(long itemId, boolean sayFailure) {
        BackgroundTask.of(p -> new Read(Objects.requireNonNullElse(papers.itemMinutes(itemId),
                ItemMinutes.empty(itemId)), meetings.item(itemId).orElse(null))).onSuccess(read -> {
            boolean first = current == null;
            if (shownItem() != itemId || !first && pending.getOrDefault(itemId, 0) > 0) {
                return;
            }
            stored = read.minutes();
            // A choice still asked keeps this side's values on screen, and the copy they were made from.
            String key = String.valueOf(itemId);
            copy = stale.copyOf(key, stored);
            display(stale.keepAsked(key, stored));
            shown.read(current, read.item(), first);
        }).onFailure(e -> {
            if (sayFailure) {
                error.set(Errors.describe(e));
            }
        }).executeWith(lane);
    }

    private long shownItem() {
        EntryRow row = entry.get();
        return row == null || row.item() == null ? -1 : row.item().id();
    }

    /**
     * Checks a change against the attendance, shows it and hands it to the lane. False (and said why) when the domain
     * refuses it: nothing is then handed over. When the write fails, {@code failed} runs, the record last stored is
     * shown again and read once more (the truth, after the writes queued behind it).
     */
    boolean change(UnaryOperator<ItemMinutes> how, Runnable failed) {
        if (current == null) {
            return false;
        }
        ItemMinutes next;
        try {
            next = how.apply(current);
            if (!attendees.isEmpty()) {
                next.check(new Attendance(List.copyOf(attendees)));
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
        display(next);
        error.set("");
        long id = next.itemId();
        String title = entry.get().toString();
        ItemMinutes base = copy;
        copy = next;
        pending.merge(id, 1, Integer::sum);
        BackgroundTask.of(p -> papers.saveItemMinutes(base, next)).onSuccess(merge -> {
            boolean last = ended(id);
            if (shownItem() != id) {
                return;
            }
            copy = copy == next ? merge.nextBase(base) : copy;
            stored = merge.merged();
            if (merge.conflicts().isEmpty()) {
                stale.saved(String.valueOf(id));
            }
            ItemMinutes asked = merge.conflicts().isEmpty() ? stale.keepAsked(String.valueOf(id), stored)
                    : stale.met(String.valueOf(id), base, next, merge, title);
            if (last || !merge.conflicts().isEmpty()) {
                display(asked);
            }
        }).onFailure(e -> {
            error.set(Localization.get("minutes.ui.item.saveFailed", Errors.describe(e)));
            failed.run();
            if (ended(id)) {
                copy = stored;
                display(stored);
                read(id, false);
            }
        }).executeWith(lane);
        return true;
    }

    /** A change of an item has ended; true when it was the last one still to end for the item shown. */
    private boolean ended(long itemId) {
        int left = pending.merge(itemId, -1, Integer::sum);
        return left == 0 && shownItem() == itemId;
    }

    private void display(ItemMinutes record) {
        current = record;
        shown.record(record);
    }

    /**
     * The user chose in the conflict view: the stored value comes into the record, or this side's stays; once every
     * field is chosen the record is stored again from a copy holding the stored values, so the choice is what is sent.
     * An item not shown (its choice put aside) is stored from the values kept for it.
     */
    void choose(Conflict c, Resolution choice, Runnable after) {
        String key = c.key();
        boolean shown = current != null && String.valueOf(shownItem()).equals(key);
        ItemMinutes chosen = stale.waits(key) ? stale.choose(c, choice, shown ? current : stale.kept(key)) : null;
        if (chosen != null) {
            FormConflicts.Settled<ItemMinutes> next = stale.settled(key, shown ? copy : null);
            if (shown) {
                display(chosen);
            }
            if (next != null && shown) {
                copy = next.copy();
                change(UnaryOperator.identity(), () -> { });
            } else if (next != null) {
                stale.storeAside(key, next, c.title(), papers::saveItemMinutes, lane, () -> { },
                        e -> error.set(Localization.get("minutes.ui.item.saveFailed", Errors.describe(e))));
            }
        }
        after.run();
    }

    /** Whether a choice waits on the item's record. */
    boolean waits(long itemId) {
        return stale.waits(String.valueOf(itemId));
    }

    /** The records whose choice waits, as the conflict view asks them. */
    List<Conflict> waiting() {
        return stale.waiting();
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }
}
