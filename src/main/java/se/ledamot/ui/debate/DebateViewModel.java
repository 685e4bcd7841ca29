package se.ledamot.ui.debate;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Decision;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DebateItem;
import se.ledamot.service.DebateService;
import se.ledamot.service.PutAsideService;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The debate panel for one agenda item: the list of speakers, checked by the domain as each is added, moved or
 * removed (a refusal is shown in words and nothing is stored), and the decision taken. Reads and writes run in the
 * background, one after another in the order made; the list shows each change at once and each change stores the
 * whole list, so a write that failed is made good by the next one.
 */
public final class DebateViewModel {
    private final DebateService debates;
    private final TaskExecutor tasks;
    private final TaskExecutor lane;
    private final DialogService dialogs;
    private final Runnable mattersChanged;
    private final ObservableList<Speaker> speakers = FXCollections.observableArrayList();
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Debate> debate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper limits = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decided = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final SpeakerConflicts stale = new SpeakerConflicts();
    /** Changes of the list made here: a save's answer shows only when no change came after it. */
    private int changes;
    private final SpeakerForm form;
    private final StringProperty speechText = new SimpleStringProperty("");
    private final ChosenDecisions choices = new ChosenDecisions(this::label);
    private final StringProperty wording = new SimpleStringProperty("");
    private final DebateWordingViewModel wordings;
    private final FollowedDebateViewModel followed;
    private final DebateMeetingsViewModel chooser;
    private final SpeakerNotes notes;

    /** @param mattersChanged told when a decision changed a matter, so that the register reloads */
    public DebateViewModel(DebateService debates, PutAsideService putAside, TaskExecutor tasks, DialogService dialogs,
            Runnable mattersChanged, Supplier<java.time.LocalDate> today, Supplier<Debouncer> pauses) {
        this.debates = debates;
        this.tasks = tasks;
        this.lane = tasks.inOrder();
        this.dialogs = dialogs;
        this.mattersChanged = mattersChanged;
        this.wordings = new DebateWordingViewModel(debates, putAside, lane, wording, error, this::label, today,
                pauses.get());
        this.followed = new FollowedDebateViewModel(debates, lane, stale, speakers, speechText, choices, wording);
        this.chooser = new DebateMeetingsViewModel(debates, tasks, lane, dialogs, today, debate::get, this::openItem);
        this.form = new SpeakerForm(debate, chooser::seated);
        this.notes = new SpeakerNotes(speechText, pauses.get(),
                () -> debate.get() == null ? null : debate.get().speakers(), this::notesStored, error::set);
    }

    /** The debate panel of a window. */
    public static DebateViewModel of(AppContext context) {
        return new DebateViewModel(context.services().debates(), context.services().putAside(), context.tasks(),
                context.dialogs(), context::mattersChanged, context::today, context::newDebouncer);
    }

    /** Every meeting, latest first, the one chosen kept ({@link DebateMeetingsViewModel#load}). */
    public void loadMeetings() {
        chooser.load(() -> { });
    }

    /**
     * Shows a meeting's items and, when one is named, that item's debate (another screen asked for it). A refusal,
     * such as a free-text item, is said in a notification.
     */
    public void show(long meetingId, Long itemId) {
        chooser.show(meetingId, () -> {
            if (itemId != null) {
                openItem(itemId);
            }
        });
    }

    /** Asks for a text file and puts its text (UTF-8, read in the background) in the speech field. */
    public void readSpeechFromFile() {
        SpeechFromFile.read(dialogs, tasks, speechText::set);
    }

    /** Reads an item's debate, after every change of speakers before it; a refusal is said in a notification. */
    public void openItem(long itemId) {
        chooser.asked(itemId);
        BackgroundTask.of(p -> {
                    Debate d = debates.open(itemId);
                    stale.read(itemId, d.speakers().speakers());
                    return d;
                })
                .onSuccess(d -> {
                    chooser.asked(null);
                    showDebate(d);
                })
                .onFailure(e -> {
                    chooser.asked(null);
                    dialogs.notify(Errors.describe(e));
                })
                .executeWith(lane);
    }

