package se.ledamot.ui.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The decision's wording of the item shown, as the minutes print it (the decision itself is chosen beside it, {@link
 * ItemDecisionViewModel}).
 * Stored in the screen's lane against the copy of the item the wording was typed over (optimistic locking, issue
 * 16.5), so a decision taken meanwhile is not undone, and a wording another secretary stored meanwhile is not written
 * over: the conflict view shows both, with a merged text, and the choice is stored. A choice put aside ("Välj
 * senare") waits per item in {@link FormConflicts}, as in Debatt: the item shown again has the wording typed here, a
 * line saying it is not stored, and the choice is asked again, as it is before the screen is left or the window
 * closes. The choice put aside is kept durably too ({@link se.ledamot.service.PutAsideService}): after the window was
 * closed or the program stopped, opening the screen asks again, and the item shows the wording typed here. What is
 * typed is stored when typing pauses, another item is chosen or the screen is left; a wording that could not be
 * stored is kept for its item and shown again with it.
 */
final class DecisionWordingViewModel {
    /** The name its choices put aside are kept under. */
    static final String FORM = "minutes.wording";
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final ReadOnlyStringWrapper error;
    /** Says a save's notice, as other screens do (in place of the one before; gone when she moves on). */
    private final Consumer<String> notice;
    private final StringProperty text = new SimpleStringProperty("");
    private final FormConflicts<AgendaItem> stale = new FormConflicts<>("agenda_item", (c, base, mine, theirs) -> c);
    /** Wordings that could not be stored, per item. */
    private final Map<Long, String> unsaved = new HashMap<>();
    /** The item shown, as last read or stored: the copy the next save is made from. */
    private AgendaItem item;
    private String title = "";
    /** The wording stored, handed over or waiting for a choice; null when it is still to be stored. */
    private String stored = "";
    private final ReadOnlyObjectWrapper<Suggestion> suggestion = new ReadOnlyObjectWrapper<>();
    /** The standard item's usual wording, offered while nothing better is. */
    private String usual;
    /** A wording brought from Debatt for one item, offered when that item is shown, until another is. */
    private Offer offered;

    /** A wording offered beside the field: the protokoll's usual one for a standard item, or one typed in Debatt. */
    record Suggestion(String text, boolean fromDebate) {
    }

    private record Offer(long itemId, String text, boolean seen) {
    }

    DecisionWordingViewModel(AppContext context, TaskExecutor lane, ReadOnlyStringWrapper error) {
        this.meetings = context.services().meetings();
        this.notice = context.dialogs()::notifySaved;
        this.lane = lane;
        this.error = error;
        stale.keepIn(new KeptAside<>(context.services().putAside(), FORM, lane,
                k -> meetings.item(Long.parseLong(k)),
                KeptAside.Typed.asText(AgendaItem::withField), (k, b, m, s) -> AgendaItem.FIELDS));
        // Stored when typing pauses too, as in the editor: a crash loses nothing typed before the pause. Not while a
        // choice waits on the item: the conflict view would come back at every pause of her typing.
        Debouncer pause = context.newDebouncer();
        text.addListener((o, was, now) -> pause.schedule(() -> {
            if (item != null && !stale.waits(key(item))) {
                handOver();
            }
        }));
    }

    /**
     * The wordings put aside before (in a window since closed, or before a crash), met with the items as stored now:
     * asked again in the conflict view, and the item shown, when it is one of them, has the wording typed then. A
     * wording kept for an item taken off the agenda since is forgotten, and the line says what it was.
     */
    void askKept() {
        stale.askKept(meetings::saveItem, "minutes.ui.decision.keptAside", () -> {
            boolean shownWaits = item != null && stale.waits(key(item)) && !typed();
            if (shownWaits) {
                item = stale.copyOf(key(item), item);
                fill(null);
                error.set(Localization.get("minutes.ui.item.waits"));
            }
            return shownWaits;
        }, this::sayFirst);
    }

    /**
     * Says a line about the choices kept from before. The screen's first read of its meeting, coming back after it,
     * clears the line (the read went well): the line is said again then, once, so it is seen.
     */
    void sayFirst(String line) {
        error.set(line);
        error.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> o, String was, String now) {
                error.removeListener(this);
                if (now.isEmpty()) {
                    error.set(line);
                }
            }
        });
    }

    /**
     * Shows the wording of an item (or none), after handing over what was typed for the item before. The same item
     * read again keeps the wording typed; an item whose choice waits shows the wording typed here.
     */
    void show(AgendaItem next, String heading, String usualWording) {
        boolean typed = typed();
        if (typed) {
            save();
        }
        boolean same = next != null && item != null && next.id().equals(item.id());
        title = heading == null ? "" : heading;
        if (!same) {
            item = next == null ? null : stale.copyOf(key(next), next);
        }
        if (!same || !typed) {
            String kept = next == null ? null : unsaved.remove(next.id());
            fill(kept);
        }
        if (!same && offered != null && offered.seen()) {
            offered = null;
        }
        usual = usualWording;
        suggest();
    }

    /** Offers, for the item when it is shown, the wording typed in Debatt (never put in the field unasked). */
    void offer(long itemId, String wording) {
        offered = wording == null || wording.isBlank() ? null : new Offer(itemId, wording.strip(), false);
        suggest();
    }

    private void suggest() {
        if (item != null && offered != null && offered.itemId() == item.id()) {
            offered = new Offer(offered.itemId(), offered.text(), true);
            suggestion.set(new Suggestion(offered.text(), true));
        } else {
            suggestion.set(item == null || usual == null ? null : new Suggestion(usual, false));
        }
    }

    /** The wording offered is taken into the field, one click, and handed over to be stored; hers to edit then. */
    void takeSuggestion() {
        Suggestion s = suggestion.get();
        if (s != null && item != null) {
            text.set(s.text());
            save();
        }
    }

    /** Hands the wording typed over to be stored, unless it is stored already. */
    void handOver() {
        if (typed()) {
            save();
        }
    }

    /** Puts the item's wording on screen: {@code unsaved} (still to be stored), this side's while a choice waits. */
    private void fill(String unsavedText) {
        if (unsavedText != null) {
            text.set(unsavedText);
            stored = null;
        } else {
            text.set(item == null ? "" : stale.keepAsked(key(item), item).decisionText());
            stored = text.get();
        }
    }

    /** The item as stored, read in the lane: its wording shown unless something was typed over the copy shown. */
    void read(AgendaItem read) {
        if (read != null && item != null && item.id().equals(read.id()) && !typed()) {
            item = stale.copyOf(key(read), read);
            fill(null);
        }
    }

    /** Whether the wording on screen differs from what is stored or handed over. */
    boolean typed() {
        return item != null && !text.get().equals(stored);
    }

    /** Hands the wording over to be stored; a wording the item cannot hold is refused at once. */
    void save() {
        save(false);
    }

    /** Spara beslutet: as {@link #save()}, and says so once stored; a conflict or a failure says its own. */
    void saveAndSay() {
        save(true);
    }

    private void save(boolean say) {
        if (item == null) {
            return;
        }
        AgendaItem base = item;
        AgendaItem mine;
        try {
            mine = base.withDecision(base.decision(), text.get());
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return;
        }
        stored = mine.decisionText();
        item = mine;
        store(base, mine, title, say);
    }

    /** Stores {@code mine} over {@code base} in the lane; a conflict waits for the user's choice, per item. */
    private void store(AgendaItem base, AgendaItem mine, String heading, boolean say) {
        long id = mine.id();
        String key = key(mine);
        BackgroundTask.of(p -> meetings.saveItem(base, mine)).onSuccess(merge -> {
            error.set("");
            if (item != null && item == mine) {
                item = merge.nextBase(base);
            }
            if (!merge.conflicts().isEmpty()) {
                stale.met(key, base, mine, merge, heading);
                return;
            }
            stale.saved(key);
            if (!mine.decisionText().equals(base.decisionText())) {
                stale.stored(key);
            }
            if (say) {
                // Names the § (its title's wide gap made one space), so a notice read after moving on is not taken
                // for the § shown.
                notice.accept(Localization.get("minutes.ui.decision.saved", heading.replaceAll("\\s+", " ")));
            }
        }).onFailure(e -> {
            error.set(Localization.get("minutes.ui.decision.saveFailed", Errors.describe(e)));
            if (item != null && item.id() == id) {
                item = item == mine ? base : item;
                stored = null;
            } else {
                unsaved.putIfAbsent(id, mine.decisionText());
            }
        }).executeWith(lane);
    }

    /** Whether a choice waits on the item's wording. */
    boolean waits(long itemId) {
        return stale.waits(String.valueOf(itemId));
    }

    /** The wordings whose choice waits, as the conflict view asks them. */
    List<Conflict> waiting() {
        return stale.waiting();
    }

    /**
     * The user chose in the conflict view: the other's wording, this one, or the merged text is stored over the
     * wording stored now, and comes on screen when the item is shown; an item not shown is stored from the wording
     * kept for it.
     */
    void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        if (stale.waits(c.key())) {
            boolean shown = item != null && key(item).equals(c.key());
            AgendaItem values = shown ? item.withDecision(item.decision(), text.get()) : stale.kept(c.key());
            AgendaItem picked = choice == Resolution.MERGED
                    ? stale.choose(c, Resolution.MINE, values.withLongText(c.field(), merged))
                    : stale.choose(c, choice, values);
            FormConflicts.Settled<AgendaItem> next = stale.settled(c.key(), shown ? item : null);
            if (shown) {
                text.set(picked.decisionText());
                error.set("");
            }
            if (next != null && shown) {
                item = next.copy();
                stored = null;
                save();
            } else if (next != null) {
                stale.storeAside(c.key(), next, c.title(), meetings::saveItem, lane, () -> { },
                        e -> error.set(Localization.get("minutes.ui.decision.saveFailed", Errors.describe(e))));
            }
        }
        after.run();
    }

    /** The items whose wording waits for a choice put aside, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return stale.waitingAside();
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    StringProperty text() {
        return text;
    }

    ReadOnlyObjectProperty<Suggestion> suggestion() {
        return suggestion.getReadOnlyProperty();
    }

    private static String key(AgendaItem i) {
        return String.valueOf(i.id());
    }
}
