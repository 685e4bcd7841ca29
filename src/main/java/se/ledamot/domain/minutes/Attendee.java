package se.ledamot.domain.minutes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * Someone present at a meeting, as the minutes list them: a member (ledamot, who decides), a substitute (ersättare)
 * who serves in a member's place (tjänstgörande ersättare, who decides) or is only present, or someone else present
 * (övriga närvarande: the secretary, an official), with what they are there as.
 *
 * @param replaces for a serving substitute, the member whose place they take; otherwise null
 * @param note     what they are there as, or when ("§§ 1–4", "kommundirektör"); or null
 */
public record Attendee(Person person, Role role, boolean serving, String replaces, String note) {

    public enum Role {
        MEMBER,
        SUBSTITUTE,
        OTHER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Role> fromCode(String code) {
            return code == null ? Optional.empty()
                    : Arrays.stream(values()).filter(r -> r.code().equals(code.strip())).findFirst();
        }
    }

    public Attendee {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Limit.NAME.check(person.name());
        Limit.PARTY.check(person.party());
        replaces = Limit.NAME.check(replaces);
        note = Limit.ROLE.check(note);
        if (role == Role.MEMBER) {
            serving = true;
            replaces = null;
        } else if (role == Role.OTHER) {
            serving = false;
            replaces = null;
        } else if (!serving) {
            replaces = null;
        }
        if (role == Role.SUBSTITUTE && serving && replaces == null) {
            throw new DomainException("minutes.substitute.replacesWhom", person.display());
        }
    }

    public static Attendee member(Person p) {
        return new Attendee(p, Role.MEMBER, true, null, null);
    }

    /** A substitute serving in a member's place. */
    public static Attendee serving(Person p, String member) {
        return new Attendee(p, Role.SUBSTITUTE, true, member, null);
    }

    /** A substitute present without serving. */
    public static Attendee substitute(Person p) {
        return new Attendee(p, Role.SUBSTITUTE, false, null, null);
    }

    public static Attendee other(Person p, String as) {
        return new Attendee(p, Role.OTHER, false, null, as);
    }

    /** Whether they take part in the decisions (beslutande): a member, or a serving substitute. */
    public boolean decides() {
        return role == Role.MEMBER || role == Role.SUBSTITUTE && serving;
    }
}