    /** Another's save (on the server, or a sync) was noticed: the open item's debate is read again. */
    public void readAgain() {
        Debate d = debate.get();
        int change = changes;
        followed.readAgain(d, () -> d == debate.get() && change == changes, this::showDebate, keep -> show(d, keep));
    }

    private void showDebate(Debate d) {
        if (debate.get() != null && !debate.get().item().id().equals(d.item().id())) {
            notes.leaveItem();
            wordings.leave(debate.get());
        }
        debate.set(d);
        speakers.setAll(d.speakers().speakers());
        var l = d.speakers().limits();
        limits.set(l.firstSpeech() == 0 && l.laterSpeech() == 0 && l.reply() == 0
                ? Localization.get("debate.limits.none", d.meeting().body())
                : Localization.get("debate.limits", d.meeting().body(), l.firstSpeech(), l.laterSpeech(), l.reply()));
        decisions.setAll(DebateDecision.choices(d.matter().kind()));
        choices.shown(d);
        open.set(d.decision().isEmpty());
        decided.set(d.decision().map(DecisionWords::describe).orElse(""));
        error.set("");
        wordings.shown(d);
    }

    /**
     * Leaving the screen or closing the window stores what was typed and asks again for a wording put aside; false
     * too while a decision chosen or a wording is kept only in the window ({@link #heldInWindow}).
     */
    public boolean flush() {
        notes.store();
        wordings.leave(debate.get());
        return wordings.ask() && heldInWindow().isEmpty();
    }

    /** The items, by name, with a decision chosen and not taken or a wording not stored: lost with the window. */
    public List<String> heldInWindow() {
        return Stream.concat(choices.held().stream(), wordings.held().stream()).distinct().toList();
    }

    /**
     * Adds the speaker in the form ({@link SpeakerForm}: a known person as the register spells her) at the end of the
     * list; a refusal is shown and nothing is stored.
     */
    public boolean addSpeaker() {
        String text = notes.owned() ? "" : speechText.get(); // else the field holds the chosen speaker's notes
        return change(list -> list.add(form.speaker(text)), true);
    }

    public boolean removeSpeaker(int index) {
        return change(list -> list.remove(index), false);
    }

    public boolean moveSpeaker(int from, int to) {
        return change(list -> list.move(from, to), false);
    }

    /** The list's choice: the notes field shows that speaker's notes, after storing what was typed for another. */
    public void choose(Speaker next) {
        chosen().set(next);
        notes.chosen(next);
    }

    /** Stores the notes typed for the chosen speaker now ("Spara text"); false when nothing waited or refused. */
    public boolean storeNotes() {
        return notes.store();
    }

    /** {@link SpeakerNotes}' store: only that row is replaced, so a speaker just clicked stays chosen. */
    private void notesStored(int index, SpeakerList next) {
        Debate d = debate.get();
        Speaker written = next.speakers().get(index);
        Speaker choice = chosen().get();
        debate.set(d.withSpeakers(next));
        speakers.set(index, written); // the table lets go of a row replaced: chosen, it is chosen again
        if (choice != null && Speaker.sameTurn(choice, written)) {
            chosen().set(written);
        }
        error.set("");
        save(d, next, null);
    }

    /**
     * Records the decision in the form, in the background; the matter's status follows. The wording is compared with
     * the one stored meanwhile (issue 16.5, {@link DebateWordingViewModel}).
     */
    public void decide() {
        Debate d = debate.get();
        DebateDecision taken = DecisionWords.taken(d == null ? null : decision().get(), minority().get(), reason().get(),
                error::set);
        if (taken != null) {
            wordings.record(d, taken, wording.get(), after -> {
                showDebate(after);
                mattersChanged.run();
            });
        }
    }

