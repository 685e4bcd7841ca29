package se.ledamot.ui.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;

/**
 * What the meeting form keeps of her typing when the meetings are read again under it: after another's save (the
 * fields typed keep the typing, the rest show what is read), and after a write (what she typed meanwhile stays).
 */
final class TypingKept {
    private final Map<String, Object> typed;
    private final Set<String> kept;

    private TypingKept(Map<String, Object> typed, Set<String> kept) {
        this.typed = typed;
        this.kept = kept;
    }

    /** Fills the form with {@code shown} (the meeting as it was read before), remembering the fields typed over it. */
    static TypingKept overRead(MeetingForm form, Meeting shown, List<Body> bodies) {
        Map<String, Object> typed = form.values();
        form.fill(shown, bodies);
        Map<String, Object> filled = form.values();
        Set<String> kept = new HashSet<>(typed.keySet());
        kept.removeIf(code -> Objects.equals(typed.get(code), filled.get(code)));
        return new TypingKept(typed, kept);
    }

    /** Whether no field was typed over the meeting shown. */
    boolean none() {
        return kept.isEmpty();
    }

    /**
     * The copy typing now starts from: {@code shown} as read now, with {@code base}'s values in the fields typed (a
     * save meets the other's change of them in the conflict view); null when it is no longer read.
     */
    Meeting copy(Meeting shown, List<Meeting> read, Meeting base) {
        Meeting fresh = shown == null ? null : read.stream().filter(m -> m.id().equals(shown.id())).findFirst()
                .orElse(null);
        for (var f : Meeting.FIELDS) {
            fresh = fresh != null && kept.contains(f.code()) ? f.take().apply(fresh, base) : fresh;
        }
        return fresh;
    }

    /** Puts the typing back into the fields typed. */
    void putBack(MeetingForm form) {
        kept.forEach(code -> form.put(code, typed.get(code)));
    }

    /**
     * After a write, the form's values to put back once the meeting to select is shown, or null: typing in another
     * meeting's form than the one written (chosen meanwhile) stays, and in its own if she came back and typed on
     * while it was stored ({@code handed}: what the write's form holds when nothing was typed since).
     */
    static Map<String, Object> afterWrite(MeetingForm form, List<Body> bodies, Meeting current, Long select,
            Meeting written, Meeting handed) {
        boolean nothingTyped = current == null ? select == null // a new one typed over: stays
                || !form.holdsTyping() || form.holds(handed, bodies)
                : current.id().equals(written.id()) && (handed == null || form.holds(handed, bodies));
        return nothingTyped ? null : form.values();
    }
}
