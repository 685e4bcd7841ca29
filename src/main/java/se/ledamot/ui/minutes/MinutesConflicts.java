package se.ledamot.ui.minutes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;

/**
 * Optimistic locking for a meeting's minutes (issue 16.5: two secretaries on one server, or two windows on one
 * folder). A save that met another's change of a field this form changed too waits here until the user has chosen
 * in the conflict view, field by field. FX thread only.
 */
final class MinutesConflicts {
    /** A save that met a conflict: what this side sent and what it met. */
    private record Waiting(Minutes mine, RowMerge<Minutes> merge) {
    }

    private Waiting waiting;
    private final Set<String> chosen = new HashSet<>();
    Consumer<List<Conflict>> onConflicts = list -> { };

    /**
     * A save came back with conflicts: they wait for the user's choice, shown in the conflict view. Returns what the
     * form shows: what is stored, with this side's values where a choice waits (nothing typed disappears).
     */
    Minutes met(Minutes base, Minutes mine, RowMerge<Minutes> merge, String title) {
        waiting = new Waiting(mine, merge);
        chosen.clear();
        Minutes shown = merge.merged();
        for (RowField<Minutes> f : merge.conflicts()) {
            shown = f.take().apply(shown, mine);
        }
        onConflicts.accept(merge.shown("minutes", String.valueOf(mine.meetingId()), title, base, mine).stream()
                .map(c -> readable(c, base, mine, merge.theirs())).toList());
        return shown;
    }

    /** Whether a choice waits on this meeting's minutes. */
    boolean waits(long meetingId) {
        return waiting != null && waiting.mine().meetingId() == meetingId;
    }

    /**
     * The user chose for one field: {@code shown} (the form's minutes) with the stored value when the choice is
     * theirs. Null when the conflict is not this form's.
     */
    Minutes choose(Conflict c, Resolution choice, Minutes shown) {
        if (waiting == null || !c.key().equals(String.valueOf(waiting.mine().meetingId()))) {
            return null;
        }
        chosen.add(c.field());
        RowField<Minutes> f = waiting.merge().conflicts().stream().filter(x -> x.code().equals(c.field()))
                .findFirst().orElseThrow();
        return choice == Resolution.THEIRS ? f.take().apply(shown, waiting.merge().theirs()) : shown;
    }

    /**
     * Once every field is chosen: the copy the next save starts from, holding the stored values of the fields in
     * conflict, so the values chosen are what is sent. Null while a field waits.
     */
    Minutes settled(Minutes copy) {
        if (waiting == null || chosen.size() < waiting.merge().conflicts().size()) {
            return null;
        }
        Minutes next = copy;
        for (RowField<Minutes> f : waiting.merge().conflicts()) {
            next = f.take().apply(next, waiting.merge().theirs());
        }
        waiting = null;
        return next;
    }

    /** The attendance said in words, one attendee a line, rather than as stored. */
    private static Conflict readable(Conflict c, Minutes base, Minutes mine, Minutes theirs) {
        if (!Minutes.ATTENDANCE.code().equals(c.field())) {
            return c;
        }
        return new Conflict(c.entity(), c.key(), c.field(), c.kind(), c.title(), said(mine), said(theirs), said(base),
                false);
    }

    private static String said(Minutes m) {
        return m.attendance().attendees().stream().map(MinutesConflicts::said).collect(Collectors.joining("\n"));
    }

    private static String said(Attendee a) {
        String role = Localization.get("minutes.ui.role." + (a.role() == Attendee.Role.SUBSTITUTE && a.serving()
                ? "serving" : a.role().code()));
        String line = a.person().display() + " – " + role;
        line = a.replaces() == null ? line : line + " – " + a.replaces();
        return a.note() == null ? line : line + " – " + a.note();
    }
}
