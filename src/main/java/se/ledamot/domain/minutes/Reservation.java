package se.ledamot.domain.minutes;

import java.util.List;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * A reservation against a decision: one or more who took part in it say they do not stand behind it (4 kap. 27 §
 * kommunallagen: it is entered before the meeting ends; its written reasons are handed in before the time set for
 * the justering). The minutes say who reserved and, when given, in favour of what and the written reasons.
 *
 * @param favour what they reserve in favour of ("till förmån för eget yrkande"), or null
 * @param written the written reasons (skriftlig reservation), or null
 */
public record Reservation(List<Person> by, String favour, String written) {

    public Reservation {
        by = List.copyOf(by == null ? List.of() : by);
        if (by.isEmpty()) {
            throw new DomainException("minutes.reservation.nobody");
        }
        by.forEach(p -> Limit.NAME.check(p.name()));
        favour = Limit.AGENDA_TEXT.check(favour);
        written = written == null || Limit.text(written).isBlank() ? null : Limit.text(written).strip();
    }

    public static Reservation of(Person... people) {
        return new Reservation(List.of(people), null, null);
    }

    /** Refused when someone reserves who did not take part in the decision. */
    public void check(Attendance attendance) {
        for (Person p : by) {
            if (!attendance.decides(p)) {
                throw new DomainException("minutes.reservation.notDeciding", p.display());
            }
        }
    }
}
