package se.ledamot.ui.minutes;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * One § of a meeting asked for from another screen (Debatt's "Öppna § i protokollet"): the meeting is chosen (or read
 * again), and once its items are read the § is chosen and its tab shown, with the wording brought along offered
 * beside the one recorded ({@link DecisionWordingViewModel#offer}).
 */
final class ParagraphOpeningViewModel {
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final ObjectProperty<Meeting> meeting;
    private final ObservableList<Meeting> choices;
    private final Runnable reread;
    private final ReadOnlyStringWrapper error;
    /** The agenda item asked for, until a read of its meeting has it. */
    private Long wanted;
    private Runnable onOpened = () -> { };

    ParagraphOpeningViewModel(MeetingService meetings, TaskExecutor lane, ObjectProperty<Meeting> meeting,
            ObservableList<Meeting> choices, Runnable reread, ReadOnlyStringWrapper error) {
        this.meetings = meetings;
        this.lane = lane;
        this.meeting = meeting;
        this.choices = choices;
        this.reread = reread;
        this.error = error;
    }

    /** Chooses the meeting (as in its list when it is there), or reads it again when it is the one shown. */
    void open(long meetingId, long itemId) {
        wanted = itemId;
        BackgroundTask.of(p -> meetings.find(meetingId)).onSuccess(found -> found.ifPresent(m -> {
            if (meeting.get() != null && meeting.get().id().equals(m.id())) {
                reread.run();
            } else {
                meeting.set(choices.stream().filter(c -> c.id().equals(m.id())).findFirst().orElse(m));
            }
        })).onFailure(e -> error.set(Errors.describe(e))).executeWith(lane);
    }

    /** The row to show after a read: the one asked for when the read has it (its tab shown); else the one shown. */
    EntryRow after(List<EntryRow> rows, EntryRow shown) {
        EntryRow asked = rows.stream().filter(r -> r.item() != null && r.item().id().equals(wanted)).findFirst()
                .orElse(null);
        if (asked != null) {
            wanted = null;
            onOpened.run();
            return asked;
        }
        return shown == null ? null : rows.stream().filter(r -> r.number() == shown.number()).findFirst().orElse(null);
    }

    /** What the view does when the § asked for is chosen: shows the tab of the §§. */
    void setOnOpened(Runnable show) {
        onOpened = show;
    }
}
