package se.ledamot.ui.meetings;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import se.ledamot.domain.meeting.Meeting;

/**
 * The saves of meetings' forms that failed, as the writing thread meets them, in order. A form typed over one on its
 * way starts from that one's typing (her form showed it); when that save is dropped (the server out of reach for it
 * alone) the later save starts from what the dropped one started from, not from typing never stored (meetings35: it
 * met the stored value as someone else's change, a false conflict, and her typing was not stored). New meetings
 * added are remembered too, so that typing sent over one on its way becomes its change.
 */
final class DroppedSaves {
    private final Map<Long, LeftForms.Sent> dropped = new ConcurrentHashMap<>();
    /** New meetings as added (or changed, typed over), by the form as typed. */
    private final Map<Meeting, Meeting> added = new ConcurrentHashMap<>();
    private final UnaryOperator<Meeting> add;
    private final BinaryOperator<Meeting> change;

    /** Adding a new meeting, and changing a stored one (as stored, as typed) into what is then stored. */
    DroppedSaves(UnaryOperator<Meeting> add, BinaryOperator<Meeting> change) {
        this.add = add;
        this.change = change;
    }

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

    /**
     * Adds a new meeting's form; one its form went on typing over and sent again is stored as a change of the meeting
     * the first was added as (meetings36: a second Spara added a second meeting), or added when that one was not.
     */
    Meeting add(LeftForms.Sent sent) {
        Meeting before = sent.base() == null ? null : added.get(sent.base());
        Meeting written = before == null ? add.apply(sent.mine())
                : change.apply(before, sent.mine().withId(before.id()));
        added.put(sent.mine(), written);
        return written;
    }

    /** The copy {@code sent}'s typing really started from: its own, or that of a dropped save it was typed over. */
    Meeting baseOf(LeftForms.Sent sent) {
        return sent.over(dropped.get(sent.id())).base();
    }
}
