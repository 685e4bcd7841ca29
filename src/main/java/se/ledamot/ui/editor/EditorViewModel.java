package se.ledamot.ui.editor;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MatterService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.Autosave;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;

/**
 * The detail editor of one matter. There is no save button: every edit schedules a save (debounced, so typing saves
 * shortly after the last key), and {@link #flush()} hands what was typed over at once, before another matter is shown
 * and as the window closes. Saves run in the background, in the order typed ({@link Autosave}); the FX thread never
 * waits for the disk. Another matter is shown only once the saves of this one have ended well: a save that fails,
 * or a disk that does not answer within {@link Autosave#SWITCH_BOUND}, keeps this matter and everything typed here,
 * says why, and tells the register to stay ({@link #setOnStayed}); the next edit or flush tries again.
 */
public final class EditorViewModel extends MatterFields {
    private final AppContext context;
    private final Debouncer debouncer;
    private final Autosave<Typed, Typed.Written> autosave;
    private Matter saved;
    /** Optimistic locking: what this editor's saves are compared with, and the conflicts waiting for a choice. */
    private final EditorConflicts conflicts = new EditorConflicts();
    private Consumer<List<Conflict>> onConflicts = list -> { };
    /** Edits typed into the matter shown: a conflict is put in front of the user only when nothing was typed since. */
    private long edits;
    private boolean loading;
    private Consumer<Matter> onSaved = m -> { };
    private LongConsumer onStayed = id -> { };

    private final ReadOnlyObjectWrapper<Long> matterId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final AttachmentsViewModel attachments;

    public EditorViewModel(AppContext context) {
        this.context = context;
        this.debouncer = context.newDebouncer();
        this.autosave = new Autosave<>(context.tasks(), this::write, this::saved, this::saveFailed);
        this.attachments = new AttachmentsViewModel(context);
        // Change listeners, not invalidation listeners: those fire only once until someone reads the value.
        ChangeListener<Object> edited = (o, was, now) -> edited();
        values().forEach(v -> v.addListener(edited));
        InvalidationListener listEdited = o -> edited();
        lists().forEach(l -> l.addListener(listEdited));
        kind.addListener((o, was, now) -> kindChanged(now));
    }

    /** Called with each matter as stored (with another's save merged in), so the register can show it. */
    public void setOnSaved(Consumer<Matter> action) {
        onSaved = action;
    }

    /** Called with the id of the matter shown when it stays instead of the one asked for (its text is unsaved). */
    public void setOnStayed(LongConsumer action) {
        onStayed = action;
    }

    /** Shows a matter once what was typed into the one shown before is stored. */
    public void load(Matter matter) {
        switchTo(matter);
    }

    /** Shows no matter, once what was typed is stored. */
    public void clear() {
        switchTo(null);
    }

    private void switchTo(Matter next) {
        if (!handOver()) {
            autosave.forgetWaiting();
            switching.set(false);
            stay();
            return;
        }
        autosave.whenWritten(() -> {
            if (dirty.get() && autosave.needsSave()) {
                // Typed while the saves ended: that is stored first.
                switchTo(next);
                return;
            }
            switching.set(false);
            show(next);
        }, () -> {
            switching.set(false);
            stay();
        }, () -> {
            switching.set(false);
            problem.set(Localization.get("ui.editor.saveSlow"));
            stay();
        });
        switching.set(autosave.isWaiting());
    }

    private void stay() {
        if (conflicts.unshown()) {
            showConflicts();
        }
        if (saved != null) {
            onStayed.accept(saved.id());
        }
    }

    private void show(Matter matter) {
        saved = matter;
        conflicts.reset(matter);
        autosave.reset();
        problem.set("");
        dirty.set(false);
        if (matter == null) {
            matterId.set(null);
            timeline.clear();
            attachments.load(null);
            return;
        }
        loading = true;
        try {
            matterId.set(matter.id());
            fill(matter);
        } finally {
            loading = false;
        }
        timeline.clear();
        long id = matter.id();
        ZoneId zone = context.clock().getZone();
        MatterKind kind = matter.kind();
        BackgroundTask.of(p -> TimelineText.of(context.services().matters().timeline(id), zone, kind))
                .onSuccess(entries -> {
                    if (saved != null && saved.id() == id) {
                        timeline.setAll(entries);
                    }
                })
                .onFailure(e -> problem.set(Errors.describe(e)))
                .executeWith(context.tasks());
        attachments.load(id);
    }

