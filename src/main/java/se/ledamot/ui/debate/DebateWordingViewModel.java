package se.ledamot.ui.debate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Decided;
import se.ledamot.domain.debate.DecidedMeanwhile;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DebateService;
import se.ledamot.service.PutAsideService;
import se.ledamot.domain.DomainException;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.sync.SavedByWords;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The decision's wording in the debate form, recorded with the decision against the copy of the item the form was
 * filled from (issue 16.5): a wording another secretary stored in the minutes meanwhile is not written over. When
 * both typed one, the decision is taken, the form keeps what was typed here and the conflict view asks (theirs, mine
 * or a merged text); the choice is stored against the item as stored then, and asked again if it met another save.
 * A choice put aside ("Välj senare") waits per item in {@link FormConflicts}, as Protokoll's and Sammanträden's item
 * forms keep theirs: the item shown again shows the wording typed here and asks again, and leaving the screen or
 * closing the window asks again, so what was typed is not lost. It is kept durably too ({@link PutAsideService}):
 * after the window was closed or the program stopped, opening Debatt asks again.
 */
final class DebateWordingViewModel {
    /** The decision recorded, and the debate as read after it. */
    private record Recorded(Decided decided, Debate after, boolean draftLeft) {
    }

    /** A decision refused as recorded meanwhile, and the debate as read after it. */
    private record Meanwhile(DecidedMeanwhile met, Debate after) {
    }

    /** The name its choices put aside are kept under. */
    static final String FORM = "debate.wording";
    private final DebateService debates;
    private final Function<Debate, String> label;
    /** The window's day, for "i dag" in who recorded a decision meanwhile. */
    private final Supplier<LocalDate> today;
    private final TaskExecutor lane;
    private final StringProperty wording;
    private final ReadOnlyStringWrapper error;
    private final FormConflicts<AgendaItem> stale = new FormConflicts<>("agenda_item", (c, base, mine, theirs) -> c);
    /** The item the form shows, or null. */
    private String shownItem;
    /** Its debate as the form was filled from it, or null: the wording typed is stored against it on a pause. */
    private Debate shownDebate;
    /** The item as its wording was last stored on leaving it ({@link #leave}); the copy the next such save is from. */
    private AgendaItem left;
    /** Per item, the wording this window stored on leaving it: hers to change again. */
    private final java.util.Map<String, String> storedHere = new java.util.HashMap<>();
    /**
     * Per item, a wording typed and not stored (one was recorded, or the save failed) and the item's name: shown
     * again with the item; closing the window names it as lost ({@link #held}).
     */
    private final java.util.Map<String, Unsaved> unsaved = new java.util.LinkedHashMap<>();

    private record Unsaved(String typed, String label) {
    }

    /** @param label names a debate's item as the screen does ("Punkt 5 Motion om …") */
    DebateWordingViewModel(DebateService debates, PutAsideService putAside, TaskExecutor lane,
            StringProperty wording, ReadOnlyStringWrapper error, Function<Debate, String> label,
            Supplier<LocalDate> today, Debouncer pause) {
        this.label = label;
        this.today = today;
        this.debates = debates;
        this.lane = lane;
        this.wording = wording;
        this.error = error;
        stale.keepIn(new KeptAside<>(putAside, FORM, lane, k -> debates.item(Long.parseLong(k)),
                KeptAside.Typed.asText(AgendaItem::withField), (k, b, m, s) -> AgendaItem.FIELDS));
        // Stored when typing pauses too, not only on leaving the item: a crash in the meeting loses nothing typed.
        wording.addListener((o, was, now) -> pause.schedule(() -> store(shownDebate, false)));
    }

    /**
     * The wordings put aside before (in a window since closed, or before a crash), met with the items as stored now
     * and asked again in the conflict view; the item shown, when it is one of them, has the wording typed then. A
     * wording kept for an item taken off the agenda since is forgotten, and the line says what it was.
     */
    void askKept() {
        stale.askKept(debates::saveWording, "debate.wording.keptAside", () -> {
            if (shownItem != null && stale.waits(shownItem)) {
                wording.set(stale.kept(shownItem).decisionText());
            }
            return false;
        }, error::set);
    }

