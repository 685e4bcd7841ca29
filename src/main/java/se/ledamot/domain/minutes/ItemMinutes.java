package se.ledamot.domain.minutes;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterKind;

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

    /**
     * Refused when this record, compared with {@code before}, adds a motion, a proposal found carried, a vote or a
     * reservation on the item of a matter that leads to no decision: an interpellation (kommunallagen 5 kap.
     * 59–63 §§) or a question (5 kap. 64 §) is answered and debated, never decided, so there is nothing to move, vote
     * on or reserve against. Taking such a part away, and what was stored before this rule, stay allowed.
     */
    public void checkAnsweredOnly(MatterKind kind, ItemMinutes before) {
        if (kind.hasAddressee() && (motions.stream().anyMatch(m -> !before.motions.contains(m))
                || carried != null && !carried.equals(before.carried) || vote != null && !vote.equals(before.vote)
                || reservations.stream().anyMatch(r -> !before.reservations.contains(r)))) {
            throw new DomainException("minutes.answeredOnly." + kind.code());
        }
    }

    public ItemMinutes withMotion(MovedMotion m) {
        return new ItemMinutes(itemId, plus(motions, m), order, carried, vote, reservations, notes);
    }

    /**
     * With these motions (another copy's, met with this one: issue 16.5); the proposal found carried stays the same
     * motion, counted anew, and none when that motion is not among them.
     */
    public ItemMinutes withMotions(List<MovedMotion> next) {
        return new ItemMinutes(itemId, next, order, carriedIn(next), vote, reservations, notes);
    }

    /** The motion found carried, null for the prepared proposal or when none is recorded. */
    public MovedMotion carriedMotion() {
        return carried == null || carried == 0 ? null : motions.get(carried - 1);
    }

    /** Where the proposal this record found carried stands among these motions: 0 the proposal, null when gone. */
    public Integer carriedIn(List<MovedMotion> in) {
        if (carried == null || carried == 0) {
            return carried;
        }
        int at = in.indexOf(carriedMotion());
        return at < 0 ? null : at + 1;
    }

    public ItemMinutes withReservations(List<Reservation> next) {
        return new ItemMinutes(itemId, motions, order, carried, vote, next, notes);
    }

    public ItemMinutes withNotes(List<MinutesNote> next) {
        return new ItemMinutes(itemId, motions, order, carried, vote, reservations, next);
    }

    /** Without the motion at an index (from 0); a carried motion after it keeps its place in the count. */
    public ItemMinutes withoutMotion(int index) {
        Integer c = carried == null || carried == 0 ? carried
                : carried == index + 1 ? null : carried > index + 1 ? carried - 1 : carried;
        return new ItemMinutes(itemId, minus(motions, index), order, c, vote, reservations, notes);
    }

    public ItemMinutes withOrder(String text, Integer carriedProposal) {
        return new ItemMinutes(itemId, motions, text, carriedProposal, vote, reservations, notes);
    }

    public ItemMinutes withVote(Vote v) {
        return new ItemMinutes(itemId, motions, order, carried, v, reservations, notes);
    }

    public ItemMinutes withReservation(Reservation r) {
        return new ItemMinutes(itemId, motions, order, carried, vote, plus(reservations, r), notes);
    }

    public ItemMinutes withoutReservation(int index) {
        return new ItemMinutes(itemId, motions, order, carried, vote, minus(reservations, index), notes);
    }

    public ItemMinutes withNote(MinutesNote n) {
        return new ItemMinutes(itemId, motions, order, carried, vote, reservations, plus(notes, n));
    }

    public ItemMinutes withoutNote(int index) {
        return new ItemMinutes(itemId, motions, order, carried, vote, reservations, minus(notes, index));
    }

    private static <T> List<T> plus(List<T> list, T added) {
        List<T> next = new ArrayList<>(list);
        next.add(added);
        return next;
    }

    private static <T> List<T> minus(List<T> list, int index) {
        List<T> next = new ArrayList<>(list);
        next.remove(index);
        return next;
    }
}
