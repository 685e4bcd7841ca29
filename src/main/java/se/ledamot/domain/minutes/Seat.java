package se.ledamot.domain.minutes;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/** A seat in a body: one of its members (ledamot) or substitutes (ersättare), in the order the body lists them. */
public record Seat(Person person, Role role) {

    public enum Role {
        MEMBER,
        SUBSTITUTE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Role> fromCode(String code) {
            return code == null ? Optional.empty()
                    : java.util.Arrays.stream(values()).filter(r -> r.code().equals(code.strip())).findFirst();
        }
    }

    public Seat {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Limit.NAME.check(person.name());
        Limit.PARTY.check(person.party());
    }

    public static Seat member(String signature) {
        return new Seat(Person.parse(signature), Role.MEMBER);
    }

    public static Seat substitute(String signature) {
        return new Seat(Person.parse(signature), Role.SUBSTITUTE);
    }
}
