package se.ledamot.ui.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.BiFunction;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.ComparedAction;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.domain.sync.TextMerge;

/**
 * Optimistic locking for the answer being written (issue 16.5: two writers of a group on one shared server). Each
 * autosave is compared with the copy of the draft the typing started from (the base): a field another writer saved
 * meanwhile is never overwritten, and one both changed waits for the user's choice in the conflict view the sync and
 * the matter editor use. The base moves only to what the editor shows: a field the other changed stays at the old
 * value until it is put on the screen, so a save made before that cannot undo it.
 */
final class DraftConflicts {
    /**
     * A field both changed: the draft stored when the save met it (saved by {@code by}) and the copy the save started
     * from.
     */
    record Waiting(AnswerDraft theirs, AnswerDraft base, SavedBy by) {
    }

    private final AtomicReference<AnswerDraft> base = new AtomicReference<>();
    /** Written on the FX thread only. */
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final java.util.Set<String> shownFields = new java.util.HashSet<>();

    /** Another answer is shown: its draft as read, nothing waiting. */
    void reset(AnswerDraft loaded) {
        base.set(loaded);
        waiting.clear();
        shownFields.clear();
    }

    /** What a save met, with the copy it started from and what it sent. */
    record Saved(RowMerge<AnswerDraft> merge, AnswerDraft from, AnswerDraft mine) {
        /**
         * Keeps what this save stored as a version ("Spara version", leaving the answer): only when no field waits
         * for a choice, and only of what is stored, never of a stale copy over another writer's text.
         */
        Optional<AnswerVersion> keep(java.util.function.Function<AnswerDraft, Optional<AnswerVersion>> cut) {
            return merge.conflicts().isEmpty() ? cut.apply(merge.merged()) : Optional.empty();
        }
    }

    /** On a worker: stores {@code mine} against the copy through {@code store}, and moves the copy on. */
    Saved save(BiFunction<AnswerDraft, AnswerDraft, RowMerge<AnswerDraft>> store, AnswerDraft mine) {
        AnswerDraft from = base.get();
        RowMerge<AnswerDraft> merge = store.apply(from, mine);
        AnswerDraft next = from;
        for (RowField<AnswerDraft> f : AnswerDraft.FIELDS) {
            if (!merge.conflicts().contains(f) && f.text().apply(merge.merged()).equals(f.text().apply(mine))) {
                next = f.take().apply(next, merge.merged());
            }
        }
        base.set(next);
        return new Saved(merge, from, mine);
    }

    /** What a whole-text action met, and what it gave (empty when it was not taken). */
    record Acted<T>(Saved saved, Optional<T> done) {
    }

    /**
     * On a worker: a whole-text action (restore, finish) from the copy, compared first ({@link ComparedAction}); when
     * taken, the copy moves on to the text it stored ({@code storedText}).
     */
    <T> Acted<T> act(BiFunction<AnswerDraft, AnswerDraft, ComparedAction<T>> action, AnswerDraft mine,
            java.util.function.Function<T, String> storedText) {
        List<Optional<T>> done = new java.util.ArrayList<>(List.of(Optional.empty()));
        Saved saved = save((from, shown) -> {
            ComparedAction<T> a = action.apply(from, shown);
            done.set(0, a.done());
            return a.merge();
        }, mine);
        done.getFirst().ifPresent(t -> base.set(mine.withText(storedText.apply(t), mine.savedAt())));
        return new Acted<>(saved, done.getFirst());
    }

    /** The fields only the other writer changed: to be put on the screen, then taken into the copy. */
    private static List<RowField<AnswerDraft>> theirsOnly(RowMerge<AnswerDraft> merge, AnswerDraft mine) {
        return AnswerDraft.FIELDS.stream().filter(f -> !merge.conflicts().contains(f)
                && !f.text().apply(merge.merged()).equals(f.text().apply(mine))).toList();
    }

    private void take(RowField<AnswerDraft> f, AnswerDraft from) {
        BinaryOperator<AnswerDraft> take = f.take();
        base.updateAndGet(b -> take.apply(b, from));
    }

    /** Puts a text or marks (whichever is not null) on the screen. */
    interface Screen {
        void put(String text, java.util.Set<Integer> marks);
    }

    /**
     * A save came back. When nothing was typed since ({@code newest}), a field only the other writer changed is put
     * on the {@code screen} and taken into the copy. A field both changed waits; true when one waits that the user
     * has not been shown (at a pause only). One already shown, or put aside with "Välj senare", is met again by
     * every save until chosen, never written, and not shown again while typing goes on.
     */
    boolean met(Saved saved, boolean newest, Screen screen) {
        for (RowField<AnswerDraft> f : saved.merge().conflicts()) {
            waiting.put(f.code(), new Waiting(saved.merge().theirs(), saved.from(), saved.merge().savedBy()));
        }
        if (!newest) {
            return false;
        }
        AnswerDraft merged = saved.merge().merged();
        for (RowField<AnswerDraft> f : theirsOnly(saved.merge(), saved.mine())) {
            boolean text = f == AnswerDraft.FIELDS.getFirst();
            screen.put(text ? merged.text() : null, text ? null : merged.answeredQuestions());
            take(f, merged);
        }
        return !shownFields.containsAll(waiting.keySet());
    }

    /** Whether a choice waits (shown again when the answer is left). */
    boolean any() {
        return !waiting.isEmpty();
    }

    /** The waiting conflicts as the conflict view shows them, with the draft as typed now. */
    List<Conflict> shown(AnswerDraft mine, String title) {
        shownFields.addAll(waiting.keySet());
        List<Conflict> out = new ArrayList<>();
        waiting.forEach((code, w) -> out.addAll(new RowMerge<>(w.theirs(), List.of(field(code)), w.theirs(), w.by())
                .shown("answer", String.valueOf(mine.matterId()), title, w.base(), mine)));
        return out;
    }

    /**
     * The user chose for one field: the copy takes the stored value, and the choice goes on the {@code screen} (for
     * the text with what was typed after the view opened merged on top). False when nothing waited.
     */
    boolean choose(Conflict c, Resolution choice, String merged, String typed, Screen screen) {
        Waiting w = waiting.remove(c.field());
        shownFields.remove(c.field());
        if (w == null) {
            return false;
        }
        RowField<AnswerDraft> f = field(c.field());
        take(f, w.theirs());
        if (f == AnswerDraft.FIELDS.getFirst()) {
            screen.put(chosenText(c, choice, merged, w.theirs(), typed), null);
        } else if (choice == Resolution.THEIRS) {
            screen.put(null, w.theirs().answeredQuestions());
        }
        return true;
    }

    /** The text chosen, with what was typed after the view opened ({@code typed}) merged on top, never lost. */
    private static String chosenText(Conflict c, Resolution choice, String merged, AnswerDraft theirs, String typed) {
        String chosen = choice == Resolution.THEIRS ? theirs.text() : choice == Resolution.MERGED ? merged : typed;
        return typed.equals(c.mine()) ? chosen : TextMerge.merge(c.mine(), typed, chosen).text();
    }

    private static RowField<AnswerDraft> field(String code) {
        return AnswerDraft.FIELDS.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
