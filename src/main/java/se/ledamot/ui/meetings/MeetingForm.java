package se.ledamot.ui.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.NoticeRule;

/**
 * Sammanträden's form as typed: its fields by the columns they show ({@link Meeting#FIELDS}' codes), the warning of a
 * late posting day, and the field typed wrongly that keeps her on the meeting, framed in red until typed right.
 */
final class MeetingForm {
    final ObjectProperty<Body> body = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(MeetingStatus.PLANNED);
    /** The day the notice went up on the anslagstavla, as typed; empty when not given. */
    final StringProperty posted = new SimpleStringProperty("");
    final ReadOnlyStringWrapper postingWarning = new ReadOnlyStringWrapper("");
    /** The column of the field typed wrongly ("meeting_date") once a save or a choice refused it; empty when none. */
    final ReadOnlyStringWrapper wrong = new ReadOnlyStringWrapper("");
    private final Map<String, Property<?>> fields = Map.of("body_code", body, "meeting_date", date, "meeting_time",
            time, "place", place, "posted_on", posted, "status", status);
    /** The council's days of notice, read with the meetings (Inställningar may change them). */
    private NoticeRule notice = NoticeRule.LAW;

    MeetingForm() {
        date.addListener((o, was, now) -> warnOfLatePosting());
        posted.addListener((o, was, now) -> warnOfLatePosting());
        // The red frame goes once the field is typed right.
        InvalidationListener right = o -> wrong.set(wrong.get().isEmpty() ? "" : wrongField());
        date.addListener(right);
        time.addListener(right);
        posted.addListener(right);
    }

    /** Warns, as the secretary types, of a posting day later than the days of notice allow; nothing is refused. */
    private void warnOfLatePosting() {
        postingWarning.set(LatePosting.warning(notice, date.get(), posted.get()));
    }

    /** The days of notice read now (they may differ from those the day was checked against). */
    void notice(NoticeRule rule) {
        notice = rule;
        warnOfLatePosting();
    }

    /** The meeting as the form has it, with this id (null: a new one); a wrong date or time is refused. */
    Meeting typed(Long id) {
        return TypedMeeting.of(id, body.get(), date.get(), time.get(), place.get(), status.get(), posted.get());
    }

    /** Whether anything is typed in the fields she writes (for a new meeting: a body or status chosen is not). */
    boolean holdsTyping() {
        return !(date.get().isBlank() && time.get().isBlank() && place.get().isBlank() && posted.get().isBlank());
    }

    /** Frames the field typed wrongly in red (a save or a choice refused it). */
    void markWrong() {
        wrong.set(wrongField());
    }

    private String wrongField() {
        return TypedMeeting.wrongField(date.get(), time.get(), posted.get());
    }

    /** The form's values by the columns they show. */
    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        fields.forEach((code, field) -> values.put(code, field.getValue()));
        return values;
    }

    /** Whether the form shows {@code m} as it is (for none: a new meeting, nothing typed). */
    boolean shows(Meeting m, List<Body> bodies) {
        return values().equals(TypedMeeting.valuesOf(m, bodies));
    }

    /** Whether the form holds {@code m}, shown so or typed another way ("18:30" for 18.30): nothing typed since. */
    boolean holds(Meeting m, List<Body> bodies) {
        try {
            return shows(m, bodies) || typed(m.id()).equals(m);
        } catch (RuntimeException e) {
            return false; // a day typed wrongly since
        }
    }

    @SuppressWarnings("unchecked")
    void put(String code, Object typed) {
        ((Property<Object>) fields.get(code)).setValue(typed);
    }

    /** Shows {@code m} (none: a new meeting of the council), nothing framed. */
    void fill(Meeting m, List<Body> bodies) {
        TypedMeeting.valuesOf(m, bodies).forEach(this::put);
        wrong.set("");
    }

    /** Shows {@code m}'s value of the field {@code code}. */
    void fillField(String code, Meeting m, List<Body> bodies) {
        put(code, TypedMeeting.valuesOf(m, bodies).get(code));
    }
}
