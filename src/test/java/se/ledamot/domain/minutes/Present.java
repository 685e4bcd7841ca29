package se.ledamot.domain.minutes;

import se.ledamot.domain.Person;

/** Minutes with the attendance recorded, as a justering needs (5 kap. 67 § kommunallagen): for tests that justera. */
public final class Present {
    private Present() {
    }

    /** {@code m} with a ledamot present where it records no one deciding. */
    public static Minutes of(Minutes m) {
        return m.attendance().deciding().isEmpty()
                ? m.withAttendance(m.attendance().with(Attendee.member(Person.parse("Lena Ek (S)")))) : m;
    }
}
