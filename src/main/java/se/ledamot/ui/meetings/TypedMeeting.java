package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.l10n.ClockText;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;
import se.ledamot.ui.shell.Errors;

/**
 * The meeting form's values: those a meeting shows, and the meeting they make as typed (the day as ÅÅÅÅ-MM-DD, the
 * time as {@link ClockText} reads it).
 */
final class TypedMeeting {
    private TypedMeeting() {
    }

    /** The meeting the form holds, with this id (null: a new one); a missing body, a wrong date or time refused. */
    static Meeting of(Long id, Body body, String date, String time, String place, MeetingStatus status,
            String posted) {
        if (body == null) {
            throw new DomainException("body.code.missing");
        }
        return new Meeting(id, body.code(), date(date), time(time), place, status,
                posted.isBlank() ? null : date(posted));
    }

    /** What the form shows for a meeting (for none: a new one of the council), by the columns' codes. */
    static Map<String, Object> valuesOf(Meeting m, List<Body> bodies) {
        Map<String, Object> values = new HashMap<>();
        values.put("body_code", m == null ? bodies.stream().filter(Body::council).findFirst()
                .orElse(bodies.isEmpty() ? null : bodies.getFirst())
                : bodies.stream().filter(b -> b.code().equals(m.body())).findFirst().orElse(null));
        values.put("meeting_date", m == null ? "" : m.date().toString());
        values.put("meeting_time", m == null ? "" : ClockText.of(m.time()));
        values.put("place", m == null || m.place() == null ? "" : m.place());
        values.put("status", m == null ? MeetingStatus.PLANNED : m.status());
        values.put("posted_on", m == null || m.postedOn() == null ? "" : m.postedOn().toString());
        return values;
    }

    /**
     * The meeting {@code typed} makes, or null when it cannot be stored: said, naming the meeting it was typed in
     * (none: the new one).
     */
    static Meeting orSaid(Meeting was, Supplier<Meeting> typed, Consumer<String> say) {
        try {
            return typed.get();
        } catch (RuntimeException e) {
            say.accept(was == null ? Localization.get("meeting.ui.newNotKept", Errors.describe(e))
                    : Localization.get("meeting.ui.notKept", MeetingText.withPlace(was), Errors.describe(e)));
            return null;
        }
    }

    /**
     * The column of the first field typed so that the meeting cannot be stored ("meeting_date", "meeting_time",
     * "posted_on"); empty when each can.
     */
    static String wrongField(String date, String time, String posted) {
        List<Map.Entry<String, Runnable>> checks = List.of(Map.entry("meeting_date", () -> date(date)),
                Map.entry("meeting_time", () -> time(time)),
                Map.entry("posted_on", () -> {
                    if (!posted.isBlank()) {
                        date(posted);
                    }
                }));
        for (var check : checks) {
            try {
                check.getValue().run();
            } catch (RuntimeException e) {
                return check.getKey();
            }
        }
        return "";
    }

    static LocalDate date(String text) {
        // An empty field asks for the day rather than calling "" a wrong date (walk31).
        if (text.isBlank()) {
            throw new DomainException("meeting.ui.noDate");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("meeting.ui.badDate", text);
        }
    }

    static LocalTime time(String text) {
        return ClockText.parse(text, "meeting.ui.badTime");
    }
}
