package se.ledamot.ui.meetings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
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
import se.ledamot.l10n.MeetingText;
import se.ledamot.service.BodyService;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The list of meetings and the form that creates or edits one. The form holds text as typed; a wrong date or time
 * is refused with a sentence and nothing is stored.
 */
public final class MeetingsViewModel {
    private final AppContext context;
    private final TaskExecutor writes;
    private final MeetingService meetingService;
    private final BodyService bodyService;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<Body> bodies = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Body> body = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(MeetingStatus.PLANNED);
    /** The day the notice went up on the anslagstavla, as typed; empty when not given. */
    private final StringProperty posted = new SimpleStringProperty("");
    private final StringProperty postingWarning = new SimpleStringProperty("");
    private final Map<String, Property<?>> form = Map.of("body_code", body, "meeting_date", date, "meeting_time", time,
            "place", place, "posted_on", posted, "status", status);
    /** The council's days of notice, read with the meetings (Inställningar may change them). */
    private NoticeRule notice = NoticeRule.LAW;
    private final KallelseFileViewModel kallelse;

    /** Handed over from the worker: a save that met a conflict, shown once the stored meeting is selected. */
    private final AtomicReference<Met> met = new AtomicReference<>();
    /** The conflict shown, and the fields chosen so far. */
    private Met waiting;
    private final Set<String> chosen = new HashSet<>();
    private Consumer<List<Conflict>> onConflicts = list -> { };

    /** A meeting to select once the meetings have been read (another screen asked for it). */
    private Long wanted;
    /** The copy a typed field of the selected meeting's form started from, when it is not the stored row. */
    private Meeting copy;
    /** What was typed in a meeting's form and is being stored (another chosen): its form if she is back meanwhile. */
    private final Map<Long, Meeting> storing = new HashMap<>();
    /** Whether meetings have been shown: until then none is chosen by the user, and the next to come is chosen. */
    private boolean shown;

    public MeetingsViewModel(AppContext context) {
        this.context = context;
        this.writes = context.tasks().inOrder();
        this.meetingService = context.services().meetings();
        this.bodyService = context.services().bodies();
        this.kallelse = new KallelseFileViewModel(context);
        selected.addListener((o, was, now) -> {
            keepTyped(was, now);
            copy = now == null ? null : storing.get(now.id());
            fill(copy != null ? copy : now);
            kallelse.show(now);
        });
        date.addListener((o, was, now) -> warnOfLatePosting());
        posted.addListener((o, was, now) -> warnOfLatePosting());
    }

    /** Warns, as the secretary types, of a posting day later than the days of notice allow; nothing is refused. */
    private void warnOfLatePosting() {
        postingWarning.set(LatePosting.warning(notice, date.get(), posted.get()));
    }

    /** The kallelse file the selected meeting was imported from, to open. */
    KallelseFileViewModel kallelse() {
        return kallelse;
    }