    private boolean change(UnaryOperator<SpeakerList> step, boolean clearForm) {
        Debate d = debate.get();
        if (d == null) {
            return false;
        }
        SpeakerList next;
        try {
            next = step.apply(new SpeakerList(d.matter(), d.speakers().limits(), speakers));
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
        show(d, next.speakers());
        error.set("");
        if (clearForm) {
            form.name.set("");
            if (!notes.owned()) {
                speechText.set("");
            }
        }
        save(d, next, null);
        return true;
    }

    /** Stores the list compared with its copy (issue 16.5); another's speaker comes in if nothing changed since. */
    private void save(Debate d, SpeakerList next, List<Speaker> rebase) {
        long itemId = d.item().id();
        List<Speaker> shown = d.speakers().speakers();
        int change = ++changes;
        BackgroundTask.of(p -> stale.save(itemId, shown, rebase, base -> debates.saveSpeakers(itemId, base, next)))
                .onSuccess(merge -> {
                    Debate now = debate.get();
                    if (now == null || now.item().id() != itemId) {
                        return;
                    }
                    if (merge.conflict()) {
                        stale.met(itemId, label(now), shown, next, merge);
                    } else if (change == changes && !merge.merged().equals(speakers)) {
                        show(now, merge.merged());
                    }
                })
                .onFailure(e -> error.set(Localization.get("debate.speakers.saveFailed", Errors.describe(e))))
                .executeWith(lane);
    }

    /** The user chose the stored list (with what was changed here since put into it) or this screen's. */
    public void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        if ("agenda_item".equals(c.entity())) {
            wordings.choose(c, choice, merged, after);
            return;
        }
        SpeakerConflicts.Waiting w = stale.chosen(c);
        Debate d = debate.get();
        if (w != null && d != null && d.item().id() == w.itemId()) {
            List<Speaker> keep = SpeakerConflicts.kept(w, choice, List.copyOf(speakers));
            SpeakerList next = new SpeakerList(d.matter(), d.speakers().limits(), keep);
            show(d, keep);
            save(debate.get(), next, w.theirs());
        }
        after.run();
    }

    /** The decision's wording, whose choices put aside are kept till they are made. */
    DebateWordingViewModel wordings() {
        return wordings;
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
        wordings.setOnConflicts(show);
    }

    private void show(Debate d, List<Speaker> list) {
        debate.set(d.withSpeakers(new SpeakerList(d.matter(), d.speakers().limits(), list)));
        speakers.setAll(list);
    }

    public ObservableList<Meeting> meetings() {
        return chooser.meetings();
    }

    /** The meeting whose items are listed. */
    public ObjectProperty<Meeting> meeting() {
        return chooser.meeting();
    }

    /** The debate's item as its row in the list names it: "§ 103  Motion från … om …". */
    public String label(Debate d) {
        return chooser.label(d);
    }

    public ObservableList<DebateItem> items() {
        return chooser.items();
    }

    public ObservableList<Speaker> speakers() {
        return speakers;
    }

    /** The decisions this kind of matter can get. */
    public ObservableList<Decision> decisions() {
        return decisions;
    }

    public ReadOnlyObjectProperty<Debate> debate() {
        return debate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty limits() {
        return limits.getReadOnlyProperty();
    }

    /** The last refusal, in words; empty when the last step went through. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The decision taken, in words; empty while the item is open. */
    public ReadOnlyStringProperty decided() {
        return decided.getReadOnlyProperty();
    }

    /** True while no decision has been taken. */
    public ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    public StringProperty speakerName() {
        return form.name;
    }

    public ObjectProperty<SpeechKind> kind() {
        return form.kind;
    }

    public IntegerProperty minutes() {
        return form.minutes;
    }

    public StringProperty speechText() {
        return speechText;
    }

    /** The speaker chosen in the list, whose notes the speech field shows (the view keeps it and the list's choice). */
    public ObjectProperty<Speaker> chosen() {
        return followed.chosen;
    }

    public ObjectProperty<Decision> decision() {
        return choices.decision;
    }

    public BooleanProperty minority() {
        return choices.minority;
    }

    public StringProperty reason() {
        return choices.reason;
    }

    public StringProperty wording() {
        return wording;
    }
}
