package se.ledamot.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;

/**
 * The member an ersättare serves for is found whether the secretary typed the name alone or as the seats show it,
 * with the party (walk, stop 49: "Johan Fors (M)" typed, the närvarolista printed him away and added a row for the
 * ersättare at its foot).
 */
class AttendanceTest {
    private static final Person ERIK = Person.parse("Erik Hallberg (M)");
    private static final Person JOHAN = Person.parse("Johan Fors (M)");

    @Test
    void theMemberServedForIsFoundWithOrWithoutTheParty() {
        Attendance a = new Attendance(List.of(Attendee.serving(ERIK, "Johan Fors (M)")));

        assertThat(a.servingFor("Johan Fors")).map(x -> x.person().name()).hasValue("Erik Hallberg");
        assertThat(a.servingFor("johan  fors (M)")).isPresent();
        assertThat(a.servingFor("Johan Forsberg")).isEmpty();
    }

    @Test
    void aMemberPresentOrServedForTwiceIsRefusedWhateverTheFormOfTheName() {
        assertThatThrownBy(() -> new Attendance(List.of(Attendee.member(JOHAN),
                Attendee.serving(ERIK, "Johan Fors (M)")))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Attendance(List.of(Attendee.serving(ERIK, "Johan Fors"),
                Attendee.serving(Person.parse("Lisa Ek (M)"), "Johan Fors (M)")))).isInstanceOf(DomainException.class);
    }
}
