package se.ledamot.domain.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.Person;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.domain.sync.ThreeWay;

/**
 * The minutes of one agenda item saved from a stale copy, met with what is stored now (issue 16.5: two secretaries
 * writing the same item's minutes). The motions, the reservations and the notes are lists with {@link ListMerge}'s
 * rule (lines added on both sides all stay); the proposal found carried, the vote and the propositionsordning are
 * fields with the three-way rule. The carried proposal is compared as which proposal, not by its number, since a
 * motion added on the other side moves the numbers.
 */
public final class ItemMinutesMerge {
    public static final RowField<ItemMinutes> MOTIONS = new RowField<>("item_motions",
            m -> lines(m.motions(), ItemMinutesMerge::line), (into, from) -> into.withMotions(from.motions()), false);
    public static final RowField<ItemMinutes> CARRIED = new RowField<>("item_carried",
            m -> m.carried() == null ? "" : m.carried() == 0 ? "0" : line(m.carriedMotion()),
            (into, from) -> into.withOrder(into.order(), from.carriedIn(into.motions())), false);
    public static final RowField<ItemMinutes> VOTE = new RowField<>("item_vote", m -> vote(m.vote()),
            (into, from) -> into.withVote(from.vote()), false);
    public static final RowField<ItemMinutes> ORDER = new RowField<>("item_order",
            m -> Objects.requireNonNullElse(m.order(), ""), (into, from) -> into.withOrder(from.order(),
                    into.carried()), false);
    public static final RowField<ItemMinutes> RESERVATIONS = new RowField<>("item_reservations",
            m -> lines(m.reservations(), r -> people(r.by()) + (r.favour() == null ? "" : " – " + r.favour())
                    + (r.written() == null ? "" : " – " + r.written())),
            (into, from) -> into.withReservations(from.reservations()), false);
    public static final RowField<ItemMinutes> NOTES = new RowField<>("item_notes",
            m -> lines(m.notes(), n -> people(n.by()) + ": " + n.text()), (into, from) -> into.withNotes(from.notes()),
            false);

    /** Every field of the record a conflict may name. */
    public static final List<RowField<ItemMinutes>> FIELDS = List.of(MOTIONS, CARRIED, VOTE, ORDER, RESERVATIONS,
            NOTES);

    private ItemMinutesMerge() {
    }

    /**
     * What to store of {@code mine}, changed from the copy {@code base}, now that {@code theirs} is stored: theirs with
     * every list line and field only this side changed; a field or list both changed differently keeps theirs and is
     * named in the conflicts.
     */
    public static RowMerge<ItemMinutes> of(ItemMinutes base, ItemMinutes mine, ItemMinutes theirs) {
        List<RowField<ItemMinutes>> conflicts = new ArrayList<>();
        ItemMinutes merged = theirs;
        ListMerge<MovedMotion> motions = ListMerge.of(base.motions(), mine.motions(), theirs.motions(),
                (a, b) -> a.by().equals(b.by()));
        // A motion taken off on one side that the other found carried is a conflict of the motions, not a silent loss.
        boolean carriedGone = !motions.conflict() && theirs.carried() != null
                && theirs.carriedIn(motions.merged()) == null;
        if (motions.conflict() || carriedGone) {
            conflicts.add(MOTIONS);
        } else {
            merged = merged.withMotions(motions.merged());
        }
        switch (ThreeWay.of(CARRIED.text().apply(base), CARRIED.text().apply(mine), CARRIED.text().apply(theirs),
                Objects::equals)) {
            case SEND_MINE -> {
                if (mine.carried() != null && mine.carriedIn(merged.motions()) == null) {
                    conflicts.add(CARRIED);
                } else {
                    merged = CARRIED.take().apply(merged, mine);
                }
            }
            case CONFLICT -> conflicts.add(CARRIED);
            case SAME, TAKE_THEIRS -> { }
        }
        switch (ThreeWay.of(base.vote(), mine.vote(), theirs.vote(), Objects::equals)) {
            case SEND_MINE -> merged = merged.withVote(mine.vote());
            case CONFLICT -> conflicts.add(VOTE);
            case SAME, TAKE_THEIRS -> { }
        }
        switch (ThreeWay.of(base.order(), mine.order(), theirs.order(), Objects::equals)) {
            case SEND_MINE -> merged = ORDER.take().apply(merged, mine);
            case CONFLICT -> conflicts.add(ORDER);
            case SAME, TAKE_THEIRS -> { }
        }
        ListMerge<Reservation> reservations = ListMerge.of(base.reservations(), mine.reservations(),
                theirs.reservations(), (a, b) -> a.by().equals(b.by()));
        if (reservations.conflict()) {
            conflicts.add(RESERVATIONS);
        } else {
            merged = merged.withReservations(reservations.merged());
        }
        ListMerge<MinutesNote> notes = ListMerge.of(base.notes(), mine.notes(), theirs.notes(),
                (a, b) -> a.by().equals(b.by()));
        if (notes.conflict()) {
            conflicts.add(NOTES);
        } else {
            merged = merged.withNotes(notes.merged());
        }
        return new RowMerge<>(merged, conflicts, theirs);
    }

    /** A motion as the conflict's text holds it: who, the motion's code and its words. */
    private static String line(MovedMotion m) {
        return m.by().display() + " – " + m.type().code() + (m.text() == null ? "" : ": " + m.text());
    }

    private static String vote(Vote v) {
        if (v == null) {
            return "";
        }
        String sides = "yes: " + v.yes() + "\nno: " + v.no() + (v.casting() == null ? ""
                : "\ncasting: " + v.casting().code());
        return sides + "\n" + lines(v.ballots(), b -> b.voter().display() + " – " + b.choice().code());
    }

    private static String people(List<Person> people) {
        return people.stream().map(Person::display).collect(Collectors.joining(", "));
    }

    private static <T> String lines(List<T> list, Function<T, String> line) {
        return list.stream().map(line).collect(Collectors.joining("\n"));
    }
}
