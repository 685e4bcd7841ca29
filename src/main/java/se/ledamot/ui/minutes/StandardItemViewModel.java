package se.ledamot.ui.minutes;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * A standard item chosen in Protokoll's list that the agenda does not hold yet ("Upprop", "Val av justerare"): put on
 * the agenda where the list has it, in the screen's lane, so that what the secretary notes on it is kept as on any
 * item; then the list is read again and shows it with its agenda item, under the same number.
 */
final class StandardItemViewModel {
    private final PaperService papers;
    private final TaskExecutor lane;
    private final ReadOnlyObjectProperty<Meeting> meeting;
    private final ReadOnlyStringWrapper error;
    private final Runnable reread;
    /** The number being put on, so that choosing it again meanwhile puts it on once. */
    private Integer putting;

    StandardItemViewModel(PaperService papers, TaskExecutor lane, ReadOnlyObjectProperty<Meeting> meeting,
            ReadOnlyStringWrapper error, Runnable reread) {
        this.papers = papers;
        this.lane = lane;
        this.meeting = meeting;
        this.error = error;
        this.reread = reread;
    }

    void put(EntryRow row) {
        Meeting m = meeting.get();
        if (m == null || row.item() != null || Integer.valueOf(row.number()).equals(putting)) {
            return;
        }
        putting = row.number();
        BackgroundTask.of(p -> papers.putOnAgenda(m.id(), row.number())).onSuccess(item -> {
            putting = null;
            if (m.equals(meeting.get())) {
                reread.run();
            }
        }).onFailure(e -> {
            putting = null;
            error.set(Errors.describe(e));
        }).executeWith(lane);
    }
}
