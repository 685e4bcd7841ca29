package se.ledamot.ui.debate;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.service.DebateService;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The open item's debate follows others' saves (issue 16, a window on the server): read again in the lane, after the
 * changes made here. The list of speakers comes in with the chosen speaker still chosen; notes typed for that speaker
 * and not saved stay in the field, and the speaker stays as read before, in the list and in the copy saves start
 * from: saving them meets the other's change of that speaker in the conflict view, never over it. The decision form
 * (the decision taken and its wording) comes in while nothing is typed in it; with anything typed (a decision chosen,
 * a reason, a wording) it keeps the item as read before, so the wording is compared on recording and a decision
 * taken meanwhile is refused in words, never written over.
 */
final class FollowedDebateViewModel {
    final ObjectProperty<Speaker> chosen = new SimpleObjectProperty<>();
    private final DebateService debates;
    private final TaskExecutor lane;
    private final SpeakerConflicts stale;
    private final List<Speaker> shown;
    private final StringProperty speechText;
    private final ChosenDecisions choice;
    private final StringProperty wording;

    FollowedDebateViewModel(DebateService debates, TaskExecutor lane, SpeakerConflicts stale, List<Speaker> shown,
            StringProperty speechText, ChosenDecisions choice, StringProperty wording) {
        this.debates = debates;
        this.lane = lane;
        this.stale = stale;
        this.shown = shown;
        this.speechText = speechText;
        this.choice = choice;
        this.wording = wording;
    }

    /**
     * Reads the debate shown (none: nothing to read) and shows what is kept, unless {@code still} says the screen
     * moved on or changed the list meanwhile: {@code showAll} when the decision form follows, else {@code showList}
     * when the list changed and no choice waits on it.
     */
    void readAgain(Debate d, BooleanSupplier still, Consumer<Debate> showAll, Consumer<List<Speaker>> showList) {
        if (d == null) {
            return;
        }
        long itemId = d.item().id();
        BackgroundTask.of(p -> debates.open(itemId))
                .onSuccess(stored -> {
                    if (!still.getAsBoolean()) {
                        return;
                    }
                    Speaker was = chosen.get();
                    String typed = speechText.get();
                    boolean typing = was != null && !typed.equals(was.text());
                    boolean listWaits = stale.waits(itemId);
                    List<Speaker> keep = listWaits ? List.copyOf(shown) : stored.speakers().speakers().stream()
                            .map(s -> typing && Speaker.sameTurn(s, was) ? was : s).toList();
                    boolean form = !formTyped(d) && (!stored.item().equals(d.item())
                            || !stored.decision().equals(d.decision()));
                    if (!form && keep.equals(shown)) {
                        return;
                    }
                    if (!listWaits) {
                        stale.read(itemId, keep);
                    }
                    if (form) {
                        showAll.accept(stored.withSpeakers(new SpeakerList(stored.matter(),
                                stored.speakers().limits(), keep)));
                    } else {
                        showList.accept(keep);
                    }
                    chosen.set(was == null ? null
                            : keep.stream().filter(s -> Speaker.sameTurn(s, was)).findFirst().orElse(null));
                    if (typing) {
                        speechText.set(typed);
                    }
                })
                .executeWith(lane);
    }

    /** True when the decision form holds anything typed or chosen here (a wording put aside counts as typed). */
    private boolean formTyped(Debate d) {
        return choice.decision.get() != null || !choice.reason.get().isEmpty()
                || !wording.get().equals(d.item().decisionText());
    }
}
