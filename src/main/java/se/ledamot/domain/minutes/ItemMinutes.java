package se.ledamot.domain.minutes;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;

/**
 * What the minutes record of one agenda item beyond its decision (5 kap. 67 § kommunallagen): the motions moved, in
 * the order they were made; the order in which the chair put the questions (propositionsordning) and which proposal
 * the chair found carried; the vote when there was one; the reservations; and the notes entered (protokollsanteckningar).
 * The decision itself is the agenda item's. Immutable; the {@code with} methods give an adjusted copy.
 *
 * @param order   the propositionsordning in the secretary's words, or null for the papers' usual sentence
 * @param carried which proposal the chair found carried: 0 for the prepared proposal, n for the n-th motion; null
 *                when not recorded
 * @param vote    the vote, or null when there was none
 */
public record ItemMinutes(long itemId, List<MovedMotion> motions, String order, Integer carried, Vote vote,
        List<Reservation> reservations, List<MinutesNote> notes) {

    public ItemMinutes {
        motions = List.copyOf(motions == null ? List.of() : motions);
        order = order == null || Limit.text(order).isBlank() ? null : Limit.text(order).strip();
        if (carried != null && (carried < 0 || carried > motions.size())) {
            throw new DomainException("minutes.carried.unknown", carried);
        }
        reservations = List.copyOf(reservations == null ? List.of() : reservations);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public static ItemMinutes empty(long itemId) {
        return new ItemMinutes(itemId, List.of(), null, null, null, List.of(), List.of());
    }

    /** Whether anything is recorded: the protokoll prints only what is. */
    public boolean isEmpty() {
        return motions.isEmpty() && order == null && carried == null && vote == null && reservations.isEmpty()
                && notes.isEmpty();
    }

    /** Refused when a vote or a reservation names someone who did not take part in the decision. */
    public void check(Attendance attendance) {
        if (vote != null) {
            vote.check(attendance);
        }
        reservations.forEach(r -> r.check(attendance));
    }

    public ItemMinutes withMotion(MovedMotion m) {
        List<MovedMotion> next = new ArrayList<>(motions);
        next.add(m);
        return new ItemMinutes(itemId, next, order, carried, vote, reservations, notes);
    }

    /** Without the motion at an index (from 0); a carried motion after it keeps its place in the count. */
    public ItemMinutes withoutMotion(int index) {
        List<MovedMotion> next = new ArrayList<>(motions);
        next.remove(index);
        Integer c = carried == null || carried == 0 ? carried
                : carried == index + 1 ? null : carried > index + 1 ? carried - 1 : carried;
        return new ItemMinutes(itemId, next, order, c, vote, reservations, notes);
    }

    public ItemMinutes withOrder(String text, Integer carriedProposal) {
        return new ItemMinutes(itemId, motions, text, carriedProposal, vote, reservations, notes);
    }

    public ItemMinutes withVote(Vote v) {
        return new ItemMinutes(itemId, motions, order, carried, v, reservations, notes);
    }

    public ItemMinutes withReservation(Reservation r) {
        List<Reservation> next = new ArrayList<>(reservations);
        next.add(r);
        return new ItemMinutes(itemId, motions, order, carried, vote, next, notes);
    }

    public ItemMinutes withoutReservation(int index) {
        List<Reservation> next = new ArrayList<>(reservations);
        next.remove(index);
        return new ItemMinutes(itemId, motions, order, carried, vote, next, notes);
    }

    public ItemMinutes withNote(MinutesNote n) {
        List<MinutesNote> next = new ArrayList<>(notes);
        next.add(n);
        return new ItemMinutes(itemId, motions, order, carried, vote, reservations, next);
    }

    public ItemMinutes withoutNote(int index) {
        List<MinutesNote> next = new ArrayList<>(notes);
        next.remove(index);
        return new ItemMinutes(itemId, motions, order, carried, vote, reservations, next);
    }
}
