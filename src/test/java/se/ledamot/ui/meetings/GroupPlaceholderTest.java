package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Meeting;

/** What Partigrupp's empty table says, for each thing missing. */
class GroupPlaceholderTest {
    private final Meeting meeting = Meeting.planned("KF", LocalDate.parse("2026-12-07"));

    @Test
    void asksForWhatIsNotChosenYet() {
        assertThat(GroupPlaceholder.of("", null, false)).isEqualTo("Välj grupp och sammanträde.");
        assertThat(GroupPlaceholder.of(" ", meeting, false))
                .isEqualTo("Skriv gruppens beteckning under Grupp, t.ex. V.");
        assertThat(GroupPlaceholder.of("S", null, false)).isEqualTo("Välj sammanträde.");
    }

    @Test
    void withBothChosenSaysWhyNoItemIsListed() {
        assertThat(GroupPlaceholder.of("S", meeting, true)).isEqualTo("Ingen punkt saknar hållning.");
        assertThat(GroupPlaceholder.of("S", meeting, false))
                .isEqualTo("Sammanträdet har inga punkter på föredragningslistan.");
    }
}
