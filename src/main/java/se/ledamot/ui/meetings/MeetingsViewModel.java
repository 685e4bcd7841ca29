package se.ledamot.ui.meetings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The list of meetings and the form that creates or edits one. The form holds text as typed; a wrong date or time
 * is refused with a sentence and nothing is stored. What she typed and left is stored as she leaves it, and kept
 * ({@link LeftForms}) when that fails, to be shown when she comes back and stored again.
 */
public final class MeetingsViewModel {
    private final AppContext context;
    private final TaskExecutor writes;
    private final MeetingService meetingService;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<Body> bodies = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>();
    private final MeetingForm form = new MeetingForm();
    private final KallelseFileViewModel kallelse;
    private final MeetingConflicts conflicts;

    /** A meeting to select once the meetings have been read (another screen asked for it). */
    private Long wanted;
    /** The copy a typed field of the selected meeting's form started from, when it is not the stored row. */
    private Meeting copy;
    /** What was typed in meetings' forms and is being stored, or failed to be: their forms if she is back. */
    private final LeftForms left = new LeftForms();
    private final DroppedSaves dropped;
    /** Whether meetings have been shown: until then none is chosen by the user, and the next to come is chosen. */
    private boolean shown;

    public MeetingsViewModel(AppContext context) {
        this.context = context;
        this.writes = context.tasks().inOrder();
        this.meetingService = context.services().meetings();
        this.dropped = new DroppedSaves(meetingService::add,
                (stored, typed) -> meetingService.save(stored, typed).merged());
        this.kallelse = new KallelseFileViewModel(context);
        this.conflicts = new MeetingConflicts(context.dialogs()::notify);
        selected.addListener((o, was, now) -> {
            keepTyped(was, now);
            LeftForms.Sent back = left.back(now == null ? null : now.id());
            copy = back == null ? null : back.base();
            form.fill(back != null ? back.mine() : now, bodies);
            kallelse.show(now);
        });
    }

    /** The kallelse file the selected meeting was imported from, to open. */
    KallelseFileViewModel kallelse() {
        return kallelse;
    }

    public void reload() {
        BackgroundTask.of(p -> new Loaded(context.services().bodies().list(), meetingService.list(),
                        context.services().settings().notice()))
                .title(Localization.get("meeting.ui.loading"))
                .onSuccess(this::apply)
                .executeWith(context.tasks());
    }

    private record Loaded(List<Body> bodies, List<Meeting> meetings, NoticeRule notice) { }

    /**
     * Another's save (server, sync): the meetings are read again, the selected one stays selected, its form takes the
     * stored value where nothing is typed; a typed field keeps the typing, its copy the old value (saving meets the
     * other's change of it in the conflict view) while the table shows what is stored. A chosen conflict, or a typed
     * meeting gone, leaves all as it is.
     */
    public void readAgain() {
        BackgroundTask.of(p -> new Loaded(context.services().bodies().list(), meetingService.list(),
                        context.services().settings().notice()))
                .onSuccess(loaded -> {
                    Meeting old = selected.get();
                    Meeting base = copy != null ? copy : old;
                    TypingKept typed = TypingKept.overRead(form, old, bodies);
                    Meeting fresh = typed.copy(old, loaded.meetings(), base);
                    if (!conflicts.waits() && (old == null || fresh != null || typed.none())) {
                        apply(loaded);
                        copy = typed.none() ? null : fresh;
                    }
                    typed.putBack(form);
                })
                .executeWith(context.tasks());
    }

    /** Opens a meeting (another screen asked for it): it is selected once the list that holds it has been read. */
    public void open(long meetingId) {
        wanted = meetingId;
        reload();
    }

    private void apply(Loaded loaded) {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        bodies.setAll(loaded.bodies());
        meetings.setAll(loaded.meetings());
        if (form.body.get() == null && !bodies.isEmpty()) {
            form.body.set(bodies.getFirst());
        }
        // On opening, the meeting the secretary and the groups work on: the next to come, else the latest held
        // (before, none was chosen and the list began with the oldest, a held one).
        if (keep != null) {
            selected.set(meetings.stream().filter(m -> m.id().equals(keep)).findFirst().orElse(null));
        } else {
            selected.set(shown ? null : Meeting.nextComing(meetings, context.today()).orElse(null));
        }
        shown |= !meetings.isEmpty();
        form.notice(loaded.notice());
    }

    /** A new meeting's form: one typed in it stored first (meetings35: it was cleared), one not added shown. */
    public void newMeeting() {
        boolean onNew = selected.get() == null;
        if (choose(null) && onNew) {
            LeftForms.Sent back = left.back(null);
            copy = back == null ? null : back.base();
            form.fill(back == null ? null : back.mine(), bodies);
        }
    }

