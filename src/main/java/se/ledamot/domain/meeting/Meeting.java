package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.sync.RowField;

/**
 * A meeting (sammanträde) of a body on a date.
 *
 * @param id    the store's id, null until stored
 * @param body  the body's code, e.g. "KF"
 * @param time  the starting time, if known
 * @param postedOn the day its tillkännagivande was posted on the anslagstavla (5 kap. 11 §), as the secretary gives
 *                 it; null until she does
 */
public record Meeting(Long id, String body, LocalDate date, LocalTime time, String place, MeetingStatus status,
        LocalDate postedOn) {
    /** The fields two people of the secretariat may change at once (issue 16.5), named by their columns. */
    public static final List<RowField<Meeting>> FIELDS = List.of(
            new RowField<>("body_code", Meeting::body,
                    (into, from) -> new Meeting(into.id, from.body, into.date, into.time, into.place, into.status,
                            into.postedOn),
                    false),
            new RowField<>("meeting_date", m -> m.date().toString(), (into, from) -> into.withDate(from.date()),
                    false),
            new RowField<>("meeting_time", m -> m.time() == null ? "" : m.time().toString(),
                    (into, from) -> new Meeting(into.id, into.body, into.date, from.time, into.place, into.status,
                            into.postedOn),
                    false),
            new RowField<>("place", m -> m.place() == null ? "" : m.place(),
                    (into, from) -> into.withPlace(from.place()), false),
            new RowField<>("status", m -> m.status().code(), (into, from) -> into.withStatus(from.status()),
                    false),
            new RowField<>("posted_on", m -> m.postedOn() == null ? "" : m.postedOn().toString(),
                    (into, from) -> into.withPostedOn(from.postedOn()), false));

    public Meeting {
        body = Body.normalize(body);
        if (date == null) {
            throw new DomainException("meeting.date.missing");
        }
        place = Limit.PLACE.check(place);
        status = status == null ? MeetingStatus.PLANNED : status;
    }

    /** A meeting whose posting day is not given yet. */
    public Meeting(Long id, String body, LocalDate date, LocalTime time, String place, MeetingStatus status) {
        this(id, body, date, time, place, status, null);
    }

    public static Meeting planned(String body, LocalDate date) {
        return new Meeting(null, body, date, null, null, MeetingStatus.PLANNED);
    }

    public Meeting withId(Long newId) {
        return new Meeting(newId, body, date, time, place, status, postedOn);
    }

    public Meeting withDate(LocalDate newDate) {
        return new Meeting(id, body, newDate, time, place, status, postedOn);
    }

    public Meeting withPlace(String newPlace) {
        return new Meeting(id, body, date, time, newPlace, status, postedOn);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, body, date, time, place, newStatus, postedOn);
    }

    public Meeting withPostedOn(LocalDate day) {
        return new Meeting(id, body, date, time, place, status, day);
    }

    /**
     * This meeting, refused when its posting day comes after its own day: the tillkännagivande goes up on the
     * anslagstavla before the meeting (5 kap. 11 § kommunallagen) and the kallelse, dated by it, is sent within the
     * same time (12 §). Checked where a meeting is stored, not here in the record, so a meeting stored so before
     * (or merged so by a sync) can still be read and corrected.
     */
    public Meeting postedBeforeItsDay() {
        if (postedAfter(postedOn, date)) {
            throw new DomainException("meeting.posted.afterMeeting", postedOn, date);
        }
        return this;
    }

    /** Whether a posting day comes after the meeting's day: {@link #postedBeforeItsDay} refuses it. */
    public static boolean postedAfter(LocalDate postedOn, LocalDate meetingDay) {
        return postedOn != null && postedOn.isAfter(meetingDay);
    }

    /**
     * The meeting a user most likely means when she has chosen none: the first from today on (today's counts), else
     * the latest held; none when there are no meetings. The list may be in any order.
     */
    public static Optional<Meeting> nextComing(Collection<Meeting> meetings, LocalDate today) {
        Comparator<Meeting> byDay = Comparator.comparing(Meeting::date);
        return meetings.stream().filter(m -> !m.date().isBefore(today)).min(byDay)
                .or(() -> meetings.stream().max(byDay));
    }

    /**
     * The meeting Protokoll opens on when none is chosen: the one last worked on there ({@code kept}, its id), else the
     * latest whose minutes are being written (begun, not justerade), else the latest held, else the latest.
     *
     * @param latestFirst every meeting, the latest first
     */
    public static Optional<Meeting> forMinutes(List<Meeting> latestFirst, String kept, List<Long> beingWritten,
            LocalDate today) {
        return latestFirst.stream().filter(m -> String.valueOf(m.id()).equals(kept)).findFirst()
                .or(() -> beingWritten.stream().flatMap(id -> latestFirst.stream().filter(m -> m.id() == id))
                        .findFirst())
                .or(() -> latestFirst.stream().filter(m -> !m.date().isAfter(today)).findFirst())
                .or(() -> latestFirst.stream().findFirst());
    }

    /** How people name a meeting: "KF 2026-12-14". */
    public String label() {
        return body + " " + date;
    }
}
