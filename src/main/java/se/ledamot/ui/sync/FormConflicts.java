package se.ledamot.ui.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;

/**
 * Optimistic locking for a form saved whole (issue 16.5: two secretaries on one server, or two windows on one folder):
 * the meeting's minutes, the papers' settings, an item's minutes and its decision's wording, the council's rules, an
 * agenda item's texts. A save that met another's change of a field this form changed too waits here until the user
 * has chosen in the conflict view, field by field. A choice put aside ("Välj senare") waits per row, so a form that
 * shows one row at a time (an item) keeps every row's: the row shown again has this side's values, and the form asks
 * again ({@link #ask}) when the row comes back and before it is left or the window closes; a choice may be made for a
 * row the form does not show, from the values kept here. Shared by the areas of the window, beside the conflict view.
 * A form given a {@link KeptAside} keeps its choices put aside durably too, in a {@link PutAside.Store} (written in the
 * form's lane), so closing the window, a crash or a restart does not lose what was typed: {@link #askKept} meets them
 * with the rows as stored then and asks again. FX thread only.
 */
public final class FormConflicts<T> {
    /** How a conflict is said: the stored text made readable, given the copy, this side's and the stored row. */
    public interface Readable<T> {
        Conflict said(Conflict c, T base, T mine, T theirs);
    }

    /** A row whose every field is chosen: the copy to save it from and its values as chosen. */
    public static final class Settled<T> {
        private final T copy;
        private final T chosen;
        /** The choice it settles, put back to wait when its save fails ({@link #storeAside}). */
        private final Waiting<T> from;

        private Settled(T copy, T chosen, Waiting<T> from) {
            this.copy = copy;
            this.chosen = chosen;
            this.from = from;
        }

        public T copy() {
            return copy;
        }

        public T chosen() {
            return chosen;
        }
    }

    /**
     * A save that met a conflict: the copy it was made from, this side's values (with the choices made so far), what
     * it met, the row's heading and the fields chosen.
     */
    private static final class Waiting<T> {
        final T base;
        final RowMerge<T> merge;
        final String title;
        final Set<String> chosen = new HashSet<>();
        T mine;

        Waiting(T base, T mine, RowMerge<T> merge, String title) {
            this.base = base;
            this.mine = mine;
            this.merge = merge;
            this.title = title;
        }
    }

    private final String entity;
    private final Readable<T> readable;
    /** Where the choices put aside are kept durably; null: in memory only. */
    private KeptAside<T> kept;
    /** Rows whose choice is written where it is kept (the write went through): what closing may call kept. */
    private final Set<String> onDisk = new HashSet<>();
    /** Whether the choices kept from before were read (once, when the form's screen is first shown). */
    private boolean keptAsked;
    /** Per row, the save whose choice waits, in the order met. */
    private final Map<String, Waiting<T>> waiting = new LinkedHashMap<>();
    /** Rows chosen whose save has not gone through yet: kept durably until it has (a crash between loses nothing). */
    private final Set<String> settling = new HashSet<>();
    /** Shows the conflicts of a save to the user (the screen's conflict view). */
    public Consumer<List<Conflict>> onConflicts = list -> { };

    public FormConflicts(String entity, Readable<T> readable) {
        this.entity = entity;
        this.readable = readable;
    }

    /**
     * A save came back with conflicts: they wait for the user's choice, shown in the conflict view. Returns what the
     * form shows: what is stored, with this side's values where a choice waits (nothing typed disappears).
     */
    public T met(String key, T base, T mine, RowMerge<T> merge, String title) {
        Waiting<T> w = new Waiting<>(base, mine, merge, title);
        settling.remove(key);
        waiting.put(key, w);
        keep(key, w);
        onConflicts.accept(said(key, w));
        return keepAsked(key, merge.merged());
    }

    /** Keeps the choices this form puts aside durably from now on. */
    public void keepIn(KeptAside<T> where) {
        kept = where;
    }

    /** Writes a row's waiting choice where it is kept: this side's text and the one both started from, per field. */
    private void keep(String key, Waiting<T> w) {
        if (kept == null) {
            return;
        }
        List<PutAside.Field> fields = w.merge.conflicts().stream().map(f -> new PutAside.Field(f.code(),
                kept.typed().text(f, w.base), kept.typed().text(f, w.mine))).toList();
        PutAside aside = new PutAside(kept.form(), key, w.title, null, fields, w.merge.savedBy());
        onDisk.remove(key);
        BackgroundTask.of(p -> {
            kept.store().keep(aside);
            return aside;
        }).onSuccess(a -> {
            if (waiting.containsKey(key)) {
                onDisk.add(key);
            }
        }).executeWith(kept.lane());
    }