    /**
     * She chooses a meeting in the list (null: a new one). The form of the one before is stored as she leaves it, a
     * new one too (kept when its adding fails); one that cannot be (a wrong day) keeps her on it, said, the field
     * framed in red (meetings32: her typing was dropped for the meeting chosen). False when she stays.
     */
    public boolean choose(Meeting now) {
        Meeting was = selected.get();
        if (was == null ? form.holdsTyping() : (now == null || !now.id().equals(was.id())) && !unchanged(was)) {
            Meeting typed;
            try {
                typed = form.typed(was == null ? null : was.id());
            } catch (RuntimeException e) {
                refused(TypedMeeting.said("meeting.ui.stays", was, e));
                return false;
            }
            if (was == null) {
                java.util.Optional.ofNullable(left.addingNew(typed, copy)).ifPresent(this::storeLeft); // null: sent
            }
        }
        selected.set(now);
        return true;
    }

    /** Her form cannot be stored: said, and the field typed wrongly framed in red until typed right. */
    private void refused(String said) {
        form.markWrong();
        context.dialogs().notify(said);
    }

    private boolean unchanged(Meeting m) { // the form holds the meeting as stored, or as the copy typing started from
        return form.shows(copy != null ? copy : m, bodies);
    }

    /** Spara: always answered, a refusal of the store's said on leaving before included. */
    public boolean save() {
        left.sayAgain(selected.get() == null ? null : selected.get().id());
        return store();
    }

    /** Adds the form's meeting or stores the selected one's changes, in the background; a wrong day refused. */
    private boolean store() {
        conflicts.saving();
        Meeting m;
        try {
            m = form.typed(selected.get() == null ? null : selected.get().id());
        } catch (RuntimeException e) {
            form.markWrong();
            context.dialogs().notify(Errors.describe(e));
            return false;
        }
        LeftForms.Sent sent = m.id() == null ? left.addingNew(m, copy) : new LeftForms.Sent(copy != null ? copy
                : selected.get(), m);
        if (sent == null || left.onItsWay(m)) {
            return true; // on its way already (Spara, then another meeting chosen or the screen left)
        }
        left.storing(sent);
        AtomicReference<RowMerge<Meeting>> merge = new AtomicReference<>();
        write(sent, () -> {
            if (m.id() != null) { // issue 16.5: a field only someone else changed is kept, one both changed asked
                conflicts.met(m, merge.updateAndGet(none -> meetingService.save(dropped.baseOf(sent), m)));
                return merge.get().merged();
            }
            return dropped.add(sent);
        }, stored -> {
            Long on = selected.get() == null ? null : selected.get().id(); // her choice stays; left, she is told
            KeptTheirs.tell(context.dialogs(), stored, merge.get() == null || stored.id().equals(on) ? Localization.get(
                    "meeting.ui.saved", stored) : KeptTheirs.said(stored, sent.base(), m, merge.get()));
            return left.onNew(sent) ? stored.id() : on;
        });
        return true;
    }

    /** She leaves the screen or closes: her forms stored (walk31: lost at closing); false when one cannot be. */
    public boolean flush() {
        Meeting m = selected.get();
        // Forms left for another meeting whose save failed are stored again (meetings32: they were lost); whether
        // one is not stored is known from the saves before this flush (the close asks after its second).
        boolean stored = left.noneFailed(m != null && !unchanged(m));
        left.toSendAgain().forEach(this::storeLeft);
        // A form that cannot be stored is said naming the meeting, as on choosing another; one whose conflict waits
        // for her choice is not sent over the other's change unasked (meetings31: closing did).
        boolean typed = m == null ? form.holdsTyping() : !unchanged(m);
        return (m == null || !conflicts.waits()) && (!typed || TypedMeeting.orSaid(m,
                () -> form.typed(m == null ? null : m.id()), this::refused) != null && store()) && stored;
    }

    /**
     * Another meeting chosen in the list: what was typed in the form of the one before and not saved is stored
     * with it, in the background, and the new choice stays (walk31: choosing another meeting dropped it without a
     * word). A form that cannot be stored (a wrong date) is said, naming the meeting, and not stored.
     */
    private void keepTyped(Meeting was, Meeting now) {
        if (was == null || now != null && was.id().equals(now.id()) || unchanged(was)
                || meetings.stream().noneMatch(x -> x.id().equals(was.id()))) {
            return; // the same meeting read again or stored, nothing typed, or one deleted
        }
        Meeting m = TypedMeeting.orSaid(was, () -> form.typed(was.id()), this::refused);
        if (m != null && !left.onItsWay(m)) { // Spara sent it
            storeLeft(new LeftForms.Sent(copy != null ? copy : was, m));
        }
    }

