package se.ledamot.ui.answer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.AnswerService;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.Autosave;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The state of the answer editor for one interpellation or question: the text, autosaved once typing pauses; the
 * numbered questions with their checks; word count and speaking time; the versions, to cut, compare and restore.
 * Every read and write runs in the background, the writes one after another in the order made ({@link Autosave} and
 * its lane), so the FX thread never waits for the disk. Another matter opens only once this one's writes have ended
 * well; otherwise the editor stays on the text, says why, and tells the list to stay ({@link #setOnStayed}).
 */
public final class AnswerEditorViewModel {
    /** What a write left: the matter (changed by finishing), the version it cut, and every version now. */
    private record Kept(Matter matter, Optional<AnswerVersion> cut, List<AnswerVersion> versions,
            DraftConflicts.Saved saved) {
    }

    private record Opened(AnswerDraft draft, List<AnswerVersion> versions) { }

    private final AnswerService answers;
    private final TaskExecutor tasks;
    private final Autosave<AnswerDraft, DraftConflicts.Saved> writes;
    private final DraftConflicts conflicts = new DraftConflicts();
    private Consumer<List<Conflict>> onConflicts = list -> { };
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final WriterPreferences preferences;
    private final Clock clock;
    private final Runnable mattersChanged;
    private Consumer<Matter> onStayed = m -> { };

    private final AnswerMeasures measures;
    private final ReadOnlyObjectWrapper<Matter> matter = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AnswerVersion> versions = FXCollections.observableArrayList();
    private final AnswerSaveState saving;
    /** Whether the writer changed anything since the matter was opened: only then does closing cut a version. */
    private boolean touched;
    private boolean loading;
    /** The opening of another matter under way (waiting for this one's writes, or reading); a newer one replaces it. */
    private Object opening;

    /** @param mattersChanged told when finishing wrote the matter, so that the register reloads */
    public AnswerEditorViewModel(AnswerService answers, TaskExecutor tasks, Debouncer debouncer, DialogService dialogs,
            WriterPreferences preferences, Clock clock, Runnable mattersChanged) {
        this.mattersChanged = mattersChanged;
        this.saving = new AnswerSaveState(clock);
        this.answers = answers;
        this.tasks = tasks;
        this.writes = new Autosave<>(tasks, d -> conflicts.save(answers::autosave, d),
                (d, saved, newest) -> {
                    saving.saved(newest);
                    met(saved, newest);
                }, e -> saving.failed(e));
        this.debouncer = debouncer;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.clock = clock;
        this.measures = new AnswerMeasures(preferences);
        text.addListener((o, was, now) -> {
            measures.measure(now);
            edited();
        });
    }

    /** The answer editor of a window. */
    public static AnswerEditorViewModel of(AppContext context) {
        return new AnswerEditorViewModel(context.services().answers(), context.tasks(), context.newDebouncer(),
                context.dialogs(), context.preferences(), context.clock(), context::mattersChanged);
    }

    /** Told the matter still open (or none) when another could not be opened. */
    public void setOnStayed(Consumer<Matter> action) {
        onStayed = action;
    }

    /**
     * Opens a matter's answer once what was written in the one open before is stored: at once when nothing is
     * pending. When the writes fail or the disk does not answer within {@link Autosave#SWITCH_BOUND}, the text open
     * before stays, the reason is shown and {@link #setOnStayed} is told; false when that is known at once. While a
     * field both writers changed waits for a choice (issue 16.5), the answer stays open and the choice is asked.
     */
    public boolean open(Matter next) {
        if (conflicts.any() && matter.get() != null && !matter.get().id().equals(next.id())) {
            onConflicts.accept(conflicts.shown(draft(), matter.get().title()));
            onStayed.accept(matter.get());
            return false;
        }
        Object token = new Object();
        opening = token;
        flush();
        writes.whenWritten(() -> read(next, token), () -> stay(token), () -> {
            saving.say("answer.save.slow");
            stay(token);
        });
        return opening == token || matter.get() != null && matter.get().id().equals(next.id());
    }

    private void stay(Object token) {
        if (opening == token) {
            opening = null;
            onStayed.accept(matter.get());
        }
    }

    /** Reads the next answer; shows it unless a newer open replaced this one or more was written here meanwhile. */
    private void read(Matter next, Object token) {
        BackgroundTask.of(p -> new Opened(answers.open(next), answers.versions(next.id())))
                .onSuccess(o -> {
                    if (opening != token) {
                        return;
                    }
                    if (writes.needsSave() || !writes.isIdle()) {
                        // Typed into the text open before while the next was read: that is stored first.
                        open(next);
                        return;
                    }
                    opening = null;
                    show(next, o);
                })
                .onFailure(e -> {
                    if (opening == token) {
                        dialogs.showError(Localization.get("answer.open.failed"), Errors.describe(e));
                        stay(token);
                    }
                })
                .executeWith(tasks);
    }

    /**
     * Another's save (on the server, or a sync): the open answer is read again and shown when it differs and nothing
     * typed here waits to be stored (typing is stored first and compared: a field both changed gets the conflict
     * view). What was changed here in this sitting still ends in a version when she leaves.
     */
    public void readAgain() {
        Matter m = matter.get();
        if (m == null || opening != null) {
            return;
        }
        BackgroundTask.of(p -> new Opened(answers.open(m), answers.versions(m.id())))
                .onSuccess(o -> {
                    AnswerDraft stored = o.draft();
                    if (m == matter.get() && opening == null && !conflicts.any() && writes.isIdle()
                            && !writes.needsSave() && !(stored.text().equals(text.get())
                            && stored.answeredQuestions().equals(measures.marked()))) {
                        boolean changedHere = touched;
                        show(m, o);
                        touched = changedHere;
                    }
                })
                .executeWith(tasks);
    }

    private void show(Matter next, Opened opened) {
        AnswerDraft draft = opened.draft();
        quietly(() -> {
            matter.set(next);
            measures.show(next, draft.answeredQuestions(), this::edited);
            text.set(draft.text());
            measures.measure(draft.text());
            versions.setAll(opened.versions());
        });
        writes.reset();
        conflicts.reset(draft);
        touched = false;
        saving.clear();
        saving.tell("", false);
    }

    private void edited() {
        if (loading || matter.get() == null) {
            return;
        }
        touched = true;
        writes.edited();
        saving.pending();
        debouncer.schedule(this::save);
    }

    /** Hands the draft over to be written now; false (and the reason shown) when the last write failed. */
    public boolean save() {
        debouncer.cancel();
        if (matter.get() != null && writes.needsSave()) {
            writes.save(draft());
        }
        return !writes.lastFailed();
    }

    private AnswerDraft draft() {
        return new AnswerDraft(matter.get().id(), text.get(), measures.marked(), clock.instant());
    }

    /** A save came back (16.5): the other's fields onto the screen at a pause; a field both changed is asked. */
    private void met(DraftConflicts.Saved saved, boolean newest) {
        if (saved != null && matter.get() != null && matter.get().id() == saved.mine().matterId()
                && conflicts.met(saved, newest, (t, marks) -> quietly(() -> put(t, marks)))) {
            saving.say("answer.save.conflict");
            onConflicts.accept(conflicts.shown(draft(), matter.get().title()));
        }
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        onConflicts = show;
    }

    /** The user chose in the conflict view: the choice goes into the editor and is saved as any edit. */
    public void choose(Conflict c, Resolution choice, String chosenText, Runnable after) {
        if (matter.get() != null && String.valueOf(matter.get().id()).equals(c.key())
                && conflicts.choose(c, choice, chosenText, text.get(), this::put)) {
            edited();
        }
        after.run();
    }

    private void put(String newText, Set<Integer> marks) {
        if (newText != null) {
            text.set(newText);
        } else {
            measures.show(matter.get(), marks, this::edited);
        }
    }

    private void quietly(Runnable change) {
        loading = true;
        try {
            change.run();
        } finally {
            loading = false;
        }
    }

    /** "Spara version": keeps the text as it is now. */
    public void cutVersion() {
        if (matter.get() != null) {
            keepVersion(VersionReason.MANUAL, kept -> kept.cut().ifPresentOrElse(
                    v -> saving.tell(Localization.get("answer.version.cut", v.number()), true),
                    () -> saving.tell(kept.versions().isEmpty() ? Localization.get("answer.version.emptyText")
                            : Localization.get("answer.version.unchanged", kept.versions().getLast().number()), true)));
        }
    }

    /** Brings back an older version, the text now kept as a version first; compared first (issue 16.5). */
    public void restore(AnswerVersion version) {
        debouncer.cancel();
        AnswerDraft d = draft();
        writes.write(p -> {
            var acted = conflicts.act((b, m) -> answers.restore(b, m, version.number()), d, AnswerVersion::text);
            return new Kept(null, acted.done(), answers.versions(d.matterId()), acted.saved());
        }, (edit, kept, newest) -> {
            if (acted(kept, newest, kept.cut().isPresent())) {
                quietly(() -> text.set(kept.cut().get().text()));
                saving.saved(true);
                saving.tell(Localization.get("answer.version.restored", version.number(), kept.cut().get().number()),
                        true);
            }
        });
    }

    /**
     * Finishes the answer: its text goes into the matter (and its timeline), an empty text never (it replaced the
     * answer there). Asks first when a question is not marked answered; holds back when she says no. Compared first.
     */
    public void finish() {
        Matter m = matter.get();
        if (m != null && text.get().isBlank()) {
            saving.tell(Localization.get("answer.finish.empty"), false);
            return;
        }
        if (m == null || !measures.allAnswered() && !dialogs.confirm(
                Localization.get("answer.finish.title"),
                Localization.get("answer.finish.unanswered", measures.unansweredNumbers()))) {
            return;
        }
        debouncer.cancel();
        AnswerDraft d = draft();
        writes.write(p -> {
            var acted = conflicts.act((b, mine) -> answers.finish(b, mine, m), d, finished -> d.text());
            return new Kept(acted.done().orElse(null), Optional.empty(), answers.versions(m.id()), acted.saved());
        }, (edit, kept, newest) -> {
            if (acted(kept, newest, kept.matter() != null)) {
                matter.set(kept.matter());
                saving.saved(newest);
                touched = !newest;
                saving.tell(Localization.get("answer.finished"), true);
                mattersChanged.run();
            }
        });
    }

    /** After a compared action: what it met is shown; false, and said, when another writer's save held it back. */
    private boolean acted(Kept kept, boolean newest, boolean taken) {
        met(kept.saved(), newest);
        versions.setAll(kept.versions());
        saving.tell(taken ? "" : Localization.get("answer.action.changedMeanwhile"), false);
        return taken;
    }

    /**
     * Hands over what is pending and, if the writer changed anything, keeps it as a version: the sitting ends.
     * False when the last write failed (the text stays here).
     */
    public boolean flush() {
        debouncer.cancel();
        saving.left();
        if (matter.get() != null && touched) {
            keepVersion(VersionReason.SESSION_END, kept -> { });
        }
        return !writes.lastFailed();
    }

    /** Stores the text as a version, after every write before it; {@code then} sees what was kept. */
    private void keepVersion(VersionReason reason, Consumer<Kept> then) {
        debouncer.cancel();
        AnswerDraft d = draft();
        writes.write(p -> {
            DraftConflicts.Saved saved = conflicts.save(answers::autosave, d);
            return new Kept(null, saved.keep(s -> answers.cutVersion(s.matterId(), s.text(), s.answeredQuestions(),
                    reason)), answers.versions(d.matterId()), saved);
        }, (edit, kept, newest) -> {
                    saving.saved(newest);
                    met(kept.saved(), newest);
                    touched &= !newest || reason == VersionReason.MANUAL;
                    versions.setAll(kept.versions());
                    then.accept(kept);
                });
    }

    public ReadOnlyObjectProperty<Matter> matter() {
        return matter.getReadOnlyProperty();
    }

    public StringProperty text() {
        return text;
    }

    public ReadOnlyIntegerProperty words() {
        return measures.words();
    }

    /** "m:ss" at the pace in the preferences. */
    public ReadOnlyStringProperty speakingTime() {
        return measures.speakingTime();
    }

    public WriterPreferences preferences() {
        return preferences;
    }

    public ObservableList<QuestionRow> questions() {
        return measures.questions();
    }

    /** Oldest first. */
    public ObservableList<AnswerVersion> versions() {
        return versions;
    }

    public ReadOnlyBooleanProperty dirty() {
        return saving.dirty();
    }

    /** "Sparat 19:02:13", "Sparar…" or why saving failed. */
    public ReadOnlyStringProperty saveState() {
        return saving.said();
    }

    /** What the last action did, in words. */
    public ReadOnlyStringProperty message() {
        return saving.message();
    }
}
