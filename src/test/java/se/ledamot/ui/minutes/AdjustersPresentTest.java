package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Attendee;

/** Walk25: the justerare named are checked against who is noted as deciding, as she types them. */
class AdjustersPresentTest {
    private static final List<Attendee> PRESENT = List.of(Attendee.member(Person.parse("Göran Dahlström (S)")),
            Attendee.member(Person.parse("Östen Müller (M)")),
            Attendee.serving(Person.parse("Annika Holm (S)"), "Lena Ek (S)"),
            Attendee.substitute(Person.parse("Tomas Wikström (S)")),
            Attendee.other(Person.parse("Eva Ström"), "kommundirektör"));

    @Test
    void aJusterareNotDecidingIsNamedAndOnlyThey() {
        assertThat(AdjustersPresent.absent("Lena Ek (S), Östen Müller (M)", PRESENT)).isEqualTo("Lena Ek (S)");
        assertThat(AdjustersPresent.absent("Tomas Wikström (S) och Eva Ström", PRESENT))
                .isEqualTo("Tomas Wikström (S), Eva Ström");
    }

    @Test
    void membersAndServingSubstitutesMayJustera() {
        assertThat(AdjustersPresent.absent("Göran Dahlström (S) och Annika Holm (S)", PRESENT)).isEmpty();
    }

    @Test
    void nothingIsSaidBeforeTheAttendanceIsNotedOrWhileANameIsHalfTyped() {
        assertThat(AdjustersPresent.absent("Lena Ek (S)", List.of())).isEmpty();
        assertThat(AdjustersPresent.absent("", PRESENT)).isEmpty();
    }
}
