package se.ledamot.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;

class VoteTest {
    private static final Person ANNA = Person.parse("Anna Ek (S)");
    private static final Person BO = Person.parse("Bo Ek (M)");
    private static final Person CIA = Person.parse("Cia Al (V)");
    private static final Person DAN = Person.parse("Dan Al (V)");
    private static final Attendance PRESENT = new Attendance(List.of(Attendee.member(ANNA), Attendee.member(BO),
            Attendee.serving(CIA, "Eva Berg (V)"), Attendee.substitute(DAN)));

    private static Vote vote() {
        return new Vote("bifall till kommunstyrelsens förslag", "bifall till Cia Als (V) yrkande", List.of(), null);
    }

    @Test
    void theSideWithMoreVotesWins() {
        Vote v = vote().cast(ANNA, Choice.YES).cast(BO, Choice.YES).cast(CIA, Choice.NO);
        v.check(PRESENT);
        assertThat(v.outcome()).contains(Choice.YES);
        assertThat(v.count(Choice.YES)).isEqualTo(2);
    }

    @Test
    void aChangedVoteKeepsItsPlaceInTheList() {
        Vote v = vote().cast(ANNA, Choice.YES).cast(BO, Choice.NO).cast(ANNA, Choice.ABSTAIN);
        assertThat(v.ballots()).extracting(b -> b.voter().name(), Ballot::choice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Ek", Choice.ABSTAIN),
                        org.assertj.core.groups.Tuple.tuple("Bo Ek", Choice.NO));
    }

    /** walk26: the protokoll's list asked the ballots once per member; one map answers for the whole list. */
    @Test
    void theVotesOfAListOfMembersAreFoundByNameAndOneWhoCastNoneIsNotAmongThem() {
        Vote v = vote().cast(ANNA, Choice.YES).cast(CIA, Choice.NO);
        Person annaOtherwise = Person.parse("anna  ek (C)");
        assertThat(v.choicesOf(List.of(annaOtherwise, BO, CIA))).containsOnly(entry(annaOtherwise, Choice.YES),
                entry(CIA, Choice.NO));
    }

    @Test
    void onEqualNumbersTheChairsCastingVoteDecides() {
        Vote tied = vote().cast(ANNA, Choice.YES).cast(CIA, Choice.NO);
        assertThat(tied.outcome()).isEmpty();
        assertThatThrownBy(() -> tied.check(PRESENT)).isInstanceOf(DomainException.class)
                .hasMessageContaining("minutes.vote.castingMissing");
        assertThat(tied.withCasting(Choice.NO).outcome()).contains(Choice.NO);
    }

    @Test
    void onlyThoseWhoDecideMayVote() {
        Vote v = vote().cast(ANNA, Choice.YES).cast(DAN, Choice.NO).cast(BO, Choice.NO);
        assertThatThrownBy(() -> v.check(PRESENT)).isInstanceOf(DomainException.class)
                .hasMessageContaining("minutes.vote.notDeciding");
    }

    @Test
    void aSubstituteCannotServeForAMemberWhoIsPresent() {
        assertThatThrownBy(() -> new Attendance(List.of(Attendee.member(ANNA), Attendee.serving(CIA, "anna ek"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("minutes.substitute.memberPresent");
    }

    @Test
    void onlyThoseWhoTookPartMayReserve() {
        Reservation.of(CIA).check(PRESENT);
        assertThatThrownBy(() -> Reservation.of(DAN).check(PRESENT)).isInstanceOf(DomainException.class)
                .hasMessageContaining("minutes.reservation.notDeciding");
    }
}
