package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;

class StanceTest {

    @ParameterizedTest(name = "{1} on an {0} is refused: {2}")
    @CsvSource(textBlock = """
            INTERPELLATION, REJECT,           stance.noDecision
            INTERPELLATION, SUPPORT,          stance.noDecision
            INTERPELLATION, REFER_BACK,       stance.noDecision
            QUESTION,       FREE,             stance.noDecision
            MOTION,         TAKE_PART,        stance.notForKind
            REFERRAL,       SUPPORT,          stance.notForKind
            """)
    void aStanceMustBeAboutWhatTheMatterAsks(MatterKind kind, Stance stance, String reason) {
        assertThatThrownBy(() -> stance.checkFor(kind))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(reason));
    }

    @Test
    void onAnInterpellationOrQuestionTheGroupDecidesAboutTheDebate() {
        assertThat(Stance.forKind(MatterKind.INTERPELLATION)).containsExactly(Stance.TAKE_PART, Stance.STAY_OUT);
        assertThat(Stance.forKind(MatterKind.QUESTION)).containsExactly(Stance.TAKE_PART, Stance.STAY_OUT);
        Stance.TAKE_PART.checkFor(MatterKind.QUESTION);
    }

    @Test
    void onAMotionEveryVotingStanceInTheOrderAGroupMeetingGoesThroughThem() {
        assertThat(Stance.forKind(MatterKind.MOTION)).containsExactly(Stance.SUPPORT, Stance.REJECT,
                Stance.SUPPORT_PROPOSAL, Stance.OWN, Stance.REFER_BACK, Stance.FREE);
        assertThat(Stance.forKind(MatterKind.CITIZEN_PROPOSAL)).isEqualTo(Stance.forKind(MatterKind.MOTION));
        assertThat(Stance.forKind(MatterKind.REFERRAL)).doesNotContain(Stance.SUPPORT, Stance.TAKE_PART);
    }

    @Test
    void storedCodesStayReadable() {
        assertThat(Stance.fromCode("refer-back")).hasValue(Stance.REFER_BACK);
        assertThat(Stance.fromCode("support")).hasValue(Stance.SUPPORT);
        assertThat(Stance.fromCode("support_proposal")).hasValue(Stance.SUPPORT_PROPOSAL);
    }
}