    private void forget(String key) {
        onDisk.remove(key);
        if (kept != null) {
            KeptAside<T> where = kept;
            BackgroundTask.of(p -> {
                where.store().forget(where.form(), key);
                return key;
            }).executeWith(where.lane());
        }
    }

    /**
     * Reads the choices this form put aside before (another window, before a crash or a restart), once, in the lane,
     * and meets each with its row as stored now: a field the other changed and this side too waits again and every
     * such choice is asked in the conflict view; a row nobody else changed meanwhile gets this side's text stored
     * through {@code save}. A row gone from the store (an item taken off the agenda) has nothing left to choose for:
     * it is forgotten. Then, on the FX thread, {@code shown} lets the form show the row it shows as kept (true when it
     * said so itself), and {@code say} gets the line to show: the rows gone with what she wrote, else the rows whose
     * choice waits in the words of the bundle key {@code waitKey} (nothing when neither).
     */
    public void askKept(Save<T> save, String waitKey, BooleanSupplier shown, Consumer<String> say) {
        if (kept == null || keptAsked) {
            return;
        }
        keptAsked = true;
        KeptAside<T> where = kept;
        BackgroundTask.of(p -> where.store().waiting(where.form()).stream()
                .map(a -> new Found<>(a, where.read().apply(a.key()).orElse(null))).toList()).onSuccess(found -> {
            List<String> gone = new ArrayList<>();
            for (Found<T> f : found) {
                if (f.stored == null) {
                    forget(f.aside.key());
                    gone.add(Localization.get("ui.putAside.gone.row", f.aside.title(), String.join(" / ",
                            f.aside.fields().stream().map(x -> where.typed().said(f.aside.key(), x.code(), x.mine())).toList())));
                } else if (!waiting.containsKey(f.aside.key())) {
                    meet(f.aside, f.stored, save);
                }
            }
            ask();
            boolean said = shown.getAsBoolean();
            String line = !gone.isEmpty() ? Localization.get("ui.putAside.gone", String.join("; ", gone))
                    : said ? "" : waitingLine(waitKey);
            if (!line.isEmpty()) {
                say.accept(line);
            }
        }).executeWith(where.lane());
    }

    /** A choice kept durably and its row as stored now (null: gone). */
    private record Found<T>(PutAside aside, T stored) {
    }

    private void meet(PutAside aside, T stored, Save<T> save) {
        T base = stored;
        T mine = stored;
        for (PutAside.Field f : aside.fields()) {
            base = kept.typed().with(aside.key(), base, f.code(), f.base());
            mine = kept.typed().with(aside.key(), mine, f.code(), f.mine());
        }
        RowMerge<T> merge = RowMerge.of(base, mine, stored, kept.fields().of(aside.key(), base, mine, stored))
                .savedBy(aside.savedBy());
        Waiting<T> w = new Waiting<>(base, mine, merge, aside.title());
        if (!merge.conflicts().isEmpty()) {
            waiting.put(aside.key(), w);
            onDisk.add(aside.key());
        } else {
            storeAside(aside.key(), new Settled<>(base, mine, w), aside.title(), save, kept.lane(),
                    () -> {
                        if (!waiting.containsKey(aside.key())) {
                            forget(aside.key());
                        }
                    }, e -> { });
        }
    }

    /**
     * Shows every choice that waits, of every row, in the conflict view again. True when none waits; false when one
     * does (what it keeps is not stored yet).
     */
    public boolean ask() {
        List<Conflict> all = waiting();
        if (!all.isEmpty()) {
            onConflicts.accept(all);
        }
        return all.isEmpty();
    }

    /** The choices that wait, of every row, as the conflict view shows them. */
    public List<Conflict> waiting() {
        List<Conflict> all = new ArrayList<>();
        waiting.forEach((key, w) -> all.addAll(said(key, w)));
        return all;
    }

    private List<Conflict> said(String key, Waiting<T> w) {
        return w.merge.shown(entity, key, w.title, w.base, w.mine).stream()
                .filter(c -> !w.chosen.contains(c.field()))
                .map(c -> readable.said(c, w.base, w.mine, w.merge.theirs())).toList();
    }

    /** What is stored, with this side's values in the fields whose choice waits on this row. */
    public T keepAsked(String key, T stored) {
        Waiting<T> w = waiting.get(key);
        return w == null ? stored : fields(w, stored, w.mine);
    }

    /** This side's values of a row whose choice waits: what a form that does not show the row chooses from. */
    public T kept(String key) {
        Waiting<T> w = waiting.get(key);
        return fields(w, w.merge.merged(), w.mine);
    }