    public void reload() {
        BackgroundTask.of(p -> new Loaded(bodyService.list(), meetingService.list(),
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
        BackgroundTask.of(p -> new Loaded(bodyService.list(), meetingService.list(),
                        context.services().settings().notice()))
                .onSuccess(loaded -> {
                    Meeting old = selected.get();
                    Meeting base = copy != null ? copy : old;
                    Map<String, Object> typed = formValues();
                    fill(old);
                    Map<String, Object> filled = formValues();
                    Set<String> kept = new HashSet<>(typed.keySet());
                    kept.removeIf(code -> Objects.equals(typed.get(code), filled.get(code)));
                    Meeting fresh = old == null ? null : loaded.meetings().stream()
                            .filter(m -> m.id().equals(old.id())).findFirst().orElse(null);
                    if (waiting == null && (old == null || fresh != null || kept.isEmpty())) {
                        for (var f : Meeting.FIELDS) {
                            fresh = fresh != null && kept.contains(f.code()) ? f.take().apply(fresh, base) : fresh;
                        }
                        apply(loaded);
                        copy = kept.isEmpty() ? null : fresh;
                    }
                    kept.forEach(code -> putBack(code, typed.get(code)));
                })
                .executeWith(context.tasks());
    }

    /** The form's values by the columns they show ({@link Meeting#FIELDS}' codes). */
    private Map<String, Object> formValues() {
        Map<String, Object> values = new HashMap<>();
        form.forEach((code, field) -> values.put(code, field.getValue()));
        return values;
    }

    @SuppressWarnings("unchecked")
    private void putBack(String code, Object typed) {
        ((Property<Object>) form.get(code)).setValue(typed);
    }

    /** Opens a meeting (another screen asked for it): it is selected once the list that holds it has been read. */
    public void open(long meetingId) {
        wanted = meetingId;
        reload();
    }

    private void apply(Loaded loaded) {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        notice = loaded.notice();
        bodies.setAll(loaded.bodies());
        meetings.setAll(loaded.meetings());
        if (body.get() == null && !bodies.isEmpty()) {
            body.set(bodies.getFirst());
        }
        // On opening, the meeting the secretary and the groups work on: the next to come, else the latest held
        // (before, none was chosen and the list began with the oldest, a held one).
        if (keep != null) {
            selected.set(meetings.stream().filter(m -> m.id().equals(keep)).findFirst().orElse(null));
        } else {
            selected.set(shown ? null : Meeting.nextComing(meetings, context.today()).orElse(null));
        }
        shown |= !meetings.isEmpty();
        warnOfLatePosting(); // the days of notice read now may differ from those the day was checked against
    }

    /** Clears the form for a new meeting of the council. */
    public void newMeeting() {
        selected.set(null);
        fill(null);
    }

    /**
     * Adds the meeting in the form, or stores the changes to the selected one, in the background; the stored meeting
     * is then selected. A wrong date or time is refused at once and nothing is stored.
     */
    public boolean save() {
        waiting = null;
        chosen.clear();
        Meeting m;
        try {
            m = typed(selected.get() == null ? null : selected.get().id());
        } catch (RuntimeException e) {
            context.dialogs().notify(Errors.describe(e));
            return false;
        }
        Meeting base = copy != null ? copy : selected.get();
        write(() -> {
            if (m.id() != null) {
                // Compared with the copy the form was filled from (issue 16.5): a field someone else saved meanwhile
                // is kept, one both changed waits for the user's choice.
                RowMerge<Meeting> merge = meetingService.save(base, m);
                met.set(merge.conflicts().isEmpty() ? null : new Met(m, merge));
                return merge.merged();
            }
            return meetingService.add(m);
        }, stored -> {
            context.dialogs().notify(Localization.get("meeting.ui.saved", stored));
            return stored.id();
        });
        return true;
    }

    /**
     * Saves what is typed in the selected meeting's form when it differs from the meeting (she leaves the screen or
     * closes the window; walk31: a place typed without Spara was lost at closing); false when it cannot be stored.
     */
    public boolean flush() {
        Meeting m = selected.get();
        // A form that cannot be stored is said naming the meeting, as on choosing another; one whose conflict waits
        // for her choice is not sent over the other's change unasked (meetings31: closing did).
        return m == null || waiting == null && (formValues().equals(TypedMeeting.valuesOf(copy != null ? copy : m,
                bodies)) || TypedMeeting.orSaid(m, () -> typed(m.id()), context.dialogs()::notify) != null && save());
    }

    /**
     * Another meeting chosen in the list: what was typed in the form of the one before and not saved is stored
     * with it, in the background, and the new choice stays (walk31: choosing another meeting dropped it without a
     * word). A form that cannot be stored (a wrong date) is said, naming the meeting, and not stored.
     */
    private void keepTyped(Meeting was, Meeting now) {
        if (was == null || now != null && was.id().equals(now.id())
                || formValues().equals(TypedMeeting.valuesOf(copy != null ? copy : was, bodies))
                || meetings.stream().noneMatch(x -> x.id().equals(was.id()))) {
            return; // the same meeting read again or stored, nothing typed, or one deleted
        }
        Meeting m = TypedMeeting.orSaid(was, () -> typed(was.id()), context.dialogs()::notify);
        if (m == null) {
            return;
        }
        Meeting base = copy != null ? copy : was;
        storing.put(was.id(), m);
        AtomicReference<RowMerge<Meeting>> merge = new AtomicReference<>();
        write(() -> merge.updateAndGet(none -> meetingService.save(base, m)).merged(), stored -> {
            context.dialogs().notify(KeptTheirs.said(stored, base, m, merge.get()));
            return selected.get() == null ? null : selected.get().id();
        });
    }

    /** The meeting as the form has it, with this id (null: a new one); a wrong date or time is refused. */
    private Meeting typed(Long id) {
        return TypedMeeting.of(id, body.get(), date.get(), time.get(), place.get(), status.get(), posted.get());
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
                write(() -> {
                    meetingService.delete(m.id());
                    return m;
                }, deleted -> null);
            }
        }).onFailure(e -> context.dialogs().notify(Errors.describe(e))).executeWith(writes);
    }

    /** Writes after every write before it, reads the meetings anew and selects the one {@code then} names. */
    private void write(Callable<Meeting> work, Function<Meeting, Long> then) {
        BackgroundTask.of(p -> {
                    Meeting written = work.call();
                    return new Written(written, meetingService.list());
                })
                .onSuccess(w -> {
                    Long select = then.apply(w.meeting());
                    // Typing in the form of another meeting than the one written (chosen meanwhile) stays, and in
                    // its own if she came back and typed on while it was stored.
                    Meeting current = selected.get();
                    Meeting sent = storing.remove(w.meeting().id());
                    Map<String, Object> typing = current == null || current.id().equals(w.meeting().id())
                            && (sent == null || formValues().equals(TypedMeeting.valuesOf(sent, bodies))) ? null
                            : formValues();
                    copy = null;
                    meetings.setAll(w.meetings());
                    selected.set(meetings.stream().filter(x -> x.id().equals(select)).findFirst().orElse(null));
                    if (typing != null) {
                        typing.forEach(this::putBack);
                    }
                    context.mattersChanged();
                    showMet();
                })
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(writes);
    }

    private record Written(Meeting meeting, List<Meeting> meetings) { }

    /** A save that met someone else's change of a field this form changed too. */
    private record Met(Meeting mine, RowMerge<Meeting> merge) { }

    /**
     * After a save that met a conflict: the form shows what is stored, with this side's value in the fields both
     * changed (nothing typed is lost), and the conflict view asks which stands.
     */
    private void showMet() {
        Met m = met.getAndSet(null);
        if (m == null || selected.get() == null || !selected.get().id().equals(m.mine().id())) {
            return;
        }
        waiting = m;
        m.merge().conflicts().forEach(f -> fillField(f.code(), m.mine()));
        onConflicts.accept(m.merge().shown("meeting", String.valueOf(m.mine().id()), m.mine().label(),
                selected.get(), m.mine()).stream().map(MeetingText::statusSaid).toList());
    }

    /**
     * The user chose in the conflict view: the server's value comes into the form, or this side's stays; once every
     * field is chosen the form is saved again (its copy now holds the server's values, so the choice is what is sent).
     */
    public void choose(Conflict c, Resolution choice, Runnable after) {
        Met m = waiting;
        if (m != null && c.key().equals(String.valueOf(m.mine().id()))) {
            if (choice == Resolution.THEIRS) {
                fillField(c.field(), m.merge().theirs());
            }
            chosen.add(c.field());
            if (chosen.size() == m.merge().conflicts().size()) {
                save();
            }
        }
        after.run();
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        onConflicts = show;
    }

    private void fillField(String code, Meeting m) {
        putBack(code, TypedMeeting.valuesOf(m, bodies).get(code));
    }

    private void fill(Meeting m) {
        TypedMeeting.valuesOf(m, bodies).forEach(this::putBack);
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
        return body;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<MeetingStatus> statusProperty() {
        return status;
    }

    /** The posting day (anslås den) as typed, ISO like the meeting's date; empty: not given. */
    public StringProperty postedProperty() {
        return posted;
    }

    /** A sentence naming 5 kap. 11 § when the posting day is later than the council's days of notice allow. */
    public ReadOnlyStringProperty postingWarningProperty() {
        return postingWarning;
    }
}
