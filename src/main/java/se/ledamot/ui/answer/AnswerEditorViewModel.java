package se.ledamot.ui.answer;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.QuestionCheck;
import se.ledamot.domain.answer.SpeakingTime;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.answer.WordDiff;
import se.ledamot.l10n.Localization;
import se.ledamot.service.AnswerService;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.Debouncer;

/**
 * The state of the answer editor for one interpellation or question: the text, autosaved once typing pauses; the
 * numbered questions with their checks; word count and speaking time; the versions, to cut, compare and restore.
 * Saves are small and run on the calling (FX) thread, so they land in the order typed and closing needs no waiting.
 */
public final class AnswerEditorViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AnswerService answers;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final WriterPreferences preferences;
    private final Clock clock;
    private final Runnable mattersChanged;

    private final ReadOnlyObjectWrapper<Matter> matter = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper speakingTime = new ReadOnlyStringWrapper("0:00");
    private final ObservableList<QuestionRow> questions = FXCollections.observableArrayList();
    private final ObservableList<AnswerVersion> versions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Whether the writer changed anything since the matter was opened: only then does closing cut a version. */
    private boolean touched;
    private boolean loading;

    /** @param mattersChanged told when finishing wrote the matter, so that the register reloads */
    public AnswerEditorViewModel(AnswerService answers, Debouncer debouncer, DialogService dialogs,
            WriterPreferences preferences, Clock clock, Runnable mattersChanged) {
        this.mattersChanged = mattersChanged;
        this.answers = answers;
        this.debouncer = debouncer;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.clock = clock;
        text.addListener((o, was, now) -> {
            refreshFigures();
            refreshChecks();
            edited();
        });
        preferences.wordsPerMinute().addListener((o, was, now) -> refreshFigures());
    }

    /** The answer editor of a window. */
    public static AnswerEditorViewModel of(AppContext context) {
        return new AnswerEditorViewModel(context.services().answers(), context.newDebouncer(), context.dialogs(),
                context.preferences(), context.clock(), context::mattersChanged);
    }

    /**
     * Opens a matter's answer, saving the one open before. False, with the text left in place, when the text open
     * before could not be saved.
     */
    public boolean open(Matter next) {
        if (!flush()) {
            return false;
        }
        AnswerDraft draft;
        try {
            draft = answers.open(next);
        } catch (RuntimeException e) {
            dialogs.showError(Localization.get("answer.open.failed"), Errors.describe(e));
            return false;
        }
        loading = true;
        try {
            matter.set(next);
            questions.clear();
            for (int i = 0; i < next.questions().size(); i++) {
                QuestionRow row = new QuestionRow(i + 1, next.questions().get(i),
                        draft.answeredQuestions().contains(i + 1));
                row.answered().addListener((o, was, now) -> {
                    refreshChecks();
                    edited();
                });
                questions.add(row);
            }
            text.set(draft.text());
            refreshFigures();
            refreshChecks();
            versions.setAll(answers.versions(next.id()));
        } finally {
            loading = false;
        }
        touched = false;
        dirty.set(false);
        saveState.set("");
        message.set("");
        return true;
    }

    private void edited() {
        if (loading || matter.get() == null) {
            return;
        }
        touched = true;
        dirty.set(true);
        saveState.set(Localization.get("answer.save.pending"));
        debouncer.schedule(this::save);
    }

    /** Writes the draft now; false (and the reason shown) when the database refused. */
    public boolean save() {
        if (matter.get() == null || !dirty.get()) {
            return true;
        }
        try {
            answers.autosave(matter.get().id(), text.get(), marked());
            dirty.set(false);
            saveState.set(Localization.get("answer.save.done", now()));
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    /** "Spara version": keeps the text as it is now. */
    public void cutVersion() {
        if (matter.get() == null) {
            return;
        }
        try {
            keepVersion(VersionReason.MANUAL).ifPresentOrElse(
                    v -> message.set(Localization.get("answer.version.cut", v.number())),
                    () -> message.set(versions.isEmpty() ? Localization.get("answer.version.emptyText")
                            : Localization.get("answer.version.unchanged", versions.getLast().number())));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** The differences from the older to the newer of two versions, whichever order they are given in. */
    public List<WordDiff.Segment> compare(AnswerVersion a, AnswerVersion b) {
        AnswerVersion older = a.number() <= b.number() ? a : b;
        AnswerVersion newer = older == a ? b : a;
        return WordDiff.compare(older.text(), newer.text());
    }

    /** The differences from a version to the text in the editor now. */
    public List<WordDiff.Segment> compareWithCurrent(AnswerVersion version) {
        return WordDiff.compare(version.text(), text.get());
    }

    /** Brings back an older version; the text now in the editor is kept as a version first. */
    public void restore(AnswerVersion version) {
        debouncer.cancel();
        try {
            AnswerVersion restored = answers.restore(matter.get().id(), version.number(), text.get(), marked());
            loading = true;
            try {
                text.set(restored.text());
            } finally {
                loading = false;
            }
            dirty.set(false);
            versions.setAll(answers.versions(matter.get().id()));
            message.set(Localization.get("answer.version.restored", version.number(), restored.number()));
            saveState.set(Localization.get("answer.save.done", now()));
        } catch (RuntimeException e) {
            dialogs.showError(Localization.get("answer.restore.failed"), Errors.describe(e));
        }
    }

    /**
     * Finishes the answer: its text goes into the matter (and its timeline). Asks first when a question is not
     * marked answered. Returns the updated matter, or empty when the user held back or the database refused.
     */
    public Optional<Matter> finish() {
        Matter m = matter.get();
        if (m == null) {
            return Optional.empty();
        }
        if (!QuestionCheck.allAnswered(checks()) && !dialogs.confirm(Localization.get("answer.finish.title"),
                Localization.get("answer.finish.unanswered", unansweredNumbers()))) {
            return Optional.empty();
        }
        debouncer.cancel();
        try {
            Matter finished = answers.finish(m, text.get(), marked());
            matter.set(finished);
            dirty.set(false);
            touched = false;
            versions.setAll(answers.versions(m.id()));
            message.set(Localization.get("answer.finished"));
            mattersChanged.run();
            return Optional.of(finished);
        } catch (RuntimeException e) {
            dialogs.showError(Localization.get("answer.finish.title"), Errors.describe(e));
            return Optional.empty();
        }
    }

    /** Saves what is pending and, if the writer changed anything, keeps it as a version: the sitting ends. */
    public boolean flush() {
        debouncer.cancel();
        if (matter.get() == null || !touched) {
            return true;
        }
        try {
            keepVersion(VersionReason.SESSION_END);
            touched = false;
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    /** The text stays in the editor and stays dirty; the next keystroke or flush tries again. */
    private void failed(RuntimeException e) {
        dirty.set(true);
        saveState.set(Localization.get("answer.save.failed", Errors.describe(e)));
    }

    private Optional<AnswerVersion> keepVersion(VersionReason reason) {
        debouncer.cancel();
        Optional<AnswerVersion> cut = answers.cutVersion(matter.get().id(), text.get(), marked(), reason);
        dirty.set(false);
        saveState.set(Localization.get("answer.save.done", now()));
        versions.setAll(answers.versions(matter.get().id()));
        return cut;
    }

    private List<QuestionCheck.Result> checks() {
        Matter m = matter.get();
        return m == null ? List.of() : QuestionCheck.check(m.questions(), text.get(), marked());
    }

    private void refreshChecks() {
        List<QuestionCheck.Result> results = checks();
        for (int i = 0; i < results.size() && i < questions.size(); i++) {
            questions.get(i).update(results.get(i));
        }
    }

    private void refreshFigures() {
        int count = SpeakingTime.wordCount(text.get());
        words.set(count);
        speakingTime.set(SpeakingTime.format(preferences.speakingTime().ofWords(count)));
    }

    private Set<Integer> marked() {
        Set<Integer> out = new TreeSet<>();
        for (QuestionRow row : questions) {
            if (row.answered().get()) {
                out.add(row.number());
            }
        }
        return out;
    }

    private String unansweredNumbers() {
        return String.join(", ", questions.stream().filter(q -> !q.answered().get())
                .map(q -> String.valueOf(q.number())).toList());
    }

    private String now() {
        return LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME);
    }

    public ReadOnlyObjectProperty<Matter> matter() {
        return matter.getReadOnlyProperty();
    }

    public StringProperty text() {
        return text;
    }

    public ReadOnlyIntegerProperty words() {
        return words.getReadOnlyProperty();
    }

    /** "m:ss" at the pace in the preferences. */
    public ReadOnlyStringProperty speakingTime() {
        return speakingTime.getReadOnlyProperty();
    }

    public WriterPreferences preferences() {
        return preferences;
    }

    public ObservableList<QuestionRow> questions() {
        return questions;
    }

    /** Oldest first. */
    public ObservableList<AnswerVersion> versions() {
        return versions;
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    /** "Sparat 19:02:13", "Sparar …" or why saving failed. */
    public ReadOnlyStringProperty saveState() {
        return saveState.getReadOnlyProperty();
    }

    /** What the last action did, in words. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
