package se.ledamot.domain.minutes;

import java.util.List;
import java.util.Objects;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * A motion moved in the debate (yrkande): who moved it, what it asks for and, for an amendment, an addition or a
 * referral back, its words; and who supported it (instämmer). The minutes record every motion not withdrawn
 * (5 kap. 67 § 1 kommunallagen).
 */
public record MovedMotion(Person by, MotionType type, String text, List<Person> supporters) {

    public MovedMotion {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(type, "type");
        Limit.NAME.check(by.name());
        Limit.PARTY.check(by.party());
        text = text == null || Limit.text(text).isBlank() ? null : Limit.text(text).strip();
        if (type.needsText() && type != MotionType.REFER_BACK && text == null) {
            throw new DomainException("minutes.motion.textMissing", by.display());
        }
        supporters = List.copyOf(supporters == null ? List.of() : supporters);
        supporters.forEach(p -> Limit.NAME.check(p.name()));
    }

    public static MovedMotion of(Person by, MotionType type) {
        return new MovedMotion(by, type, null, List.of());
    }

    public MovedMotion supportedBy(List<Person> people) {
        return new MovedMotion(by, type, text, people);
    }
}
