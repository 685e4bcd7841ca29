package se.ledamot.ui.debate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Decided;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DebateService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The decision's wording in the debate form, recorded with the decision against the copy of the item the form was
 * filled from (issue 16.5): a wording another secretary stored in the minutes meanwhile is not written over. When
 * both typed one, the decision is taken, the form keeps what was typed here and the conflict view asks (theirs, mine
 * or a merged text); the choice is stored against the item as stored then, and asked again if it met another save.
 * A choice put aside ("Välj senare") waits here, per item, as the minutes' forms keep theirs ({@code FormConflicts}):
 * the item shown again shows the wording typed here and asks again, and leaving the screen or closing the window asks
 * again, so what was typed is not lost.
 */
final class DebateWordingViewModel {
    /** A wording that met another's: what is stored now, the copy it was typed over, this form's item, its heading. */
    private record Waiting(RowMerge<AgendaItem> merge, AgendaItem base, AgendaItem mine, String title) {
        List<Conflict> conflicts() {
            return merge.shown("agenda_item", String.valueOf(mine.id()), title, base, mine);
        }
    }

    /** The decision recorded, and the debate as read after it. */
    private record Recorded(Decided decided, Debate after) {
    }

    private final DebateService debates;
    private final java.util.function.Function<Debate, String> label;
    private final TaskExecutor lane;
    private final StringProperty wording;
    private final ReadOnlyStringWrapper error;
    /** Per item, the wording whose choice waits, in the order met. */
    private final Map<Long, Waiting> waiting = new LinkedHashMap<>();
    /** The item the form shows, or null. */
    private Long shownItem;
    private Consumer<List<Conflict>> onConflicts = list -> { };

    /** @param label names a debate's item as the screen does ("Punkt 5 Motion om …") */
    DebateWordingViewModel(DebateService debates, TaskExecutor lane, StringProperty wording,
            ReadOnlyStringWrapper error, java.util.function.Function<Debate, String> label) {
        this.label = label;
        this.debates = debates;
        this.lane = lane;
        this.wording = wording;
        this.error = error;
    }

    /**
     * Records the decision with the wording typed over the item {@code d} was read with, in the lane; {@code shown}
     * gets the debate read after it (the stored wording), then a conflict puts the typed wording back and asks.
     */
    void record(Debate d, DebateDecision taken, String typed, Consumer<Debate> shown) {
        AgendaItem base = d.item();
        BackgroundTask.of(p -> new Recorded(debates.decide(base, taken, typed), debates.open(base.id())))
                .onSuccess(r -> {
                    shown.accept(r.after());
                    met(r.decided().item(), base, base.withDecision(taken.decision(), typed),
                            label.apply(d));
                })
                .onFailure(e -> error.set(Errors.describe(e)))
                .executeWith(lane);
    }

    /**
     * On the FX thread, the form shows an item's debate as read: the wording stored, or the one typed here while its
     * choice waits, and then the choice is asked again.
     */
    void shown(Debate d) {
        shownItem = d.item().id();
        Waiting w = waiting.get(shownItem);
        wording.set(w == null ? d.item().decisionText() : w.mine().decisionText());
        if (w != null) {
            error.set(Localization.get("debate.wording.waits"));
            ask();
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
        waiting.put(mine.id(), new Waiting(merge, base, mine, title));
        if (mine.id().equals(shownItem)) {
            wording.set(mine.decisionText());
        }
        ask();
    }

    /** Shows every choice that waits in the conflict view; false when one waits (so the wording is not stored yet). */
    boolean ask() {
        if (waiting.isEmpty()) {
            return true;
        }
        List<Conflict> all = new ArrayList<>();
        waiting.values().forEach(w -> all.addAll(w.conflicts()));
        onConflicts.accept(all);
        return false;
    }

    /**
     * The user chose in the conflict view: the other's wording, the one typed here or the merged text is stored over
     * the stored one, and shown in the form when it shows the item.
     */
    void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        Waiting w = waiting.remove(Long.valueOf(c.key()));
        if (w != null) {
            AgendaItem stored = w.merge().merged();
            AgendaItem chosen = switch (choice) {
                case THEIRS -> stored;
                case MINE -> stored.withDecision(stored.decision(), w.mine().decisionText());
                case MERGED -> stored.withLongText(c.field(), merged);
            };
            if (chosen.id().equals(shownItem)) {
                wording.set(chosen.decisionText());
                error.set("");
            }
            if (chosen != stored) {
                BackgroundTask.of(p -> debates.saveWording(stored, chosen))
                        .onSuccess(again -> met(again, stored, chosen, w.title()))
                        .onFailure(e -> {
                            // Kept to be asked again: the text typed is not lost with the failed save.
                            waiting.putIfAbsent(chosen.id(), w);
                            error.set(Localization.get("debate.wording.saveFailed", Errors.describe(e)));
                        })
                        .executeWith(lane);
            }
        }
        after.run();
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        onConflicts = show;
    }
}
