package se.ledamot.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.l10n.Localization;

/**
 * Optimistic locking for an agenda's order (issue 16.5: two secretaries on one agenda). Each move is sent as the
 * order before it (the copy) and after it; the store merges with what is stored by the list rule, so items the other
 * added or took off stay so, and a reorder against a reorder is a conflict the user settles in the conflict view.
 * The copy moves on with each move at once, so a second move sent before the first is read back does not meet it.
 * FX thread only.
 */
final class AgendaOrder {
    /** A move that met another's reorder: the orders sent and met. */
    record Waiting(long meetingId, List<Long> mine, List<Long> theirs) {
    }

    private long meetingId = -1;
    private List<Long> copy = List.of();
    private int moving;
    private Waiting waiting;
    Consumer<List<Conflict>> onConflicts = list -> { };

    /** The agenda as read: the copy, unless a move of this screen is still under way. */
    void read(long meeting, List<Long> order) {
        if (moving == 0 || meeting != meetingId) {
            meetingId = meeting;
            copy = order;
            moving = 0;
        }
    }

    /** A move starts: the copy moves on to {@code mine} at once. */
    void start(List<Long> mine) {
        copy = mine;
        moving++;
    }

    /** The order this meeting's moves start from, when it was read. */
    Optional<List<Long>> copy(long meeting) {
        return meeting == meetingId && !copy.isEmpty() ? Optional.of(copy) : Optional.empty();
    }

    /** A move came back; {@code stored} is what is stored now. */
    void done(List<Long> stored) {
        moving = Math.max(0, moving - 1);
        if (moving == 0) {
            copy = stored;
        }
    }

    /**
     * The orders of a conflict as listed: this side's, the one stored, and the one both started from; and who saved
     * the stored one.
     */
    record Met(String mine, String theirs, String base, SavedBy savedBy) {
    }

    /** A move met another's reorder: asked in the conflict view, each order a line per item. */
    void met(String title, List<Long> mine, List<Long> theirs, Met texts) {
        waiting = new Waiting(meetingId, mine, theirs);
        onConflicts.accept(List.of(new Conflict("agenda", String.valueOf(meetingId), "agenda_order",
                ConflictKind.SAVED_MEANWHILE, title, texts.mine(), texts.theirs(), texts.base(), false, "",
                texts.savedBy())));
    }

    /** The choice waiting on this conflict, taken off; null when there is none. */
    Waiting chosen(Conflict c) {
        Waiting w = waiting;
        waiting = w != null && c.key().equals(String.valueOf(w.meetingId())) ? null : w;
        return w == null || waiting != null ? null : w;
    }

    /** This side's order over what is stored: its order for the items both hold, the other's new items after. */
    static List<Long> mineOver(Waiting w) {
        List<Long> out = new ArrayList<>(w.mine().stream().filter(w.theirs()::contains).toList());
        w.theirs().stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    /** An order moved: {@code id} put at {@code number} (1 = first). */
    static List<Long> moved(List<Long> order, long id, int number) {
        List<Long> out = new ArrayList<>(order);
        out.remove(id);
        out.add(Math.max(0, Math.min(out.size(), number - 1)), id);
        return out;
    }

    /**
     * An order a line per item, "Punkt 5  Motion om …": the number is the one the kallelse gives the item in that
     * order ({@code numbers}, PaperService.noticeNumbers), as the agenda shows it; a § is the protokoll's.
     */
    static String text(List<Long> order, Map<Long, Integer> numbers, Map<Long, AgendaRow> rows) {
        return order.stream().map(id -> (numbers.containsKey(id) ? Localization.get("meeting.item", numbers.get(id))
                : "?") + "  " + (rows.containsKey(id) ? rows.get(id).heading() : "?"))
                .collect(Collectors.joining("\n"));
    }
}
