package se.ledamot.ui.minutes;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.task.Debouncer;

/**
 * Protokoll's meeting part stored when typing pauses too, as in the editor: a crash loses nothing typed before the
 * pause. Only for the meeting typed for (another chosen meanwhile was handed it on leaving), once it is read; not
 * while a date typed is refused (its words stay, nothing half right is stored) or a choice waits on the meeting (the
 * conflict view would come back at every pause).
 */
final class MeetingTyping {
    private final Debouncer pause;
    private final MeetingMinutesForm form;
    private final Supplier<Meeting> chosen;
    private final Predicate<Meeting> read;
    private final Predicate<Meeting> waits;
    private final Consumer<Meeting> store;
    /** The words on a date typed that is no date; "" when none is. */
    private String dateRefused = "";

    /**
     * @param read  whether the meeting's minutes are read, to be met with
     * @param waits whether a choice waits on the meeting
     * @param store stores the form for the meeting, through the form's own save
     */
    MeetingTyping(Debouncer pause, MeetingMinutesForm form, Supplier<Meeting> chosen, Predicate<Meeting> read,
            Predicate<Meeting> waits, Consumer<Meeting> store) {
        this.pause = pause;
        this.form = form;
        this.chosen = chosen;
        this.read = read;
        this.waits = waits;
        this.store = store;
        form.onChange(this::typed);
    }

    private void typed() {
        Meeting typedFor = chosen.get();
        pause.schedule(() -> paused(typedFor));
    }

    private void paused(Meeting typedFor) {
        if (typedFor == null || !typedFor.equals(chosen.get()) || !form.typed() || !dateRefused.isEmpty()
                || waits.test(typedFor)) {
            return;
        }
        if (read.test(typedFor)) {
            store.accept(typedFor);
        } else {
            pause.schedule(() -> paused(typedFor)); // still being read: stored at a pause after the read
        }
    }

    /** Words on a date typed that is no date, "" once it is typed right: what waited for it is stored then. */
    void dateRefused(String why) {
        boolean wasRefused = !dateRefused.isEmpty();
        dateRefused = why;
        if (wasRefused && why.isEmpty()) {
            typed();
        }
    }
}
