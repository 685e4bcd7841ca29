package se.ledamot.ui.meetings;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;

/**
 * What was typed in a meeting's form and handed over to be stored: while on its way, and after its save failed (the
 * server out of reach, the store refusing). Either is what the meeting's form shows when she comes back to it, so
 * nothing typed is lost; a failed one is stored again as she leaves the screen or closes the window (meetings32: it
 * was said, and then lost). A new meeting left for another whose adding failed is shown under Nytt sammanträde.
 */
final class LeftForms {
    /**
     * A form handed over: the meeting as typed, and the copy its typing started from; for a new one (no id) the new
     * meeting its form sent before and went on typing over, or none.
     */
    record Sent(Meeting base, Meeting mine) {
        Long id() {
            return mine.id();
        }

        /**
         * This form as typed over {@code failed} (a save of the same meeting that failed; none: this): when it started
         * from that one's typing, never stored, it starts from what that one started from.
         */
        Sent over(Sent failed) {
            return failed != null && failed.mine() == base ? new Sent(failed.base(), mine) : this;
        }
    }

    /** The last form handed over per meeting, until its save ends. */
    private final Map<Long, Sent> storing = new HashMap<>();
    /** Per meeting, the form whose save failed, until it is shown again or stored. */
    private final Map<Long, Sent> failed = new HashMap<>();
    /** Per meeting, the last form whose save failed (one typed over it after it was sent starts from its copy). */
    private final Map<Long, Sent> lastFailed = new HashMap<>();
    /** Per meeting (null: a new one), the store's refusal said last, until one of its forms is stored. */
    private final Map<Long, String> refused = new HashMap<>();
    /** The meeting shown whose last save failed (its typing is in the form); null once stored or left. */
    private Long failedShown;
    /** New meetings left for another whose adding failed, oldest first (meetings35: they were lost). */
    private final Deque<Sent> newFailed = new ArrayDeque<>();
    /**
     * The new meeting its form last sent (Spara, or leaving it), while that form is shown: not added again (meetings35:
     * it was, twice), and what is typed over it is its change (meetings36: a second Spara added a second meeting).
     */
    private Meeting adding;
    /** New meetings their form went on typing over and sent again: a failure of one is carried by the later. */
    private final Set<Meeting> typedOver = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A meeting's form (Spara, or left for another) is being stored; a failed one before it is sent again in it. */
    void storing(Sent sent) {
        if (sent.id() == null) {
            newFailed.remove(sent);
            return;
        }
        storing.put(sent.id(), sent);
        failed.remove(sent.id());
    }

    /** Whether this meeting's form, as typed, is on its way already (Spara or leaving sent it): not sent again. */
    boolean onItsWay(Meeting typed) {
        Sent on = typed.id() == null ? null : storing.get(typed.id());
        return on != null && on.mine().equals(typed);
    }

    /**
     * A new meeting's form is sent (Spara, or she leaves it): what to store, over the new meeting the form sent before
     * if any (or {@code over}, the one a kept form was typed over); null when this typing is on its way already.
     */
    Sent addingNew(Meeting typed, Meeting over) {
        if (typed.equals(adding)) {
            return null;
        }
        if (adding != null) {
            typedOver.add(adding);
        }
        Sent sent = new Sent(adding != null ? adding : over, typed);
        adding = typed;
        return sent;
    }

    /** Whether her form still shows the new meeting {@code sent}, or typing over it: the one added is then chosen. */
    boolean onNew(Sent sent) {
        return sent != null && sent.id() == null && adding != null
                && (adding == sent.mine() || typedOver.contains(sent.mine()));
    }

    /**
     * {@code sent}'s save ended: the form handed over after it for the same meeting, if one is still on its way (what
     * her form shows, not the older one just stored: meetings32's flash of the first typing); else {@code sent}'s
     * own when it was left for another meeting or is a new one, or null.
     */
    Meeting stored(Sent sent) {
        refused.remove(sent.id());
        if (sent.id() == null) {
            typedOver.remove(sent.mine());
            adding = sent.mine() == adding ? null : adding;
            return sent.mine();
        }
        failedShown = java.util.Objects.equals(failedShown, sent.id()) ? null : failedShown;
        lastFailed.remove(sent.id());
        Meeting own = storing.remove(sent.id(), sent) ? sent.mine() : null;
        Sent later = storing.get(sent.id());
        return later != null ? later.mine() : own;
    }

    /**
     * {@code sent}'s save failed: kept, to be shown when she is back and stored again, unless a later one is sent;
     * {@code shown}, its typing is in the form, and counts as not stored until it is. Typed over a form whose save
     * failed too, it keeps that one's copy (what is stored): returned, the form kept.
     */
    Sent failed(Sent sent, boolean shown) {
        if (sent.id() == null) {
            boolean carried = typedOver.remove(sent.mine()); // the typing sent over it holds this one's too
            adding = sent.mine() == adding ? null : adding;
            if (!shown && !carried) {
                newFailed.add(sent);
            }
            return sent;
        }
        Sent before = lastFailed.get(sent.id());
        Sent kept = sent.over(before);
        lastFailed.put(sent.id(), kept);
        storing.remove(sent.id(), sent);
        if (shown) {
            failedShown = sent.id();
        } else if (!storing.containsKey(sent.id())) {
            failed.put(sent.id(), kept);
        }
        return kept;
    }

    /**
     * She comes back to a meeting: what its form shows and the copy it starts from, when something typed is on its
     * way (the copy is what was sent: it is stored) or failed (taken back into the form, to be stored from there);
     * for none (Nytt sammanträde), the oldest new meeting whose adding failed. The form no longer shows a new
     * meeting sent: what is typed next is not its change.
     */
    Sent back(Long id) {
        failedShown = java.util.Objects.equals(failedShown, id) ? failedShown : null;
        adding = null;
        if (id == null) {
            return newFailed.poll();
        }
        Sent on = storing.get(id);
        return on != null ? new Sent(on.mine(), on.mine()) : failed.remove(id);
    }

    /** The forms whose save failed and that are not in the form now, to be stored again. */
    List<Sent> toSendAgain() {
        return Stream.concat(failed.values().stream(), newFailed.stream()).toList();
    }

    /**
     * Whether every form handed over was stored or is on its way; the one shown counts while its typing differs
     * from what is stored ({@code typing}).
     */
    boolean noneFailed(boolean typing) {
        return failed.isEmpty() && newFailed.isEmpty() && (failedShown == null || !typing);
    }

    /** Why a form left for another meeting was not stored (she is told it is kept), naming the meeting. */
    static String notStored(Sent sent, String why) {
        return sent.id() == null ? Localization.get("meeting.ui.notStored.new", MeetingText.withPlace(sent.mine()), why)
                : Localization.get("meeting.ui.notStored", MeetingText.withPlace(sent.base()), why);
    }

    /** The store's refusal of meeting {@code id}'s form is said again (she pressed Spara). */
    void sayAgain(Long id) {
        refused.remove(id);
    }

    /**
     * Says why a save of meeting {@code id} failed; a refusal by the store's own rule (a posting day after the
     * meeting) is said once until it differs, not again on every leave and close (meetings34). Never stored, it is
     * still tried again and the close still asks.
     */
    void say(Long id, Throwable e, String said, java.util.function.Consumer<String> say) {
        if (!(e instanceof se.ledamot.domain.DomainException) || !said.equals(refused.put(id, said))) {
            say.accept(said);
        }
    }
}