    /**
     * Records the decision with the wording typed over the item {@code d} was read with, in the lane; {@code shown}
     * gets the debate read after it (the stored wording), then a conflict puts the typed wording back and asks.
     */
    void record(Debate d, DebateDecision taken, String typed, Consumer<Debate> shown) {
        AgendaItem base = d.item();
        BackgroundTask.of(p -> {
            Decided decided = debates.decide(base, taken, typed);
            return new Recorded(decided, debates.open(base.id()), debates.draftNotEntered(decided.matter()));
        })
                .onSuccess(r -> {
                    shown.accept(r.after());
                    met(r.decided().item(), base, base.withDecision(taken.decision(), typed),
                            label.apply(d));
                    // Decided while her answer's draft in Svar was never entered: it stays there, and she is told.
                    if (r.draftLeft() && error.get().isEmpty()) {
                        error.set(Localization.get("debate.decided.draftNotEntered"));
                    }
                })
                .onFailure(e -> {
                    if (decidedMeanwhile(e)) {
                        decidedMeanwhile(d, typed, shown);
                    } else {
                        error.set(Errors.describe(e));
                    }
                })
                .executeWith(lane);
    }

    /**
     * The form leaves {@code d}'s item (another item is chosen, the screen is left, the window closes): a wording
     * typed for an item not decided yet is stored, as Protokoll stores its wording, against the item as read, where
     * none is recorded (or the one recorded is hers from here); a wording stored meanwhile meets it in the conflict
     * view. A wording recorded in Protokoll is never written over from here: hers stays with the item while the
     * window is open, and is offered there beside the recorded one ({@link #toMinutes}).
     */
    void leave(Debate d) {
        store(d, true);
    }

    /**
     * Stores the wording as {@link #leave} does; on a pause of typing ({@code asks} false) only when no one stored
     * another meanwhile: that one waits for leaving or the decision, which say who recorded what and ask.
     */
    private void store(Debate d, boolean asks) {
        if (d == null || d.decision().isPresent() || stale.waits(key(d.item()))) {
            return;
        }
        AgendaItem base = left != null && left.id().equals(d.item().id()) ? left : d.item();
        String typed = wording.get() == null ? "" : wording.get();
        if (typed.equals(base.decisionText())) {
            unsaved.remove(key(base));
            return;
        }
        if (!base.decisionText().isBlank() && !base.decisionText().equals(storedHere.get(key(base)))) {
            unsaved.put(key(base), new Unsaved(typed, label.apply(d)));
            return;
        }
        AgendaItem mine = base.withDecision(base.decision(), typed);
        BackgroundTask.of(p -> debates.saveWording(base, mine)).onSuccess(merge -> {
            if (merge.conflicts().isEmpty()) {
                left = merge.merged();
                storedHere.put(key(base), typed);
                unsaved.remove(key(base));
            }
            if (asks) {
                met(merge, base, mine, label.apply(d));
            }
        }).onFailure(e -> {
            unsaved.put(key(base), new Unsaved(typed, label.apply(d)));
            error.set(Localization.get("debate.wording.saveFailed", Errors.describe(e)));
        }).executeWith(lane);
    }