    /**
     * The copy to go on from, read anew while a choice waits on this row: the stored row with the fields asked as
     * this side found them, so the next save asks again instead of writing over the other's value.
     */
    public T copyOf(String key, T stored) {
        Waiting<T> w = waiting.get(key);
        return w == null ? stored : fields(w, stored, w.base);
    }

    private T fields(Waiting<T> w, T into, T from) {
        T out = into;
        for (RowField<T> f : w.merge.conflicts()) {
            out = f.take().apply(out, from);
        }
        return out;
    }

    /** The rows whose choice waits, in the words of the bundle key {@code waitKey}; empty when none. */
    private String waitingLine(String waitKey) {
        List<String> titles = waiting.values().stream().map(w -> w.title).distinct().toList();
        return titles.isEmpty() ? "" : Localization.get(waitKey, String.join(", ", titles));
    }

    /**
     * The rows whose choice waits, each kept when its write where it is kept went through: not kept when the form
     * keeps in memory only or the write failed (then closing loses it, and must say so by name).
     */
    public List<Screen.Aside> waitingAside() {
        return waiting.entrySet().stream().map(e -> new Screen.Aside(e.getValue().title, onDisk.contains(e.getKey())))
                .distinct().toList();
    }

    /** Whether a choice waits on this row. */
    public boolean waits(String key) {
        return waiting.containsKey(key);
    }

    /** A later save of the row stored this side's values without meeting the other's: nothing waits on it now. */
    public void stored(String key) {
        if (waiting.remove(key) != null) {
            forget(key);
        }
    }

    /** A save of the row went through without meeting the other's: a choice made on it is no longer kept. */
    public void saved(String key) {
        if (settling.remove(key)) {
            forget(key);
        }
    }

    /**
     * The user chose for one field: {@code shown} (the form's values, or {@link #kept} for a row not shown) with the
     * stored value when the choice is theirs; kept for the row until every field is chosen. Null when the conflict is
     * not this form's.
     */
    public T choose(Conflict c, Resolution choice, T shown) {
        Waiting<T> w = c.entity().equals(entity) ? waiting.get(c.key()) : null;
        if (w == null) {
            return null;
        }
        w.chosen.add(c.field());
        RowField<T> f = w.merge.conflicts().stream().filter(x -> x.code().equals(c.field())).findFirst()
                .orElseThrow();
        T picked = choice == Resolution.THEIRS ? f.take().apply(shown, w.merge.theirs()) : shown;
        w.mine = fields(w, w.mine, picked);
        if (w.chosen.size() < w.merge.conflicts().size()) {
            keep(c.key(), w);
        }
        return picked;
    }

    /**
     * Once every field of the row is chosen: the copy the next save starts from ({@code copy}, the form's, or null
     * for a row the form does not show: the row as stored when the save met the other's), holding the stored values
     * of the fields in conflict so the values chosen are what is sent, and those values. Null while a field waits.
     */
    public Settled<T> settled(String key, T copy) {
        Waiting<T> w = waiting.get(key);
        if (w == null || w.chosen.size() < w.merge.conflicts().size()) {
            return null;
        }
        waiting.remove(key);
        if (kept != null) {
            settling.add(key);
        }
        T from = copy == null ? w.merge.merged() : copy;
        return new Settled<>(fields(w, from, w.merge.theirs()), fields(w, w.merge.merged(), w.mine), w);
    }

    /** How a form stores a row: {@code mine} compared with the copy {@code base} it was made from. */
    public interface Save<T> {
        RowMerge<T> save(T base, T mine) throws Exception;
    }

    /**
     * Stores a settled row the form does not show, in {@code lane}; then {@code stored}. Meeting another's save
     * again, it waits and is asked again; a failed save waits again (the choice is not lost) and is said by
     * {@code failed}.
     */
    public void storeAside(String key, Settled<T> next, String title, Save<T> save, TaskExecutor lane,
            Runnable stored, Consumer<Throwable> failed) {
        BackgroundTask.of(p -> save.save(next.copy, next.chosen)).onSuccess(merge -> {
            if (!merge.conflicts().isEmpty()) {
                met(key, next.copy, next.chosen, merge, title);
            } else {
                saved(key);
            }
            stored.run();
        }).onFailure(e -> {
            Waiting<T> w = next.from;
            w.chosen.clear();
            w.mine = next.chosen;
            if (waiting.putIfAbsent(key, w) == null) {
                keep(key, w);
            }
            failed.accept(e);
        }).executeWith(lane);
    }
}
