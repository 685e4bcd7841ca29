package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;

/**
 * A meeting (sammanträde) of a body on a date.
 *
 * @param id    the store's id, null until stored
 * @param body  the body's code, e.g. "KF"
 * @param time  the starting time, if known
 */
public record Meeting(Long id, String body, LocalDate date, LocalTime time, String place, MeetingStatus status) {
    public Meeting {
        body = Body.normalize(body);
        if (date == null) {
            throw new DomainException("meeting.date.missing");
        }
        place = Limit.PLACE.check(place);
        status = status == null ? MeetingStatus.PLANNED : status;
    }

    public static Meeting planned(String body, LocalDate date) {
        return new Meeting(null, body, date, null, null, MeetingStatus.PLANNED);
    }

    public Meeting withId(Long newId) {
        return new Meeting(newId, body, date, time, place, status);
    }

    public Meeting withDate(LocalDate newDate) {
        return new Meeting(id, body, newDate, time, place, status);
    }

    public Meeting withPlace(String newPlace) {
        return new Meeting(id, body, date, time, newPlace, status);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, body, date, time, place, newStatus);
    }

    /** How people name a meeting: "KF 2026-12-14". */
    public String label() {
        return body + " " + date;
    }
}