    public boolean isEditing() {
        return saved != null;
    }

    private void edited() {
        if (loading || saved == null) {
            return;
        }
        autosave.edited();
        edits++;
        dirty.set(true);
        debouncer.schedule(this::flush);
    }

    /**
     * Changes the matter's kind, unless that makes it a citizen proposal where the council takes none (8 kap. 1 §
     * kommunallagen): then says why and keeps the kind. One that already was a citizen proposal stays one.
     */
    public boolean requestKind(MatterKind next) {
        if (next == MatterKind.CITIZEN_PROPOSAL && (saved == null || saved.kind() != next)) {
            try {
                context.services().settings().checkCitizenProposalAllowed();
            } catch (DomainException e) {
                context.dialogs().notify(Localization.message(e));
                return false;
            }
        }
        kind.set(next);
        return true;
    }

    private void kindChanged(MatterKind now) {
        if (loading || now == null) {
            return;
        }
        Lifecycle lifecycle = Lifecycle.of(now);
        statusChoices.setAll(lifecycle.statuses());
        if (!lifecycle.statuses().contains(status.get())) {
            status.set(lifecycle.initial());
            context.dialogs().notify(Localization.get("ui.editor.statusReset", now, lifecycle.initial()));
        }
    }

    @Override
    protected void say(String line) {
        context.dialogs().notify(line);
    }

    /**
     * Hands what was typed over to be saved, now rather than when typing pauses. False when it cannot be stored as
     * it is (a field too long: the text stays and the problem says why) or when the last save failed.
     */
    public boolean flush() {
        return handOver() && !autosave.lastFailed();
    }

    /**
     * Reads the matter shown again (someone else saved, on the server): the fields they changed come into the form.
     * Typing not stored is handed over instead; a reading met by a save or typing meanwhile is let go.
     */
    public void readAgain() {
        Matter shown = saved;
        if (!handOver() || !asStored()) {
            return;
        }
        BackgroundTask.of(p -> context.services().matters().find(shown.id())).onSuccess(found -> {
            if (saved == shown && asStored() && found.isPresent()) {
                Matter fresh = found.get();
                fillFrom(Arrays.stream(MatterField.values()).filter(f -> f.differs(fresh, shown)).toList(), fresh);
                saved = fresh;
                conflicts.reset(fresh);
            }
        }).executeWith(context.tasks());
    }

    /** Whether the form shows its matter as stored: nothing typed waits or is being saved, no choice waits. */
    private boolean asStored() {
        return saved != null && !dirty.get() && !autosave.isWaiting() && conflicts.count() == 0;
    }

    private void fillFrom(List<MatterField> fields, Matter stored) {
        loading = true;
        try {
            fields.forEach(f -> fill(f, stored));
        } finally {
            loading = false;
        }
    }

    /** Hands the typed matter to the autosave unless it has it already; false when the domain refuses it. */
    private boolean handOver() {
        debouncer.cancel();
        if (saved == null) {
            return true;
        }
        if (dirty.get() && autosave.needsSave()) {
            String warning = "";
            Matter next;
            try {
                if (title.get() == null || title.get().isBlank()) {
                    // Keep the stored title rather than refuse every other edit while the title is being retyped.
                    warning = Localization.get("ui.editor.titleMissing");
                }
                next = typed(saved, warning.isEmpty() ? title.get() : saved.title());
            } catch (DomainException e) {
                problem.set(Localization.message(e));
                return false;
            }
            autosave.save(new Typed(next, warning, conflicts.seen(), edits));
        }
        return true;
    }

