package se.ledamot.ui.minutes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.l10n.Localization;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * Who was at the meeting, in Protokoll: the list, the form to add one more, and the body's seats fetched as present.
 * Each change is checked by the domain, shown at once and stored with the rest of the meeting's minutes, with the chair
 * who presides over it (the vice ordförande when the ordförande is marked away).
 */
public final class AttendanceViewModel {
    /** Stores the meeting's minutes as shown; {@code stored} once stored, {@code failed} if not; false if refused. */
    @FunctionalInterface
    interface Store {
        boolean save(Runnable stored, Runnable failed);
    }

    private final PaperService papers;
    private final TaskExecutor lane;
    private final ReadOnlyObjectProperty<Meeting> meeting;
    private final ReadOnlyStringWrapper error;
    private final Store store;
    private final ObservableList<Attendee> list = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Attendee.Role> role = new SimpleObjectProperty<>(Attendee.Role.MEMBER);
    private final StringProperty forWhom = new SimpleStringProperty("");
    private final StringProperty servesFor = new SimpleStringProperty("");
    private final ObservableList<String> absent = FXCollections.observableArrayList();
    /** What Hämta ledamöter found wanting, kept until the attendance or the meeting changes (a save cleared it). */
    private final ReadOnlyStringWrapper fetched = new ReadOnlyStringWrapper("");

    /** The form's chair field, which follows the attendance while it names who the body's papers do. */
    private final StringProperty chair;
    /** The papers of the shown meeting's body: who presides when the ordförande is away; null until read. */
    private BodyPapers body;

    AttendanceViewModel(PaperService papers, TaskExecutor lane, ReadOnlyObjectProperty<Meeting> meeting,
            ReadOnlyStringWrapper error, StringProperty chair, Store store) {
        this.papers = papers;
        this.chair = chair;
        this.lane = lane;
        this.meeting = meeting;
        this.error = error;
        this.store = store;
        meeting.addListener((o, was, now) -> fetched.set(""));
        list.addListener((javafx.collections.ListChangeListener<Attendee>) c -> findAbsent());
    }

    /** Lists every seat of the body as present, members deciding: the secretary then marks who is missing. */
    public void fillFromSeats() {
        Meeting m = meeting.get();
        if (m == null) {
            return;
        }
        fetched.set("");
        BackgroundTask.of(p -> papers.papers(m.id()).bodyPapers().seats()).onSuccess(seats -> {
            if (!m.equals(meeting.get())) {
                return;
            }
            if (seats.isEmpty()) {
                fetched.set(Localization.get("minutes.ui.noSeats", m.body()));
                return;
            }
            set(Attendance.allOf(seats).attendees(), () -> { });
        }).onFailure(e -> error.set(Errors.describe(e))).executeWith(lane);
    }

    /** Adds the person in the form with the role chosen; a substitute serving names the member replaced. */
    public void add() {
        if (MeetingMinutesForm.blank(name.get())) {
            error.set(Localization.get("minutes.ui.nameMissing"));
            return;
        }
        fetched.set("");
        try {
            Person p = Person.parse(name.get().strip());
            String other = MeetingMinutesForm.blankToNull(forWhom.get());
            Attendee a = switch (role.get()) {
                case MEMBER -> Attendee.member(p);
                case SUBSTITUTE -> other == null ? Attendee.substitute(p) : Attendee.serving(p, other);
                case OTHER -> Attendee.other(p, other);
            };
            List<Attendee> next = new ArrayList<>(list);
            next.add(a);
            set(next, () -> {
                name.set("");
                forWhom.set("");
            });
        } catch (DomainException e) {
            error.set(Errors.describe(e));
        }
    }

    /**
     * The ersättare at {@code index}, fetched with the seats or added as present, serves for the member named
     * (tjänstgörande ersättare); the domain refuses a member present or one served for already. Undone by
     * {@link #stopServing}.
     */
    public void serveFor(int index, String member) {
        Attendee a = index < 0 || index >= list.size() ? null : list.get(index);
        if (a == null || a.role() != Attendee.Role.SUBSTITUTE) {
            return;
        }
        String whom = MeetingMinutesForm.blankToNull(member);
        if (whom == null) {
            error.set(Localization.get("minutes.substitute.replacesWhom", a.person().display()));
            return;
        }
        replace(index, Attendee.serving(a.person(), whom.strip()), () -> { });
    }

    /** The ersättare at {@code index} no longer serves: present, not deciding. */
    public void stopServing(int index) {
        Attendee a = index < 0 || index >= list.size() ? null : list.get(index);
        if (a != null && a.role() == Attendee.Role.SUBSTITUTE && a.serving()) {
            replace(index, Attendee.substitute(a.person()), () -> { });
        }
    }

    private void replace(int index, Attendee a, Runnable stored) {
        fetched.set("");
        List<Attendee> next = new ArrayList<>(list);
        next.set(index, a);
        set(next, stored);
    }

    /** The body's members not on the list and served for by no one: whom an ersättare may serve for. */
    public ObservableList<String> absentMembers() {
        return absent;
    }

    /** The member the chosen ersättare is to serve for, as typed or chosen. */
    public StringProperty servesFor() {
        return servesFor;
    }

    private void findAbsent() {
        Attendance now = new Attendance(List.copyOf(list));
        absent.setAll(body == null ? List.of() : body.members().stream().map(Seat::person)
                .filter(m -> now.find(m.name()).isEmpty() && now.servingFor(m.name()).isEmpty())
                .map(Person::display).toList());
    }

    public void remove(int index) {
        if (index < 0 || index >= list.size()) {
            return;
        }
        fetched.set("");
        List<Attendee> next = new ArrayList<>(list);
        next.remove(index);
        set(next, () -> { });
    }

    /**
     * The attendance checked by the domain, shown, and stored with the rest of the meeting's minutes; {@code stored}
     * runs once it is. Put back as it was when it is refused or cannot be stored (the name typed stays in the form).
     */
    private void set(List<Attendee> next, Runnable stored) {
        List<Attendee> before = List.copyOf(list);
        String chairBefore = chair.get();
        try {
            followChair(new Attendance(before), new Attendance(next));
            list.setAll(next);
        } catch (DomainException e) {
            error.set(Errors.describe(e));
            return;
        }
        Runnable putBack = () -> {
            list.setAll(before);
            chair.set(chairBefore);
        };
        if (!store.save(stored, putBack)) {
            putBack.run();
        }
    }

    /** The body's papers of the meeting shown, read with its minutes. */
    void show(BodyPapers papersOfBody) {
        body = papersOfBody;
        findAbsent();
    }

    /**
     * The chair field, while it names who the body's papers have preside over the attendance before, names who they
     * have preside over the next ({@link BodyPapers#presiding}): the ordförande marked away gives way to the vice
     * ordförande present, and comes back when marked present again. A chair she typed herself stays.
     */
    private void followChair(Attendance before, Attendance next) {
        Person was = body == null ? null : body.presiding(before);
        Person now = body == null ? null : body.presiding(next);
        if (was != null && now != null && was.display().equals(MeetingMinutesForm.blankToNull(chair.get()))) {
            chair.set(now.display());
        }
    }

    /** Who was there, as shown. */
    public ObservableList<Attendee> list() {
        return list;
    }

    /** What Hämta ledamöter found wanting (no seats for the body), or empty. */
    public javafx.beans.property.ReadOnlyStringProperty fetched() {
        return fetched.getReadOnlyProperty();
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Attendee.Role> role() {
        return role;
    }

    /** The member a substitute serves for, or what an other attendee is there as. */
    public StringProperty forWhom() {
        return forWhom;
    }
}
