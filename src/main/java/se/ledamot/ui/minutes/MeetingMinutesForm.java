package se.ledamot.ui.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.l10n.ClockText;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;

/**
 * The meeting's part of the minutes as the secretary types it: the times, chair, secretary, justerare and the time of
 * the justering, the days of approval and announcement. Filled from stored minutes, and read back into minutes to
 * store; what people type ("18.00", "Åsa Öst (S) och Jan Ek (V)") is understood here.
 */
public final class MeetingMinutesForm {
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
    /** What the fields held when last shown or handed over to be stored. */
    private List<Object> stored = values();

    /** Shows stored minutes in the fields. */
    void show(Minutes m) {
        show(m, false);
    }

    /**
     * Shows stored minutes in the fields not typed into since they were last shown or handed over; a field typed into
     * keeps what was typed, and counts as typed (the read of a chosen meeting came back while she typed).
     */
    void fill(Minutes m) {
        show(m, true);
    }

    @SuppressWarnings("unchecked") // each field gets the value shown() gives in its place, of its own type
    private void show(Minutes m, boolean keepTyped) {
        List<Object> now = values();
        List<Object> next = Arrays.asList(time(m.opened()), time(m.closed()),
                m.chair() == null ? "" : m.chair().display(), m.secretary() == null ? "" : m.secretary(),
                String.join(", ", m.adjusters().stream().map(Person::display).toList()), m.adjustDay(),
                time(m.adjustTime()), m.adjustPlace() == null ? "" : m.adjustPlace(), m.adjusted(), m.posted());
        List<Property<?>> fields = fields();
        for (int i = 0; i < fields.size(); i++) {
            if (!keepTyped || Objects.equals(now.get(i), stored.get(i))) {
                ((Property<Object>) fields.get(i)).setValue(next.get(i));
            }
        }
        stored = next;
    }

    /** Runs {@code changed} on every change of a field, typed or shown (what it does checks {@link #typed()}). */
    void onChange(Runnable changed) {
        fields().forEach(f -> f.addListener((o, was, now) -> changed.run()));
    }

    private List<Property<?>> fields() {
        return List.of(opened, closed, chair, secretary, adjusters, adjustDay, adjustTime, adjustPlace, adjusted,
                posted);
    }

    /** What the fields hold now, to tell later whether anything was typed since ({@link #typed()}). */
    List<Object> values() {
        return fields().stream().map(f -> (Object) f.getValue()).toList();
    }

    /** Whether something was typed since the fields were shown or handed over. */
    boolean typed() {
        return !values().equals(stored);
    }

    /** The fields as they were when handed over have been stored. */
    void stored(List<Object> handedOver) {
        stored = handedOver;
    }

    /**
     * The minutes as the fields hold them, with the attendance given; the first § is kept from those stored.
     * Throws a {@link DomainException} (said in words) when a field does not make sense.
     */
    Minutes toMinutes(long meetingId, Minutes stored, List<Attendee> attendees) {
        return Minutes.blank(meetingId).withTimes(parseTime(opened.get()), parseTime(closed.get()))
                .withChair(blank(chair.get()) ? null : Person.parse(chair.get()), blankToNull(secretary.get()))
                .withAdjustment(people(adjusters.get()), adjustDay.get(), parseTime(adjustTime.get()),
                        blankToNull(adjustPlace.get()))
                .withApproval(adjusted.get(), posted.get(), stored == null ? null : stored.firstParagraph())
                .withAttendance(new Attendance(List.copyOf(attendees)));
    }

    private static String time(LocalTime t) {
        return ClockText.of(t);
    }

    /** A time as people type it: "18.00", "18:00" or "18". */
    static LocalTime parseTime(String s) {
        return ClockText.parse(s, "minutes.ui.time");
    }

    /** People typed as "Åsa Öst (S), Östen Müller (M)" or joined by "och". */
    static List<Person> people(String s) {
        if (blank(s)) {
            return List.of();
        }
        return Arrays.stream(s.split(",|\\soch\\s|\\band\\b")).map(String::strip).filter(x -> !x.isEmpty())
                .map(Person::parse).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
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
}
