package se.ledamot.ui.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.brief.BriefFile;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Localization;
import se.ledamot.service.PaperArchive;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * "Protokoll": the secretary writes the minutes of a meeting. The meeting as a whole (times, chair, secretary,
 * justerare and the time of the justering, the days of approval and announcement) is saved with one action; each
 * attendee added or removed is saved at once; each item's record is kept by an {@link ItemMinutesViewModel}. The
 * kallelse and the protokoll are written to PDF off the FX thread. A refusal is shown in words and stores nothing.
 */
public final class MinutesViewModel {
    /** One numbered item as the list shows it: "§ 103 Motion om …". */
    public record EntryRow(int number, int paragraph, String title, AgendaItem item) {
        @Override
        public String toString() {
            return "§ " + paragraph + "  " + title;
        }
    }

    private final AppContext context;
    private final PaperService papers;
    private final ItemMinutesViewModel item;
    private final PaperSettingsViewModel settings;

    private final ObservableList<Meeting> meetingList = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final StringProperty opened = new SimpleStringProperty("");
    private final StringProperty closed = new SimpleStringProperty("");
    private final StringProperty chair = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final StringProperty adjusters = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> adjustDay = new SimpleObjectProperty<>();
    private final StringProperty adjustTime = new SimpleStringProperty("");
    private final StringProperty adjustPlace = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> adjusted = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> posted = new SimpleObjectProperty<>();

    private final StringProperty attendeeName = new SimpleStringProperty("");
    private final ObjectProperty<Attendee.Role> attendeeRole = new SimpleObjectProperty<>(Attendee.Role.MEMBER);
    private final StringProperty attendeeFor = new SimpleStringProperty("");

    private Minutes loaded;

    public MinutesViewModel(AppContext context) {
        this.context = context;
        this.papers = context.services().papers();
        this.item = new ItemMinutesViewModel(context, attendees, error);
        this.settings = new PaperSettingsViewModel(context, error, status);
        meeting.addListener((o, was, now) -> {
            if (now != null) {
                load(now.id());
            }
        });
    }

    /** Every meeting, latest first; the latest held one chosen when none is. */
    public void loadMeetings() {
        meetingList.setAll(context.services().meetings().list().reversed());
        if (meeting.get() == null) {
            meetingList.stream().filter(m -> !m.date().isAfter(context.today())).findFirst()
                    .or(() -> meetingList.stream().findFirst()).ifPresent(meeting::set);
        }
    }

    /** Reads the meeting's minutes and its numbered items again. */
    public void reload() {
        if (meeting.get() != null) {
            load(meeting.get().id());
        }
    }

