package se.ledamot.ui.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.brief.doc.Protokoll;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * "Protokoll": the secretary writes the minutes of a meeting. The meeting as a whole (times, chair, secretary,
 * justerare and the time of the justering, the days of approval and announcement) is saved with one action, and
 * when typing pauses ({@link MeetingTyping}); each
 * attendee added or removed is saved at once; each item's record is kept by an {@link ItemMinutesViewModel}. Reads
 * and writes run in the background, in this screen's lane (so a read sees the writes before it), and their results are
 * shown on the FX thread; a failed write keeps what was typed and says why. The kallelse and the protokoll are written
 * to PDF off the FX thread, after the minutes are stored. A refusal is shown in words and stores nothing.
 */
public final class MinutesViewModel {
    private final AppContext context;
    /** The screen's reads and writes, one at a time in the order given: a read sees every write before it. */
    private final TaskExecutor lane;
    private final PaperService papers;
    private final ItemMinutesViewModel item;
    private final PaperSettingsViewModel settings;
    private final MeetingMinutesForm form = new MeetingMinutesForm();
    private final PaperExportViewModel files;
    private final ParagraphOpeningViewModel opening;

    private final ObservableList<Meeting> meetingList = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final AttendanceViewModel attendance;
    private final ObservableList<Attendee> attendees;

    private Minutes loaded;
    /** A save asked for while the chosen meeting was still being read: done once its read is shown. */
    private PendingSave afterRead;

    private record PendingSave(long meetingId, Runnable save) { }

    /** The meeting whose minutes are being read, or null: a save asked for meanwhile waits for that read. */
    private Long reading;
    private final FormConflicts<Minutes> stale = new FormConflicts<>("minutes", MinutesConflicts::readable);
    private final MeetingTyping typing;

    public MinutesViewModel(AppContext context) {
        this.context = context;
        this.lane = context.tasks().inOrder();
        this.papers = context.services().papers();
        this.attendance = new AttendanceViewModel(papers, lane, meeting, error, form.chair(),
                (stored, failed) -> saveMeeting(meeting.get(), stored, failed));
        this.attendees = attendance.list();
        this.item = new ItemMinutesViewModel(context, lane, attendees, error, meeting, this::reload);
        this.settings = new PaperSettingsViewModel(context, lane, error);
        this.files = new PaperExportViewModel(context, status, error, meeting, item.entry(), settings,
                (m, then) -> saveMeeting(m, then, () -> { }));
        this.opening = new ParagraphOpeningViewModel(context.services().meetings(), lane, meeting, meetingList,
                this::reload, error);
        var putAside = context.services().putAside();
        stale.keepIn(new KeptAside<>(putAside, "minutes.minutes", lane, k -> context.services().meetings()
                .find(Long.parseLong(k)).map(m -> papers.storedMinutes(m.id())), KeptAside.Typed.whole(
                putAside.rows(Minutes.class), (k, b, m, s) -> Minutes.FIELDS_AND_ATTENDANCE),
                (k, b, m, s) -> Minutes.FIELDS_AND_ATTENDANCE));
        this.typing = new MeetingTyping(context.newDebouncer(), form, meeting::get,
                m -> loaded != null && loaded.meetingId() == m.id(), m -> stale.waits(String.valueOf(m.id())), m -> {
                    String said = status.get(); // stored quietly: the line keeps what it said
                    saveMeeting(m, () -> status.set(said), () -> { });
                });
        meeting.addListener((o, was, now) -> {
            if (was != null && form.typed()) {
                saveMeeting(was, () -> { }, () -> { });
            }
            if (was != null) {
                // The fields hold the meeting left until the chosen one is read: what is typed from now is for it.
                form.stored(form.values());
                settings.flush();
            }
            if (now != null) {
                context.minutesMeeting().set(String.valueOf(now.id()));
                load(now);
            }
        });
    }

    /** Every meeting, latest first; when none is chosen, the one {@link Meeting#forMinutes} says. */
    public void loadMeetings() {
        LocalDate today = context.today();
        String kept = context.minutesMeeting().get();
        BackgroundTask.of(p -> new Choices(context.services().meetings().list().reversed(),
                papers.minutesBeingWritten())).onSuccess(read -> {
            meetingList.setAll(read.meetings());
            if (meeting.get() == null) {
                Meeting.forMinutes(read.meetings(), kept, read.beingWritten(), today).ifPresent(meeting::set);
            }
        }).onFailure(e -> error.set(Errors.describe(e))).executeWith(lane);
    }

    private record Choices(List<Meeting> meetings, List<Long> beingWritten) { }

    /** Reads the meeting's minutes and its numbered items again. */
    public void reload() {
        if (meeting.get() != null) {
            load(meeting.get());
        }
    }

    /** What one meeting's screen shows, read together in the background; saves are met with {@code stored}. */
    private record Loaded(PaperSettingsViewModel.Stored settings, Minutes minutes, Minutes stored,
            MeetingPapers papers) {
    }

