package se.ledamot.ui.debate;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;

/**
 * Optimistic locking for a group's list of speakers (issue 16.5: two members of a group at one meeting). Each save
 * is compared with the list the screen's changes started from (the copy), so a speaker another member added meanwhile
 * is kept and a speaker both changed waits for the user's choice in the conflict view. The copy is kept by the
 * saves themselves, in the order they run; what waits for a choice is the FX thread's.
 */
final class SpeakerConflicts {
    /** The list as last read or stored for an item. */
    private record Copy(long itemId, List<Speaker> speakers) {
    }

    /** A save that met another member's change of the same speaker, or a reorder against a reorder. */
    record Waiting(long itemId, List<Speaker> base, SpeakerList mine, List<Speaker> theirs) {
    }

    private final AtomicReference<Copy> copy = new AtomicReference<>();
    private volatile Waiting waiting;
    Consumer<List<Conflict>> onConflicts = list -> { };

    /**
     * As an item's debate is read: the copy changes start from, unless a choice waits on the item. In the worker, or
     * on the FX thread when no save runs.
     */
    void read(long itemId, List<Speaker> stored) {
        if (!waits(itemId)) {
            copy.set(new Copy(itemId, stored));
        }
    }

    /** Whether a save on the item met a conflict whose choice is not made yet. */
    boolean waits(long itemId) {
        Waiting w = waiting;
        return w != null && w.itemId() == itemId;
    }

    /**
     * In the worker: stores through {@code store}, compared with the copy ({@code shown} when the item's list was
     * never read). The copy moves on to what is stored, except after a conflict, where it stays as both sides
     * started until the user chooses (so a later change meets the other's list again rather than overwriting it).
     *
     * @param rebase the stored list the user chose over, or null
     */
    ListMerge<Speaker> save(long itemId, List<Speaker> shown, List<Speaker> rebase,
            Function<List<Speaker>, ListMerge<Speaker>> store) {
        if (rebase != null) {
            copy.set(new Copy(itemId, rebase));
        }
        Copy c = copy.get();
        List<Speaker> base = c != null && c.itemId() == itemId ? c.speakers() : shown;
        ListMerge<Speaker> merge = store.apply(base);
        if (!merge.conflict()) {
            copy.set(new Copy(itemId, merge.merged()));
        }
        return merge;
    }

    /**
     * On the FX thread, a save met a conflict: it waits for a choice, shown in the conflict view unless one on this
     * item is shown already (the choice then settles the latest). Two lists that could be merged but break the body's
     * rules together are said so, with the rule (the copy both started from is still the copy after a conflict).
     */
    void met(long itemId, String title, List<Speaker> base, SpeakerList mine, ListMerge<Speaker> merge) {
        List<Speaker> theirs = merge.merged();
        boolean shown = waiting != null && waiting.itemId() == itemId;
        Copy c = copy.get();
        List<Speaker> started = c != null && c.itemId() == itemId ? c.speakers() : base;
        waiting = new Waiting(itemId, started, mine, theirs);
        String broken = mine.brokenTogether(started, theirs).map(Localization::message).orElse("");
        if (!shown) {
            onConflicts.accept(List.of(new Conflict("speakers", String.valueOf(itemId), "speakers",
                    broken.isEmpty() ? ConflictKind.SAVED_MEANWHILE : ConflictKind.BREAKS_RULES, title,
                    text(mineWithTheirChanges(waiting, mine.speakers())), text(theirs), text(base), false, broken,
                    merge.savedBy())));
        }
    }

    /** The choice waiting on this conflict's item, taken off; null when there is none. */
    Waiting chosen(Conflict c) {
        Waiting w = waiting;
        if (w == null || !c.key().equals(String.valueOf(w.itemId()))) {
            return null;
        }
        waiting = null;
        return w;
    }

    /** The list to keep after the user's choice, with what the screen holds now. */
    static List<Speaker> kept(Waiting w, Resolution choice, List<Speaker> screen) {
        return choice == Resolution.THEIRS ? theirsWithLaterChanges(w, screen) : mineWithTheirChanges(w, screen);
    }

    /**
     * The list to keep when the user chose the stored one: theirs, with what was changed on this screen after the
     * conflict was met put into it by the same rule (nothing typed since is lost).
     */
    static List<Speaker> theirsWithLaterChanges(Waiting w, List<Speaker> screen) {
        ListMerge<Speaker> m = ListMerge.of(w.mine().speakers(), screen, w.theirs(), Speaker::sameTurn);
        return m.conflict() ? w.theirs() : m.merged();
    }

    /**
     * The list to keep when the user chose hers: theirs with her changes put in, hers wherever both changed a
     * speaker, so a speaker the other added is not dropped with the choice (walk36: Bo's new speaker went when Anna
     * kept her notes); her list as it is where the two cannot be merged (both reordered it, or together they break
     * the rules).
     */
    static List<Speaker> mineWithTheirChanges(Waiting w, List<Speaker> screen) {
        List<Speaker> theirs = w.theirs().stream().map(t -> changedHere(w.base(), screen, t)).toList();
        ListMerge<Speaker> m = ListMerge.of(w.base(), screen, theirs, Speaker::sameTurn);
        return m.conflict() || !w.mine().keepsTheRules(m.merged()) ? screen : m.merged();
    }

    /** Her version of {@code theirs}' speaker where she changed it from the list both started from, else theirs. */
    private static Speaker changedHere(List<Speaker> base, List<Speaker> screen, Speaker theirs) {
        Speaker before = base.stream().filter(b -> Speaker.sameTurn(b, theirs)).findFirst().orElse(null);
        Speaker hers = screen.stream().filter(s -> Speaker.sameTurn(s, theirs)).findFirst().orElse(null);
        return before != null && hers != null && !hers.equals(before) ? hers : theirs;
    }

    /** A list of speakers as the conflict view shows it: one a line, "Anna Ek (S) – Anförande, 3 min: notes". */
    static String text(List<Speaker> speakers) {
        return speakers.stream().map(s -> Localization.get("debate.conflict.line", s.person().display(),
                Localization.get("debate.kind." + s.kind().code()), s.minutes(),
                s.text().isBlank() ? "" : ": " + s.text().strip().replace('\n', ' ')))
                .collect(Collectors.joining("\n"));
    }
}