    /**
     * On a worker thread: stores the matter, met with what is stored now (another window may have saved it since
     * this editor's copy), and reads its timeline anew. A field both changed is left as stored and thrown back as
     * {@link EditorConflicts.Conflicted} for the user to choose; everything else typed is stored first.
     */
    private Typed.Written write(Typed typed) throws EditorConflicts.Conflicted {
        MatterService matters = context.services().matters();
        Matter merged = conflicts.save(matters::save, typed.seen(), typed.matter(), typed.edit());
        return new Typed.Written(TimelineText.of(matters.timeline(typed.matter().id()), context.clock().getZone(),
                typed.matter().kind()), merged);
    }

    private void saved(Typed typed, Typed.Written written, boolean newest) {
        if (saved == null || !saved.id().equals(typed.matter().id())) {
            return;
        }
        conflicts.taken(typed.seen());
        fillFrom(EditorConflicts.theirsNotTypedOver(written.merged(), typed.matter(), typedOr(null)), written.merged());
        saved = typed.matter();
        if (newest) {
            dirty.set(!typed.warning().isEmpty());
            problem.set(typed.warning());
        }
        timeline.setAll(written.timeline());
        onSaved.accept(written.merged());
    }

    /** The text stays in the fields and stays dirty; the next edit or flush hands it over again. */
    private void saveFailed(Throwable e) {
        if (e instanceof EditorConflicts.Conflicted c) {
            conflicted(c);
            return;
        }
        String reason = Localization.get("ui.editor.saveFailed", Errors.describe(e));
        problem.set(reason);
        context.dialogs().notify(reason);
    }

    public ReadOnlyObjectProperty<Long> matterIdProperty() {
        return matterId.getReadOnlyProperty();
    }

    /** True while another matter waits for this one's saves to end; the view holds the form still meanwhile. */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    /** Edits not yet in the database. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }


    /** The original files kept with the matter shown. */
    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    /** Called with the conflicts of a save, to be shown side by side for the user to choose. */
    public void setOnConflicts(Consumer<List<Conflict>> action) {
        onConflicts = action;
    }

    /** What another window saved meanwhile comes into the form where nothing was typed over it; see below. */
    private void conflicted(EditorConflicts.Conflicted c) {
        if (saved == null || !saved.id().equals(c.mine().id())) {
            return;
        }
        MatterMerge merge = c.merge();
        Matter stored = merge.merged();
        fillFrom(EditorConflicts.theirsNotTypedOver(merge, c.mine(), typedOr(null)), stored);
        saved = stored;
        onSaved.accept(stored);
        conflicts.met(merge);
        problem.set(Localization.get("ui.editor.conflict", conflicts.count()));
        // Once, and never in the middle of typing (a window opening would take the next keys): after a pause.
        if (conflicts.unshown() && c.edit() == edits) {
            showConflicts();
        }
    }

    private void showConflicts() {
        conflicts.showing();
        onConflicts.accept(conflicts.shown(typedOr(saved)));
    }

    /** The matter as the form shows it now, or {@code otherwise} when the form holds something the domain refuses. */
    private Matter typedOr(Matter otherwise) {
        try {
            return typed(saved, title.get());
        } catch (DomainException e) {
            return otherwise;
        }
    }

    /**
     * The user's choice for one conflicted field: the stored value, this editor's, or the merged text; then a save
     * that stores it. {@code after} runs once the choice is made here (the save follows in the background).
     */
    public void choose(Conflict conflict, Resolution choice, String text, Runnable after, Runnable failed) {
        MatterField f = MatterField.valueOf(conflict.field().toUpperCase(java.util.Locale.ROOT));
        Matter theirs = saved == null ? null : conflicts.choose(f);
        if (theirs == null) {
            failed.run();
            return;
        }
        if (choice != Resolution.MINE) {
            fill(f, EditorConflicts.chosen(f, conflict, choice, text, theirs, typedOr(saved)));
        }
        problem.set(conflicts.count() == 0 ? "" : Localization.get("ui.editor.conflict", conflicts.count()));
        autosave.edited();
        dirty.set(true);
        flush();
        after.run();
    }

    /** The conflicts are put aside ("Välj senare"): shown again when the user tries to leave this matter. */
    public void later() {
        conflicts.defer();
    }
}