    private static boolean decidedMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d && "debate.decision.already".equals(d.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decision was refused because another recorded one meanwhile (issue 16): the form shows the item as stored,
     * the line says what was recorded, by whom and when, and a wording typed here meets the stored one in the
     * conflict view (keep the recorded one, or store hers over it while the minutes are not justerade, kommunallagen
     * 5 kap. 69 §), kept per item till she chooses, as a wording met on recording is.
     */
    private void decidedMeanwhile(Debate d, String typed, Consumer<Debate> shown) {
        AgendaItem base = d.item();
        BackgroundTask.of(p -> new Meanwhile(debates.decidedMeanwhile(base, typed), debates.open(base.id())))
                .onSuccess(m -> {
                    shown.accept(m.after());
                    RowMerge<AgendaItem> merge = m.met().wording();
                    AgendaItem stored = merge.theirs();
                    String who = SavedByWords.who(merge.savedBy(), today.get());
                    String recorded = DecisionWords.describe(m.met().decision());
                    boolean asks = !merge.conflicts().isEmpty();
                    error.set(Localization.get(asks ? "debate.decision.meanwhile.asks" : "debate.decision.meanwhile",
                            recorded, who.isEmpty() ? Localization.get("debate.decision.meanwhile.someone") : who));
                    met(merge, stored.withDecision(stored.decision(), base.decisionText()),
                            stored.withDecision(stored.decision(), typed),
                            Localization.get("debate.decision.meanwhile.title", label.apply(d), recorded));
                })
                .onFailure(e -> error.set(Errors.describe(e)))
                .executeWith(lane);
    }

    /**
     * On the FX thread, the form shows an item's debate as read: the wording stored, the one typed here and not
     * stored while the item is not decided ({@link #leave}), or the one typed here while its choice waits, and then
     * the choice is asked again.
     */
    void shown(Debate d) {
        shownItem = key(d.item());
        shownDebate = d;
        left = null;
        Unsaved notStored = d.decision().isEmpty() ? unsaved.remove(shownItem) : null;
        if (notStored != null) {
            wording.set(notStored.typed());
        } else {
            wording.set(stale.keepAsked(shownItem, d.item()).decisionText());
        }
        if (stale.waits(shownItem)) {
            error.set(Localization.get("debate.wording.waits"));
            stale.ask();
        }
    }

    /**
     * On the FX thread, after a save of the item's texts made from {@code base}: a conflict keeps the wording typed
     * here (in the form, when it shows the item) and opens the conflict view.
     */
    private void met(RowMerge<AgendaItem> merge, AgendaItem base, AgendaItem mine, String title) {
        if (merge.conflicts().isEmpty()) {
            return;
        }
        AgendaItem kept = stale.met(key(mine), base, mine, merge, title);
        if (key(mine).equals(shownItem)) {
            wording.set(kept.decisionText());
        }
    }

    /**
     * Protokoll on the item's §, where a recorded decision and its wording are changed; the wording typed here comes
     * along when it differs from the one recorded, to be offered there, never written over it. Empty with no item.
     */
    Optional<Destination> toMinutes(Debate d) {
        if (d == null) {
            return Optional.empty();
        }
        String typed = wording.get() == null ? "" : wording.get().strip();
        return Optional.of(new Destination.MinutesOf(d.meeting().id(), d.item().id(),
                typed.isEmpty() || typed.equals(d.item().decisionText().strip()) ? null : typed));
    }

    /** The items, by name, whose wording typed here is kept only in the window (not stored). */
    List<String> held() {
        return unsaved.values().stream().map(Unsaved::label).toList();
    }

    /** Shows every choice that waits in the conflict view; false when one waits (so the wording is not stored yet). */
    boolean ask() {
        return stale.ask();
    }

    /**
     * The user chose in the conflict view: the other's wording, the one typed here or the merged text is stored over
     * the stored one, and shown in the form when it shows the item.
     */
    void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        if (stale.waits(c.key())) {
            AgendaItem kept = stale.kept(c.key());
            AgendaItem picked = choice == Resolution.MERGED
                    ? stale.choose(c, Resolution.MINE, kept.withLongText(c.field(), merged))
                    : stale.choose(c, choice, kept);
            if (c.key().equals(shownItem)) {
                wording.set(picked.decisionText());
                error.set("");
            }
            FormConflicts.Settled<AgendaItem> next = stale.settled(c.key(), null);
            if (next != null && !next.chosen().decisionText().equals(next.copy().decisionText())) {
                stale.storeAside(c.key(), next, c.title(), debates::saveWording, lane, () -> { },
                        e -> error.set(Localization.get("debate.wording.saveFailed", Errors.describe(e))));
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

    private static String key(AgendaItem item) {
        return String.valueOf(item.id());
    }
}
