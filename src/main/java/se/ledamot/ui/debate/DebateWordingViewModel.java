package se.ledamot.ui.debate;

import java.util.List;
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
 */
final class DebateWordingViewModel {
    /** A wording that met another's: what is stored now, the item as this form meant to store it, its heading. */
    private record Waiting(RowMerge<AgendaItem> merge, AgendaItem mine, String title) {
    }

    private final DebateService debates;
    private final TaskExecutor lane;
    private final StringProperty wording;
    private final ReadOnlyStringWrapper error;
    /** The decision recorded, and the debate as read after it. */
    private record Recorded(Decided decided, Debate after) {
    }

    private Waiting waiting;
    private Consumer<List<Conflict>> onConflicts = list -> { };

    DebateWordingViewModel(DebateService debates, TaskExecutor lane, StringProperty wording,
            ReadOnlyStringWrapper error) {
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
                            "§ " + base.number() + " " + d.matter().title());
                })
                .onFailure(e -> error.set(Errors.describe(e)))
                .executeWith(lane);
    }

    /**
     * On the FX thread, after a save of the item's texts made from {@code base}: a conflict keeps the wording typed
     * here in the form and opens the conflict view.
     */
    private void met(RowMerge<AgendaItem> merge, AgendaItem base, AgendaItem mine, String title) {
        if (merge.conflicts().isEmpty()) {
            return;
        }
        waiting = new Waiting(merge, mine, title);
        wording.set(mine.decisionText());
        onConflicts.accept(merge.shown("agenda_item", String.valueOf(mine.id()), title, base, mine));
    }

    /**
     * The user chose in the conflict view: the other's wording comes into the form; this form's (as on screen now)
     * or the merged text is stored over the stored one.
     */
    void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        Waiting w = waiting;
        if (w != null && c.key().equals(String.valueOf(w.mine().id()))) {
            waiting = null;
            AgendaItem stored = w.merge().merged();
            AgendaItem chosen = switch (choice) {
                case THEIRS -> stored;
                case MINE -> stored.withDecision(stored.decision(), wording.get());
                case MERGED -> stored.withLongText(c.field(), merged);
            };
            wording.set(chosen.decisionText());
            if (chosen != stored) {
                BackgroundTask.of(p -> debates.saveWording(stored, chosen))
                        .onSuccess(again -> met(again, stored, chosen, w.title()))
                        .onFailure(e -> error.set(Localization.get("debate.wording.saveFailed", Errors.describe(e))))
                        .executeWith(lane);
            }
        }
        after.run();
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        onConflicts = show;
    }
}