    /** Stores a form left for another meeting (or whose save failed; a new one added) in the background. */
    private void storeLeft(LeftForms.Sent sent) {
        left.storing(sent);
        AtomicReference<RowMerge<Meeting>> merge = new AtomicReference<>();
        write(sent, () -> sent.id() == null ? dropped.add(sent) : merge.updateAndGet(none ->
                        meetingService.save(dropped.baseOf(sent), sent.mine())).merged(),
                stored -> {
                    KeptTheirs.tell(context.dialogs(), stored, sent.id() == null ? Localization.get("meeting.ui.saved",
                            stored) : KeptTheirs.said(stored, sent.base(), sent.mine(), merge.get()));
                    return selected.get() == null ? null : selected.get().id();
                });
    }

    /** Deletes the selected meeting and its agenda after asking; the question names its protokoll when one is begun. */
    public void delete() {
        Meeting m = selected.get();
        if (m == null) {
            return;
        }
        BackgroundTask.of(p -> context.services().papers().minutesBegun(m.id())).onSuccess(begun -> {
            if (context.dialogs().confirm(Localization.get("meeting.ui.delete.title"),
                    Localization.get(begun ? "meeting.ui.delete.minutes" : "meeting.ui.delete.text", m))) {
                write(null, () -> {
                    meetingService.delete(m.id());
                    return m;
                }, deleted -> null);
            }
        }).onFailure(e -> context.dialogs().notify(Errors.describe(e))).executeWith(writes);
    }

    /** Writes after those before, selects what {@code then} names; a {@code sent} failing is kept (said). */
    private void write(LeftForms.Sent sent, Callable<Meeting> work, Function<Meeting, Long> then) {
        BackgroundTask.of(p -> {
                    Meeting written = dropped.run(sent, work);
                    return new Written(written, meetingService.list());
                })
                .onSuccess(w -> {
                    Long select = then.apply(w.meeting());
                    Map<String, Object> typing = TypingKept.afterWrite(form, bodies, selected.get(), select,
                            w.meeting(), sent == null ? null : left.stored(sent));
                    copy = null;
                    meetings.setAll(w.meetings());
                    selected.set(meetings.stream().filter(x -> x.id().equals(select)).findFirst().orElse(null));
                    if (typing != null) {
                        typing.forEach(form::put);
                    }
                    context.mattersChanged();
                    conflicts.show(selected.get(), this::fillField);
                })
                .onFailure(e -> {
                    // Left for another meeting, it is named, and said to be kept (meetings32: it was lost).
                    Meeting on = selected.get();
                    boolean here = sent != null && (sent.id() == null ? on == null
                            : on != null && on.id().equals(sent.id()));
                    if (sent != null) {
                        LeftForms.Sent kept = left.failed(sent, here);
                        copy = here && copy == sent.mine() ? kept.base() : copy; // her form, shown: not stored
                    }
                    String said = sent == null || here ? Errors.describe(e)
                            : LeftForms.notStored(sent, Errors.describe(e));
                    left.say(sent == null ? null : sent.id(), e, said, context.dialogs()::notify);
                })
                .executeWith(writes);
    }

    private record Written(Meeting meeting, List<Meeting> meetings) { }

    /**
     * The user chose in the conflict view: the server's value comes into the form, or this side's stays; once every
     * field is chosen the form is saved again (its copy now holds the server's values, so the choice is what is sent).
     */
    public void choose(Conflict c, Resolution choice, Runnable after) {
        if (conflicts.choose(c, choice, this::fillField)) {
            store();
        }
        after.run();
    }

    /** How conflicts are shown; returned, what says those open in the view as she leaves the screen. */
    public java.util.function.Consumer<List<Conflict>> setOnConflicts(Predicate<List<Conflict>> show) {
        conflicts.setOnConflicts(show);
        return conflicts::putAway;
    }

    private void fillField(String code, Meeting m) {
        form.fillField(code, m, bodies);
    }

    /** The column of the field typed wrongly that keeps her on the meeting ("meeting_date"); empty when none. */
    public ReadOnlyStringProperty wrongProperty() {
        return form.wrong.getReadOnlyProperty();
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObservableList<Body> bodies() {
        return bodies;
    }

    public ObjectProperty<Meeting> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Body> bodyProperty() {
        return form.body;
    }

    public StringProperty dateProperty() {
        return form.date;
    }

    public StringProperty timeProperty() {
        return form.time;
    }

    public StringProperty placeProperty() {
        return form.place;
    }

    public ObjectProperty<MeetingStatus> statusProperty() {
        return form.status;
    }

    /** The posting day (anslås den) as typed, ISO like the meeting's date; empty: not given. */
    public StringProperty postedProperty() {
        return form.posted;
    }

    /** A sentence naming 5 kap. 11 § when the posting day is later than the council's days of notice allow. */
    public ReadOnlyStringProperty postingWarningProperty() {
        return form.postingWarning.getReadOnlyProperty();
    }
}
