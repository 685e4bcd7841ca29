package se.ledamot.ui.meetings;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import se.ledamot.domain.meeting.Meeting;

/**
 * The saves of meetings' forms that failed, as the writing thread meets them, in order. A form typed over one on its
 * way starts from that one's typing (her form showed it); when that save is dropped (the server out of reach for it
 * alone) the later save starts from what the dropped one started from, not from typing never stored (meetings35: it
 * met the stored value as someone else's change, a false conflict, and her typing was not stored).
 */
final class DroppedSaves {
    private final Map<Long, LeftForms.Sent> dropped = new ConcurrentHashMap<>();

    /** Runs the save of {@code sent} (null: not a meeting's form), remembering whether it was dropped. */
    Meeting run(LeftForms.Sent sent, Callable<Meeting> save) throws Exception {
        if (sent == null || sent.id() == null) {
            return save.call();
        }
        try {
            Meeting written = save.call();
            dropped.remove(sent.id());
            return written;
        } catch (Exception | Error e) {
            dropped.put(sent.id(), sent.over(dropped.get(sent.id())));
            throw e;
        }
    }

    /** The copy {@code sent}'s typing really started from: its own, or that of a dropped save it was typed over. */
    Meeting baseOf(LeftForms.Sent sent) {
        return sent.over(dropped.get(sent.id())).base();
    }
}
