package se.ledamot.ui.meetings;

import java.util.Objects;
import java.util.function.Supplier;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.task.Debouncer;

/**
 * Sammanträden's meeting form stored when typing pauses too, as in the editor: a crash loses nothing typed before the
 * pause. Only into the meeting typed for (another chosen meanwhile was handed it on leaving); whether the form is
 * stored at all is the view model's to say (nothing typed, a choice waiting, a new one without its day).
 */
final class MeetingFormPause {
    private final Debouncer pause;
    private final Supplier<Meeting> chosen;
    private final Runnable store;

    /** @param store stores the form as Spara does, quietly; run once typing pauses, while its meeting is chosen */
    MeetingFormPause(Debouncer pause, MeetingForm form, Supplier<Meeting> chosen, Runnable store) {
        this.pause = pause;
        this.chosen = chosen;
        this.store = store;
        form.onChange(this::typed);
    }

    private void typed() {
        Long typedFor = idOf(chosen.get());
        pause.schedule(() -> {
            if (Objects.equals(typedFor, idOf(chosen.get()))) {
                store.run();
            }
        });
    }

    private static Long idOf(Meeting m) {
        return m == null ? null : m.id();
    }
}
