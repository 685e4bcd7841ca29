package se.ledamot.ui.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;
import se.ledamot.ui.sync.SyncViewModel;

/**
 * A save of the meeting's form that met someone else's change of a field it changed too (issue 16.5): the form shows
 * this side's value in those fields (nothing typed is lost) and the conflict view asks which stands, field by field.
 */
final class MeetingConflicts {
    /** A save that met someone else's change of a field this form changed too. */
    private record Met(Meeting mine, RowMerge<Meeting> merge) { }

    /** Handed over from the worker: a save that met a conflict, shown once the stored meeting is selected. */
    private final AtomicReference<Met> met = new AtomicReference<>();
    /** The conflict shown, and the fields chosen so far. */
    private Met waiting;
    private final Set<String> chosen = new HashSet<>();
    /** Shows the conflicts in the conflict view; false when the screen is not shown (asked when she is back). */
    private Predicate<List<Conflict>> onConflicts = list -> true;
    private final Consumer<String> say;

    MeetingConflicts(Consumer<String> say) {
        this.say = say;
    }

    /** The form is saved again: a conflict waiting is settled by what it sends. */
    void saving() {
        waiting = null;
        chosen.clear();
    }

    /** On the worker: what the save of {@code mine} met. */
    void met(Meeting mine, RowMerge<Meeting> merge) {
        met.set(merge.conflicts().isEmpty() ? null : new Met(mine, merge));
    }

    /** Whether a conflict waits for her choice: the form is not sent over the other's change unasked. */
    boolean waits() {
        return waiting != null;
    }

    /**
     * After the save: a conflict it met, if {@code selected} is its meeting, puts this side's values in the fields
     * both changed and is asked in the conflict view; met as she left the screen, it is said where she chooses
     * (meetings32: the view opened over the next screen, nothing said).
     */
    void show(Meeting selected, BiConsumer<String, Meeting> fill) {
        Met m = met.getAndSet(null);
        if (m == null || selected == null || !selected.id().equals(m.mine().id())) {
            return;
        }
        waiting = m;
        m.merge().conflicts().forEach(f -> fill.accept(f.code(), m.mine()));
        List<Conflict> asked = m.merge().shown("meeting", String.valueOf(m.mine().id()), m.mine().label(),
                selected, m.mine()).stream().map(MeetingText::statusSaid).toList();
        if (!onConflicts.test(asked)) {
            waits(asked);
        }
    }

    /**
     * The conflicts {@code open} in the conflict view as she leaves the screen (meetings34: the view stayed over the
     * next screen): said naming the fields, as one met on leaving is, to be asked when she is back.
     */
    void putAway(List<Conflict> open) {
        if (waiting != null && !open.isEmpty()) {
            waits(open);
        }
    }

    private void waits(List<Conflict> asked) {
        say.accept(Localization.get("meeting.ui.conflictWaits", waiting.mine(), asked.stream()
                .map(SyncViewModel::fieldName).collect(Collectors.joining(", ")), Localization.get("meeting.ui.title")));
    }

    /**
     * The user chose in the conflict view: the server's value comes into the form ({@code fill}), or this side's
     * stays. True once every field is chosen: the form is to be saved again (its copy now holds the server's values,
     * so the choice is what is sent).
     */
    boolean choose(Conflict c, Resolution choice, BiConsumer<String, Meeting> fill) {
        Met m = waiting;
        if (m == null || !c.key().equals(String.valueOf(m.mine().id()))) {
            return false;
        }
        if (choice == Resolution.THEIRS) {
            fill.accept(c.field(), m.merge().theirs());
        }
        chosen.add(c.field());
        return chosen.size() == m.merge().conflicts().size();
    }

    void setOnConflicts(Predicate<List<Conflict>> show) {
        onConflicts = show;
    }
}