    private void load(Meeting m) {
        reading = m.id();
        BackgroundTask.of(p -> new Loaded(settings.read(m.body()), papers.minutes(m.id()),
                papers.storedMinutes(m.id()), papers.papers(m.id())))
                .onSuccess(read -> {
                    reading = m.id().equals(reading) ? null : reading;
                    if (m.equals(meeting.get())) {
                        show(read);
                    }
                }).onFailure(e -> {
                    reading = m.id().equals(reading) ? null : reading;
                    boolean saveWaited = afterRead != null && afterRead.meetingId() == m.id();
                    afterRead = saveWaited ? null : afterRead;
                    status.set(saveWaited ? "" : status.get());
                    error.set(saveWaited ? Localization.get("minutes.ui.saveAfterReadFailed", Errors.describe(e))
                            : Errors.describe(e));
                }).executeWith(lane);
    }

    private void show(Loaded read) {
        try {
            settings.show(read.settings());
            // What was typed for this meeting since the fields were last shown stays, and so does the copy it was
            // typed over (issue 16.5): the next save, or leaving the screen, compares it with what is stored.
            long id = read.minutes().meetingId();
            boolean keep = (form.typed() || stale.waits(String.valueOf(id))) && loaded != null
                    && loaded.meetingId() == id;
            if (!keep) {
                // A choice put aside for the meeting (kept from before) shows this side's values and their copy.
                String key = String.valueOf(id);
                loaded = stale.copyOf(key, read.stored());
                // A field typed into while the meeting was read keeps what was typed (closing note 11).
                form.fill(read.minutes());
                Minutes asked = stale.keepAsked(key, read.stored());
                if (stale.waits(key)) {
                    form.show(asked);
                }
                attendees.setAll(asked.attendance().attendees());
            }
            item.decisionTaken().adjusted().set(read.stored().adjusted() != null);
            MeetingPapers p = read.papers();
            attendance.show(p.bodyPapers());
            entries.setAll(p.entries().stream().map(e -> new EntryRow(e.number(), p.paragraph(e), Kallelse.name(p, e),
                    e.item(), e.matter() == null ? null : e.matter().kind(), e.standard(),
                    Protokoll.standardWording(p, e))).toList());
            item.show(opening.after(entries, item.entry().get()));
            // The read went well; a choice put aside on the item shown still waits, and the line keeps saying so.
            error.set(item.lineAfterRead());
            if (afterRead != null && afterRead.meetingId() == id) {
                Runnable save = afterRead.save();
                afterRead = null;
                save.run();
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    /**
     * Stores the meeting's part of the minutes as typed, after the item's wording, in the lane after every write
     * before it; false (and said why) when a field does not make sense: not stored.
     */
    public boolean saveMeeting() {
        return saveMeeting(meeting.get(), () -> { }, () -> { });
    }

    /**
     * As {@link #saveMeeting()}, then {@code saved} once stored. When the write fails (refused, or the disk failed)
     * the fields keep what was typed, the message says why, and {@code failed} runs.
     */
    private boolean saveMeeting(Meeting current, Runnable saved, Runnable failed) {
        if (current == null) {
            return false;
        }
        // The minutes saved or printed next go after it in the lane: Spara and the papers take the wording on screen.
        item.wording().handOver();
        if (loaded == null || loaded.meetingId() != current.id()) {
            // The chosen meeting is still being read: what is typed is for it, stored once its minutes are here to
            // be met with. A save already waiting stays first: replaced, what was to follow it (a protokoll) was lost.
            Runnable before = afterRead != null && afterRead.meetingId() == current.id() ? afterRead.save() : () -> { };
            afterRead = new PendingSave(current.id(), () -> { before.run(); saveMeeting(current, saved, failed); });
            status.set(Localization.get("minutes.ui.saveAfterRead", current));
            if (!current.id().equals(reading)) {
                load(current); // its read failed before: read it again, what was typed stays
            }
            return true;
        }
        Minutes m;
        List<Object> typed = form.values();
        try {
            m = form.toMinutes(current.id(), loaded, attendees);
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
        // Compared with the copy the form was filled from (issue 16.5); the copy moves on to what is sent at once.
        Minutes base = loaded;
        loaded = m;
        BackgroundTask.of(p -> papers.saveMinutes(base, m)).onSuccess(merge -> {
            if (current.equals(meeting.get())) {
                boolean typedSince = !form.values().equals(typed);
                loaded = loaded == m ? merge.nextBase(base) : loaded;
                form.stored(typed);
                item.decisionTaken().adjusted().set(merge.merged().adjusted() != null);
                if (merge.conflicts().isEmpty()) {
                    stale.saved(String.valueOf(current.id()));
                }
                Minutes shown = merge.conflicts().isEmpty() ? merge.merged()
                        : stale.met(String.valueOf(current.id()), base, m, merge, current.label());
                if (!shown.equals(m) && !typedSince) {
                    form.show(shown);
                    attendees.setAll(shown.attendance().attendees());
                }
            }
            error.set("");
            status.set(merge.conflicts().isEmpty() ? Localization.get("minutes.ui.saved")
                    : Localization.get("minutes.ui.savedButAsked", merge.conflicts().size()));
            saved.run();
        }).onFailure(e -> {
            loaded = loaded == m ? base : loaded;
            error.set(Localization.get("minutes.ui.saveFailed", Errors.describe(e)));
            failed.run();
        }).executeWith(lane);
        return true;
    }

    /**
     * The user chose in the conflict view: the stored value comes into the form, or this side's stays; once every
     * field is chosen the form is saved again from a copy holding the stored values, so the choice is what is sent.
     */
    public void choose(Conflict c, Resolution choice, Runnable after) {
        Meeting current = meeting.get();
        if (c.entity().equals("minutes") && (current == null || !c.key().equals(String.valueOf(current.id())))) {
            chooseAside(c, choice);
            after.run();
            return;
        }
        Minutes shown = current == null || !stale.waits(String.valueOf(current.id())) ? null
                : stale.choose(c, choice, form.toMinutes(current.id(), loaded, attendees));
        if (shown != null) {
            form.show(shown);
            attendees.setAll(shown.attendance().attendees());
            FormConflicts.Settled<Minutes> copy = stale.settled(String.valueOf(current.id()), loaded);
            if (copy != null) {
                loaded = copy.copy();
                saveMeeting();
            }
        }
        after.run();
    }

    /** A choice for a meeting not shown (kept from before): stored from the values kept for it once all is chosen. */
    private void chooseAside(Conflict c, Resolution choice) {
        if (stale.waits(c.key()) && stale.choose(c, choice, stale.kept(c.key())) != null) {
            FormConflicts.Settled<Minutes> next = stale.settled(c.key(), null);
            if (next != null) {
                stale.storeAside(c.key(), next, c.title(), papers::saveMinutes, lane, () -> { },
                        e -> error.set(Localization.get("minutes.ui.saveFailed", Errors.describe(e))));
            }
        }
    }

    /**
     * The minutes put aside before (in a window since closed, or before a crash), met with the minutes as stored now
     * and asked again; the meeting shown, when it is one of them and nothing was typed, shows what was typed then.
     */
    void askKept() {
        stale.askKept(papers::saveMinutes, "minutes.ui.meeting.keptAside", () -> {
            Meeting current = meeting.get();
            String key = current == null ? "" : String.valueOf(current.id());
            if (loaded != null && stale.waits(key) && !form.typed()) {
                Minutes storedNow = loaded;
                loaded = stale.copyOf(key, storedNow);
                Minutes asked = stale.keepAsked(key, storedNow);
                form.show(asked);
                attendees.setAll(asked.attendance().attendees());
            }
            return false;
        }, item::sayFirst);
        item.askKept();
        settings.askKept(item::sayFirst);
    }

    /** The meetings, items and papers' settings whose choice put aside waits, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return Stream.of(stale.waitingAside(), item.waitingAside(), settings.waitingAside())
                .flatMap(List::stream).toList();
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    /** Hands over what is typed and not stored; false when one cannot be, or a vote or a choice put aside waits. */
    public boolean flush() {
        boolean restStored = item.flush() & settings.flush(); // every one, whatever the first says
        // The items', settings' and minutes' choices in one view: asked apart, the last hid the others.
        List<Conflict> waiting = Stream.of(item.waiting(), settings.waiting(), stale.waiting())
                .flatMap(List::stream).toList();
        if (!waiting.isEmpty()) {
            stale.onConflicts.accept(waiting);
        }
        return (!form.typed() || saveMeeting()) && restStored && waiting.isEmpty();
    }

    /** Words on a date typed that is no date (the field keeps it, framed in red); "" once it is typed right. */
    void badDate(String why) {
        typing.dateRefused(why);
        error.set(why);
    }

    /** The meeting's part of the minutes, as typed. */
    public MeetingMinutesForm form() {
        return form;
    }

    public PaperSettingsViewModel settings() {
        return settings;
    }

    public ItemMinutesViewModel item() {
        return item;
    }

    /** Writes the meeting's papers: the kallelse, the protokoll, an extract, the whole meeting. */
    PaperExportViewModel files() {
        return files;
    }

    /** Opens a meeting's § asked for from another screen, with a wording offered beside the one recorded. */
    public void open(long meetingId, long itemId, String wording) {
        item.wording().offer(itemId, wording);
        opening.open(meetingId, itemId);
    }

    ParagraphOpeningViewModel opening() {
        return opening;
    }

    public ObservableList<Meeting> meetings() {
        return meetingList;
    }

    public ObjectProperty<Meeting> meeting() {
        return meeting;
    }

    public ObservableList<EntryRow> entries() {
        return entries;
    }

    public AttendanceViewModel attendance() {
        return attendance;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
