package se.ledamot.domain.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

class DebateDecisionTest {

    @ParameterizedTest(name = "{0} {1} + {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MOTION           | PREPARED      | APPROVED        | DECIDED
            MOTION           | PREPARED      | REJECTED        | DECIDED
            MOTION           | REFERRED      | ANSWERED        | DECIDED
            MOTION           | SUBMITTED     | STRUCK_OFF      | STRUCK_OFF
            MOTION           | REFERRED      | STRUCK_OFF      | STRUCK_OFF
            MOTION           | PREPARED      | REFERRED_BACK   | REFERRED_BACK
            MOTION           | PREPARED      | TABLED          | TABLED
            MOTION           | TABLED        | APPROVED        | DECIDED
            MOTION           | REFERRED_BACK | REJECTED        | DECIDED
            CITIZEN_PROPOSAL | PREPARED      | PARTLY_APPROVED | DECIDED
            CITIZEN_PROPOSAL | REFERRED      | STRUCK_OFF      | STRUCK_OFF
            REFERRAL         | PREPARED      | APPROVED        | DECIDED
            REFERRAL         | PREPARED      | REFERRED_BACK   | REFERRED_BACK
            OTHER            | SUBMITTED     | TABLED          | TABLED
            """)
    void aDecisionMovesTheMatterAlongItsLifecycle(MatterKind kind, Status from, Decision decision, Status to) {
        Matter m = Matter.newMatter(kind, "Ärende").status(from).build();
        Matter decided = DebateDecision.of(decision).applyTo(m);
        assertThat(decided.status()).isEqualTo(to);
        assertThat(decided.decision()).isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0} {1} answered -> ANSWERED, no decision")
    @CsvSource(delimiter = '|', textBlock = """
            INTERPELLATION   | SUBMITTED
            INTERPELLATION   | ANSWER_READY
            INTERPELLATION   | TABLED
            QUESTION         | SUBMITTED
            QUESTION         | ANSWER_READY
            """)
    void anInterpellationOrQuestionIsAnsweredAndNothingIsDecided(MatterKind kind, Status from) {
        Matter m = Matter.newMatter(kind, "Ärende").status(from).build();
        Matter answered = DebateDecision.of(Decision.ANSWERED).applyTo(m);
        assertThat(answered.status()).isEqualTo(Status.ANSWERED);
        assertThat(answered.decision()).isNull();
    }

    @Test
    void anInterpellationCanBeTabledOrStruckOffButNeverApprovedRejectedOrReferredBack() {
        Matter m = Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation").status(Status.SUBMITTED).build();
        assertThat(DebateDecision.of(Decision.TABLED).applyTo(m).status()).isEqualTo(Status.TABLED);
        assertThat(DebateDecision.of(Decision.STRUCK_OFF).applyTo(m).status()).isEqualTo(Status.STRUCK_OFF);
        for (Decision d : new Decision[] {Decision.APPROVED, Decision.REJECTED, Decision.REFERRED_BACK,
                Decision.PARTLY_APPROVED}) {
            assertThatThrownBy(() -> DebateDecision.of(d).applyTo(m))
                    .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.decision.notForKind"));
        }
    }

    @Test
    void aMinorityReferralNeedsAReasonAndSendsTheMotionBack() {
        assertThatThrownBy(() -> new DebateDecision(Decision.REFERRED_BACK, true, " "))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.minority.reasonMissing"));
        assertThatThrownBy(() -> new DebateDecision(Decision.APPROVED, true, "skäl"))
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.minority.onlyReferral"));
        Matter m = Matter.newMatter(MatterKind.MOTION, "Motion").status(Status.PREPARED).build();
        Matter back = new DebateDecision(Decision.REFERRED_BACK, true, "Kostnaden är inte utredd").applyTo(m);
        assertThat(back.status()).isEqualTo(Status.REFERRED_BACK);
        assertThat(back.decision()).isEqualTo(Decision.REFERRED_BACK);
    }

    @Test
    void aDraftOrAnAlreadyDecidedMatterIsNotUpForDecision() {
        Matter draft = Matter.newMatter(MatterKind.MOTION, "Motion").build();
        assertThatThrownBy(() -> DebateDecision.of(Decision.APPROVED).applyTo(draft))
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.decision.notPending"));
        Matter decided = Matter.newMatter(MatterKind.MOTION, "Motion").status(Status.DECIDED).build();
        assertThatThrownBy(() -> DebateDecision.of(Decision.REFERRED_BACK).applyTo(decided))
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.decision.notPending"));
    }

    @Test
    void anAnsweredQuestionIsClosed() {
        Matter m = Matter.newMatter(MatterKind.QUESTION, "Fråga").status(Status.ANSWERED).build();
        assertThatThrownBy(() -> DebateDecision.of(Decision.STRUCK_OFF).applyTo(m))
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.decision.notPending"));
    }
}
