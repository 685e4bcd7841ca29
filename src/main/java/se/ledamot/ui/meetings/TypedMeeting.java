package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.ClockText;

/** The meeting form's day and time as typed: the day as ÅÅÅÅ-MM-DD, the time as {@link ClockText} reads it. */
final class TypedMeeting {
    private TypedMeeting() {
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
