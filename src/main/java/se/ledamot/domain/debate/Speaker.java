package se.ledamot.domain.debate;

import java.util.Objects;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * One entry of a list of speakers: who speaks, a speech or a reply, for how many minutes, and the notes or the text
 * of what is said. Its place in the list is its order.
 */
public record Speaker(Person person, SpeechKind kind, int minutes, String text) {

    public Speaker {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        if (minutes < 1) {
            throw new DomainException("debate.minutes.missing");
        }
        Limit.NAME.check(person.name());
        Limit.PARTY.check(person.party());
        text = text == null ? "" : Limit.text(text);
    }

    /** One turn of the list seen from two copies: the same person speaking the same kind (notes may differ). */
    public static boolean sameTurn(Speaker a, Speaker b) {
        return a.person.equals(b.person) && a.kind == b.kind;
    }

    public Speaker withText(String newText) {
        return new Speaker(person, kind, minutes, newText);
    }
}
