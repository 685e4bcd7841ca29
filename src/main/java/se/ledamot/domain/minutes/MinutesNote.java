package se.ledamot.domain.minutes;

import java.util.List;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * A note in the minutes (protokollsanteckning): a short statement a member or substitute asks to have entered, with
 * the chair's leave. The law does not govern it; the minutes print it as given.
 */
public record MinutesNote(List<Person> by, String text) {

    public MinutesNote {
        by = List.copyOf(by == null ? List.of() : by);
        if (by.isEmpty()) {
            throw new DomainException("minutes.note.nobody");
        }
        by.forEach(p -> Limit.NAME.check(p.name()));
        text = text == null ? null : Limit.text(text).strip();
        if (text == null || text.isEmpty()) {
            throw new DomainException("minutes.note.textMissing");
        }
    }
}
