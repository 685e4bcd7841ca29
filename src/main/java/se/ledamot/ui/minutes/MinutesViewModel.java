package se.ledamot.ui.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.domain.meeting.AgendaItem;
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
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * "Protokoll": the secretary writes the minutes of a meeting. The meeting as a whole (times, chair, secretary,
 * justerare and the time of the justering, the days of approval and announcement) is saved with one action; each
 * attendee added or removed is saved at once; each item's record is kept by an {@link ItemMinutesViewModel}. Reads
 * and writes run in the background, in this screen's lane (so a read sees the writes before it), and their results are
 * shown on the FX thread; a failed write keeps what was typed and says why. The kallelse and the protokoll are written
 * to PDF off the FX thread, after the minutes are stored. A refusal is shown in words and stores nothing.
 */
public final class MinutesViewModel {
    /** One numbered item as the list shows it: "§ 103 Motion om …"; kind null for a standard item. */
    public record EntryRow(int number, int paragraph, String title, AgendaItem item, se.ledamot.domain.MatterKind kind) {
        @Override
        public String toString() {
            return "§ " + paragraph + "  " + title;
        }
    }

    private final AppContext context;
    /** The screen's reads and writes, one at a time in the order given: a read sees every write before it. */
    private final TaskExecutor lane;
    private final PaperService papers;
    private final ItemMinutesViewModel item;
    private final PaperSettingsViewModel settings;
    private final MeetingMinutesForm form = new MeetingMinutesForm();
    private final PaperExportViewModel files;

    private final ObservableList<Meeting> meetingList = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final AttendanceViewModel attendance;
    private final ObservableList<Attendee> attendees;

    private Minutes loaded;
    private final FormConflicts<Minutes> stale = new FormConflicts<>("minutes", MinutesConflicts::readable);

    public MinutesViewModel(AppContext context) {
        this.context = context;
        this.lane = context.tasks().inOrder();
        this.papers = context.services().papers();
        this.attendance = new AttendanceViewModel(papers, lane, meeting, error, this::saveMeeting);
        this.attendees = attendance.list();
        this.item = new ItemMinutesViewModel(context, lane, attendees, error);
        this.settings = new PaperSettingsViewModel(context, lane, error, status);
        this.files = new PaperExportViewModel(context, status, error);
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
                context.preferences().minutesMeeting().set(now.id());
                load(now);
            }
        });
    }

    /**
     * Every meeting, latest first. When none is chosen: the one last worked on here (kept over a restart, as
     * Partigrupp keeps its group), else the latest whose minutes are being written (begun, not justerade), else the
     * latest held.
     */
    public void loadMeetings() {
        LocalDate today = context.today();
        long kept = context.preferences().minutesMeeting().get();
        BackgroundTask.of(p -> new Choices(context.services().meetings().list().reversed(),
                papers.minutesBeingWritten())).onSuccess(read -> {
            List<Meeting> list = read.meetings();
            meetingList.setAll(list);
            if (meeting.get() == null) {
                list.stream().filter(m -> m.id() == kept).findFirst()
                        .or(() -> read.beingWritten().stream().flatMap(id -> list.stream().filter(m -> m.id() == id))
                                .findFirst())
                        .or(() -> list.stream().filter(m -> !m.date().isAfter(today)).findFirst())
                        .or(() -> list.stream().findFirst()).ifPresent(meeting::set);
            }
        }).onFailure(e -> error.set(Errors.describe(e))).executeWith(lane);
    }

    private record Choices(List<Meeting> meetings, List<Long> beingWritten) {
    }

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
        BackgroundTask.of(p -> new Loaded(settings.read(m.body()), papers.minutes(m.id()),
                papers.storedMinutes(m.id()), papers.papers(m.id())))
                .onSuccess(read -> {
                    if (m.equals(meeting.get())) {
                        show(read);
                    }
                }).onFailure(e -> error.set(Errors.describe(e))).executeWith(lane);
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
                loaded = read.stored();
                // A field typed into while the meeting was read keeps what was typed (closing note 11).
                form.fill(read.minutes());
                attendees.setAll(loaded.attendance().attendees());
            }
            MeetingPapers p = read.papers();
            EntryRow selected = item.entry().get();
            entries.setAll(p.entries().stream().map(e -> new EntryRow(e.number(), p.paragraph(e),
                    Kallelse.title(e), e.item(), e.matter() == null ? null : e.matter().kind())).toList());
            item.show(selected == null ? null : entries.stream().filter(r -> r.number() == selected.number())
                    .findFirst().orElse(null));
            error.set("");
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    /**
     * Stores the meeting's part of the minutes as the fields hold it, in the background after every write before it.
     * False (and said why) when a field does not make sense: nothing is then stored.
     */
    public boolean saveMeeting() {
        return saveMeeting(() -> { }, () -> { });
    }

    /**
     * As {@link #saveMeeting()}, then {@code saved} once stored. When the write fails (refused, or the disk failed)
     * the fields keep what was typed, the message says why, and {@code failed} runs.
     */
    private boolean saveMeeting(Runnable saved, Runnable failed) {
        return saveMeeting(meeting.get(), saved, failed);
    }

    private boolean saveMeeting(Meeting current, Runnable saved, Runnable failed) {
        if (current == null || loaded == null || loaded.meetingId() != current.id()) {
            return false;
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

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    /**
     * Hands over what was typed and not yet stored (the screen is left, the window closes): the meeting's fields, the
     * papers' settings, the item's decision wording. False when one cannot be stored as typed, or a vote waits.
     */
    public boolean flush() {
        boolean votesAndSettingsStored = item.flush() & settings.flush(); // both, whatever the first says
        return (!form.typed() || saveMeeting()) && votesAndSettingsStored;
    }

    /** Saves the kallelse as PDF where the secretary chooses. */
    public void exportKallelse() {
        Meeting m = meeting.get();
        if (m != null) {
            settings.storedThen(() -> files.write(m, Localization.get("papers.notice.kind"), "", papers::kallelse));
        }
    }

    /** Saves the meeting's minutes first, then the protokoll as PDF where the secretary chooses. */
    public void exportProtokoll() {
        Meeting m = meeting.get();
        settings.storedThen(() -> saveMeeting(() -> files.write(m, Localization.get("papers.minutes.kind"), "",
                papers::protokoll), () -> { }));
    }

    /**
     * "Exportera sammanträdet": the kallelse, the handlingar and (once held) the protokoll, with the manifest, into a
     * folder the secretary chooses, in one go off the FX thread, once the minutes are stored.
     */
    public void exportMeeting() {
        Meeting m = meeting.get();
        settings.storedThen(() -> saveMeeting(() -> files.archive(m), () -> { }));
    }

    /** Saves the protokollsutdrag of the chosen item as PDF, for those the decision is sent to. */
    public void exportUtdrag() {
        EntryRow row = item.entry().get();
        if (row == null) {
            error.set(Localization.get("minutes.ui.item.choose"));
            return;
        }
        Meeting m = meeting.get();
        settings.storedThen(() -> saveMeeting(() -> files.write(m, Localization.get("papers.extract.kind"),
                " § " + row.paragraph(), id -> papers.utdrag(id, row.number())), () -> { }));
    }

    /** Words on a date typed that is no date (the field keeps it, framed in red); "" once it is typed right. */
    void badDate(String why) {
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
