package se.ledamot.domain.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;

/**
 * Who was at a meeting, in the order the minutes list them (närvarolista): the members and the serving substitutes
 * who decide (beslutande), the substitutes present without serving, and others present. A person is listed once; a
 * substitute serves for a member who is not there, and only once for each.
 */
public record Attendance(List<Attendee> attendees) {

    public Attendance {
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        List<String> seen = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (Attendee a : attendees) {
            String key = key(a.person().name());
            if (seen.contains(key)) {
                throw new DomainException("minutes.attendee.twice", a.person().display());
            }
            seen.add(key);
            if (a.replaces() != null) {
                String member = memberKey(a.replaces());
                if (replaced.contains(member)) {
                    throw new DomainException("minutes.substitute.twice", a.replaces());
                }
                replaced.add(member);
            }
        }
        for (Attendee a : attendees) {
            if (a.replaces() != null && attendees.stream().anyMatch(m -> m.role() == Attendee.Role.MEMBER
                    && key(m.person().name()).equals(memberKey(a.replaces())))) {
                throw new DomainException("minutes.substitute.memberPresent", a.person().display(), a.replaces());
            }
        }
    }

    public static Attendance none() {
        return new Attendance(List.of());
    }

    /**
     * Everyone in the body's seats as present: the members as deciding and the substitutes as present without
     * serving. Where the secretary starts the roll call and marks who is missing.
     */
    public static Attendance allOf(List<Seat> seats) {
        return new Attendance(seats.stream().map(s -> s.role() == Seat.Role.MEMBER ? Attendee.member(s.person())
                : Attendee.substitute(s.person())).toList());
    }

    /** The members and serving substitutes, who take part in decisions and votes. */
    public List<Attendee> deciding() {
        return attendees.stream().filter(Attendee::decides).toList();
    }

    public List<Attendee> substitutesPresent() {
        return attendees.stream().filter(a -> a.role() == Attendee.Role.SUBSTITUTE && !a.serving()).toList();
    }

    public List<Attendee> others() {
        return attendees.stream().filter(a -> a.role() == Attendee.Role.OTHER).toList();
    }

    /** The substitute serving in the place of this member (tjänstgörande ersättare), if one does. */
    public Optional<Attendee> servingFor(String member) {
        String k = memberKey(member);
        return attendees.stream().filter(a -> a.replaces() != null && memberKey(a.replaces()).equals(k)).findFirst();
    }

    public Optional<Attendee> find(String name) {
        String k = key(name);
        return attendees.stream().filter(a -> key(a.person().name()).equals(k)).findFirst();
    }

    /** Whether a person took part in the decisions, and so may vote or enter a reservation (4 kap. 27 §). */
    public boolean decides(Person p) {
        return find(p.name()).map(Attendee::decides).orElse(false);
    }

    /** This attendance with one person added at the end, or their entry replaced where they are. */
    public Attendance with(Attendee a) {
        List<Attendee> next = new ArrayList<>(attendees);
        int at = indexOf(a.person().name());
        if (at < 0) {
            next.add(a);
        } else {
            next.set(at, a);
        }
        return new Attendance(next);
    }

    public Attendance without(String name) {
        List<Attendee> next = new ArrayList<>(attendees);
        int at = indexOf(name);
        if (at >= 0) {
            next.remove(at);
        }
        return new Attendance(next);
    }

    private int indexOf(String name) {
        String k = key(name);
        for (int i = 0; i < attendees.size(); i++) {
            if (key(attendees.get(i).person().name()).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The member an ersättare serves for, typed with the party as the seats show it ("Johan Fors (M)") or without:
     * the name's key either way.
     */
    private static String memberKey(String typed) {
        try {
            return key(Person.parse(typed).name());
        } catch (DomainException notAName) {
            return key(typed);
        }
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
