package se.ledamot.domain.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;

/**
 * Who presides and signs when the meeting names no chair of its own: the ordförande, else the first vice ordförande
 * present, else the second (5 kap. 11 § kommunallagen and the arbetsordning's usual rule).
 */
class PresidingTest {
    private static final Person ORDF = Person.parse("Anna Ordf (S)");
    private static final Person FIRST = Person.parse("Bo Vice (M)");
    private static final Person SECOND = Person.parse("Cia Andra (C)");
    private static final Person OTHER = Person.parse("Dan Ledamot (L)");
    private static final Person SUBSTITUTE = Person.parse("Eva Ersätt (S)");
    private static final BodyPapers PAPERS = BodyPapers.defaults(new Body("KF", "Kommunfullmäktige", true, 5, 3, 1))
            .withChair(ORDF).withVice(FIRST, SECOND).withSecretary("Sara Sekr");

    private static Minutes with(Attendee... present) {
        return Minutes.blank(1).withAttendance(new Attendance(List.of(present)));
    }

    private static Person presiding(BodyPapers papers, Minutes m) {
        return papers.signing(m).chair();
    }

    @Test
    void theOrdförandePresentPresides() {
        Minutes m = with(Attendee.member(ORDF), Attendee.member(FIRST), Attendee.member(SECOND));

        assertThat(presiding(PAPERS, m)).isEqualTo(ORDF);
    }

    @Test
    void withNoAttendanceRecordedTheOrdförandeAsBefore() {
        assertThat(presiding(PAPERS, Minutes.blank(1))).isEqualTo(ORDF);
    }

    @Test
    void theFirstViceOrdförandePresidesWhenTheOrdförandeIsNotAmongThosePresent() {
        Minutes m = with(Attendee.member(FIRST), Attendee.member(SECOND), Attendee.member(OTHER));

        assertThat(presiding(PAPERS, m)).isEqualTo(FIRST);
        assertThat(PAPERS.signing(m).secretary()).isEqualTo("Sara Sekr");
    }

    @Test
    void theFirstViceOrdförandePresidesWhenASubstituteServesInTheOrdförandesPlace() {
        Minutes m = with(Attendee.serving(SUBSTITUTE, ORDF.name()), Attendee.member(FIRST), Attendee.member(SECOND));

        assertThat(presiding(PAPERS, m)).isEqualTo(FIRST);
    }

    @Test
    void theSecondViceOrdförandePresidesWhenTheOrdförandeAndTheFirstAreAway() {
        Minutes m = with(Attendee.serving(SUBSTITUTE, FIRST.name()), Attendee.member(SECOND), Attendee.member(OTHER));

        assertThat(presiding(PAPERS, m)).isEqualTo(SECOND);
    }

    @Test
    void aViceOrdförandeListedOnlyAsAnOtherPresentDoesNotPreside() {
        Minutes m = with(Attendee.other(FIRST, "åhörare"), Attendee.member(SECOND));

        assertThat(presiding(PAPERS, m)).isEqualTo(SECOND);
    }

    @Test
    void withNoViceOrdförandePresentTheOrdförandeAsBeforeNotBlank() {
        Minutes m = with(Attendee.member(OTHER));

        assertThat(presiding(PAPERS, m)).isEqualTo(ORDF);
        assertThat(presiding(PAPERS.withVice(null, null), m)).isEqualTo(ORDF);
    }

    @Test
    void theMeetingsOwnChairWinsOverTheBodys() {
        Minutes m = with(Attendee.member(FIRST), Attendee.member(OTHER)).withChair(OTHER, null);

        assertThat(presiding(PAPERS, m)).isEqualTo(OTHER);
    }

    @Test
    void aBodyWithNoOrdförandeSetNamesNoOneStill() {
        Minutes m = with(Attendee.member(FIRST));

        assertThat(presiding(PAPERS.withChair(null), m)).isNull();
    }

    @Test
    void theVicesAreKeptByTheOtherWithers() {
        BodyPapers b = PAPERS.withSecretary("Ny Sekr").withAdjusters(3).forBody("KS");

        assertThat(b.firstVice()).isEqualTo(FIRST);
        assertThat(b.secondVice()).isEqualTo(SECOND);
    }
}
