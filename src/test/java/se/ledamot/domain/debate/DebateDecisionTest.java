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
            MOTION           | PREPARED  | APPROVED        | DECIDED
            MOTION           | PREPARED  | REJECTED        | DECIDED
            MOTION           | REFERRED  | ANSWERED        | DECIDED
            MOTION           | SUBMITTED | STRUCK_OFF      | DECIDED
            MOTION           | PREPARED  | REFERRED_BACK   | REFERRED
            CITIZEN_PROPOSAL | PREPARED  | PARTLY_APPROVED | DECIDED
            INTERPELLATION   | SUBMITTED | ANSWERED        | DEBATED
            INTERPELLATION   | ANSWERED  | ANSWERED        | DEBATED
            QUESTION         | SUBMITTED | STRUCK_OFF      | LAPSED
            REFERRAL         | OPINION_DRAFTED | APPROVED  | DECIDED
            """)
    void aDecisionMovesTheMatterAlongItsLifecycle(MatterKind kind, Status from, Decision decision, Status to) {
        Matter m = Matter.newMatter(kind, "Ärende").status(from).build();
        Matter decided = DebateDecision.of(decision).applyTo(m);
        assertThat(decided.status()).isEqualTo(to);
        assertThat(decided.decision()).isEqualTo(decision);
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
        assertThat(back.status()).isEqualTo(Status.REFERRED);
        assertThat(back.decision()).isEqualTo(Decision.REFERRED_BACK);
    }

    @Test
    void anInterpellationCannotBeApproved() {
        Matter m = Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation").status(Status.SUBMITTED).build();
        assertThatThrownBy(() -> DebateDecision.of(Decision.APPROVED).applyTo(m))
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("debate.decision.notForKind"));
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
    void anAnsweredQuestionCannotLapseAnyMore() {
        Matter m = Matter.newMatter(MatterKind.QUESTION, "Fråga").status(Status.ANSWERED).build();
        assertThatThrownBy(() -> DebateDecision.of(Decision.STRUCK_OFF).applyTo(m))
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("lifecycle.step.refused"));
    }
}