    private void load(long meetingId) {
        try {
            settings.load(meeting.get().body());
            Minutes m = papers.minutes(meetingId);
            loaded = m;
            opened.set(time(m.opened()));
            closed.set(time(m.closed()));
            chair.set(m.chair() == null ? "" : m.chair().display());
            secretary.set(m.secretary() == null ? "" : m.secretary());
            adjusters.set(String.join(", ", m.adjusters().stream().map(Person::display).toList()));
            adjustDay.set(m.adjustDay());
            adjustTime.set(time(m.adjustTime()));
            adjustPlace.set(m.adjustPlace() == null ? "" : m.adjustPlace());
            adjusted.set(m.adjusted());
            posted.set(m.posted());
            attendees.setAll(m.attendance().attendees());
            MeetingPapers p = papers.papers(meetingId);
            EntryRow selected = item.entry().get();
            entries.setAll(p.entries().stream().map(e -> new EntryRow(e.number(), p.paragraph(e),
                    Kallelse.title(e), e.item())).toList());
            item.show(selected == null ? null : entries.stream().filter(r -> r.number() == selected.number())
                    .findFirst().orElse(null));
            error.set("");
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    /** Saves the meeting's part of the minutes as the fields hold it. */
    public boolean saveMeeting() {
        if (meeting.get() == null) {
            return false;
        }
        try {
            Minutes m = Minutes.blank(meeting.get().id()).withTimes(parseTime(opened.get()), parseTime(closed.get()))
                    .withChair(blank(chair.get()) ? null : Person.parse(chair.get()), blankToNull(secretary.get()))
                    .withAdjustment(people(adjusters.get()), adjustDay.get(), parseTime(adjustTime.get()),
                            blankToNull(adjustPlace.get()))
                    .withApproval(adjusted.get(), posted.get(), loaded == null ? null : loaded.firstParagraph())
                    .withAttendance(new Attendance(List.copyOf(attendees)));
            papers.saveMinutes(m);
            loaded = m;
            error.set("");
            status.set(Localization.get("minutes.ui.saved"));
            return true;
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
    }

    /** Lists every seat of the body as present, members deciding: the secretary then marks who is missing. */
    public void fillFromSeats() {
        if (meeting.get() == null) {
            return;
        }
        var seats = papers.papers(meeting.get().id()).bodyPapers().seats();
        if (seats.isEmpty()) {
            error.set(Localization.get("minutes.ui.noSeats", meeting.get().body()));
            return;
        }
        setAttendance(Attendance.allOf(seats).attendees());
    }

    /** Adds the person in the form with the role chosen; a substitute serving names the member replaced. */
    public void addAttendee() {
        if (blank(attendeeName.get())) {
            error.set(Localization.get("minutes.ui.nameMissing"));
            return;
        }
        try {
            Person p = Person.parse(attendeeName.get().strip());
            String other = blankToNull(attendeeFor.get());
            Attendee a = switch (attendeeRole.get()) {
                case MEMBER -> Attendee.member(p);
                case SUBSTITUTE -> other == null ? Attendee.substitute(p) : Attendee.serving(p, other);
                case OTHER -> Attendee.other(p, other);
            };
            List<Attendee> next = new ArrayList<>(attendees);
            next.add(a);
            if (setAttendance(next)) {
                attendeeName.set("");
                attendeeFor.set("");
            }
        } catch (DomainException e) {
            error.set(Errors.describe(e));
        }
    }

    public void removeAttendee(int index) {
        if (index < 0 || index >= attendees.size()) {
            return;
        }
        List<Attendee> next = new ArrayList<>(attendees);
        next.remove(index);
        setAttendance(next);
    }

    /** The attendance checked by the domain and saved with the rest of the meeting's minutes; kept as was if refused. */
    private boolean setAttendance(List<Attendee> next) {
        List<Attendee> before = List.copyOf(attendees);
        try {
            new Attendance(next);
            attendees.setAll(next);
        } catch (DomainException e) {
            error.set(Errors.describe(e));
            return false;
        }
        if (!saveMeeting()) {
            attendees.setAll(before);
            return false;
        }
        return true;
    }

    /** Saves the kallelse as PDF where the secretary chooses. */
    public void exportKallelse() {
        export("papers.notice.kind", papers::kallelse);
    }

    /** Saves the meeting's minutes first, then the protokoll as PDF where the secretary chooses. */
    public void exportProtokoll() {
        if (saveMeeting()) {
            export("papers.minutes.kind", papers::protokoll);
        }
    }

    /**
     * "Exportera sammanträdet": the kallelse, the handlingar and (once held) the protokoll, with the manifest, into a
     * folder the secretary chooses, in one go off the FX thread.
     */
    public void exportMeeting() {
        Meeting m = meeting.get();
        if (m == null || !saveMeeting()) {
            return;
        }
        Path folder = context.dialogs().chooseFolder(Localization.get("minutes.ui.archive.title")).orElse(null);
        if (folder == null) {
            return;
        }
        String title = Localization.get("minutes.ui.archive.writing");
        status.set(title);
        BackgroundTask.<List<PaperArchive.Entry>>of(p -> context.services().archive().meeting(m.id(), folder,
                progress(p))).title(title).onSuccess(files -> {
                    String text = Localization.get("minutes.ui.archive.done", files.size(), folder.toString());
                    status.set(text);
                    context.dialogs().notify(text);
                }).onFailure(e -> {
                    status.set("");
                    error.set(Errors.describe(e));
                }).onCancelled(() -> status.set("")).executeWith(context.tasks());
    }

    private static PdfWriter.Progress progress(BackgroundTask.Progress p) {
        return new PdfWriter.Progress() {
            @Override
            public void page(int done, int total) {
                p.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    /** Saves the protokollsutdrag of the chosen item as PDF, for those the decision is sent to. */
    public void exportUtdrag() {
        EntryRow row = item.entry().get();
        if (row == null) {
            error.set(Localization.get("minutes.ui.item.choose"));
            return;
        }
        if (saveMeeting()) {
            export(Localization.get("papers.extract.kind"), " § " + row.paragraph(), id -> papers.utdrag(id,
                    row.number()));
        }
    }

    private void export(String kindKey, LongFunction<Document> make) {
        export(Localization.get(kindKey), "", make);
    }

    private void export(String kind, String suffix, LongFunction<Document> make) {
        Meeting m = meeting.get();
        if (m == null) {
            return;
        }
        Path target = context.dialogs().chooseFileToSave(Localization.get("minutes.ui.export.title", kind),
                m.date() + " " + m.body() + " " + kind + suffix + ".pdf", Localization.get("brief.ui.save.filter"),
                "pdf").orElse(null);
        if (target == null) {
            return;
        }
        status.set(Localization.get("minutes.ui.writing", kind));
        BackgroundTask.<PdfWriter.Result>of(p -> BriefFile.write(make.apply(m.id()), target, progress(p))).title(Localization.get("minutes.ui.writing", kind)).onSuccess(r -> {
            String text = Localization.get("brief.ui.saved", target.getFileName().toString(), r.pages());
            status.set(text);
            context.dialogs().notify(text);
        }).onFailure(e -> {
            status.set("");
            error.set(Errors.describe(e));
        }).onCancelled(() -> status.set("")).executeWith(context.tasks());
    }

    private static String time(LocalTime t) {
        return t == null ? "" : String.format("%02d.%02d", t.getHour(), t.getMinute());
    }

    /** A time as people type it: "18.00", "18:00" or "18". */
    static LocalTime parseTime(String s) {
        if (blank(s)) {
            return null;
        }
        String t = s.strip().replace('.', ':');
        t = t.contains(":") ? t : t + ":00";
        t = t.indexOf(':') == 1 ? "0" + t : t;
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new DomainException("minutes.ui.time", s.strip());
        }
    }

    /** People typed as "Åsa Öst (S), Östen Müller (M)" or joined by "och". */
    static List<Person> people(String s) {
        if (blank(s)) {
            return List.of();
        }
        return Arrays.stream(s.split(",|\\soch\\s|\\band\\b")).map(String::strip).filter(x -> !x.isEmpty())
                .map(Person::parse).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
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

    public ObservableList<Attendee> attendees() {
        return attendees;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public StringProperty opened() {
        return opened;
    }

    public StringProperty closed() {
        return closed;
    }

    public StringProperty chair() {
        return chair;
    }

    public StringProperty secretary() {
        return secretary;
    }

    public StringProperty adjusters() {
        return adjusters;
    }

    public ObjectProperty<LocalDate> adjustDay() {
        return adjustDay;
    }

    public StringProperty adjustTime() {
        return adjustTime;
    }

    public StringProperty adjustPlace() {
        return adjustPlace;
    }

    public ObjectProperty<LocalDate> adjusted() {
        return adjusted;
    }

    public ObjectProperty<LocalDate> posted() {
        return posted;
    }

    public StringProperty attendeeName() {
        return attendeeName;
    }

    public ObjectProperty<Attendee.Role> attendeeRole() {
        return attendeeRole;
    }

    public StringProperty attendeeFor() {
        return attendeeFor;
    }
}
