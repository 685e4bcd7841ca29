package se.ledamot.ui.debate;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.service.DebateService;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The open item's list of speakers follows others' saves (issue 16, a window on the server): read again in the lane,
 * after the changes made here, it comes into the list with the chosen speaker still chosen. Notes typed for that
 * speaker and not saved stay in the field, and the speaker stays as read before, in the list and in the copy saves
 * start from: saving them meets the other's change of that speaker in the conflict view, never over it.
 */
final class FollowedSpeakersViewModel {
    final ObjectProperty<Speaker> chosen = new SimpleObjectProperty<>();
    private final DebateService debates;
    private final TaskExecutor lane;
    private final SpeakerConflicts stale;
    private final List<Speaker> shown;
    private final StringProperty speechText;

    FollowedSpeakersViewModel(DebateService debates, TaskExecutor lane, SpeakerConflicts stale, List<Speaker> shown,
            StringProperty speechText) {
        this.debates = debates;
        this.lane = lane;
        this.stale = stale;
        this.shown = shown;
        this.speechText = speechText;
    }

    /**
     * Reads the list of the debate shown (none: nothing to read) and shows what is kept, unless {@code still} says
     * the screen moved on or changed the list meanwhile, nothing changed, or a choice waits on the item.
     */
    void readAgain(Debate d, BooleanSupplier still, Consumer<List<Speaker>> show) {
        if (d == null) {
            return;
        }
        long itemId = d.item().id();
        BackgroundTask.of(p -> debates.open(itemId).speakers().speakers())
                .onSuccess(stored -> {
                    Speaker was = chosen.get();
                    String typed = speechText.get();
                    boolean typing = was != null && !typed.equals(was.text());
                    List<Speaker> keep = stored.stream()
                            .map(s -> typing && Speaker.sameTurn(s, was) ? was : s).toList();
                    if (!still.getAsBoolean() || keep.equals(shown) || stale.waits(itemId)) {
                        return;
                    }
                    stale.read(itemId, keep);
                    show.accept(keep);
                    chosen.set(was == null ? null
                            : keep.stream().filter(s -> Speaker.sameTurn(s, was)).findFirst().orElse(null));
                    if (typing) {
                        speechText.set(typed);
                    }
                })
                .executeWith(lane);
    }
}
