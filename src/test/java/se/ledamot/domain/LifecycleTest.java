package se.ledamot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(textBlock = """
            MOTION,           DRAFT,         SUBMITTED
            MOTION,           SUBMITTED,     REFERRED
            MOTION,           REFERRED,      PREPARED
            MOTION,           PREPARED,      DECIDED
            MOTION,           REFERRED,      DECIDED
            MOTION,           SUBMITTED,     WITHDRAWN
            MOTION,           PREPARED,      TABLED
            MOTION,           TABLED,        DECIDED
            MOTION,           TABLED,        REFERRED_BACK
            MOTION,           PREPARED,      REFERRED_BACK
            MOTION,           REFERRED_BACK, PREPARED
            MOTION,           REFERRED,      STRUCK_OFF
            MOTION,           REFERRED_BACK, STRUCK_OFF
            CITIZEN_PROPOSAL, SUBMITTED,     REFERRED
            CITIZEN_PROPOSAL, REFERRED,      STRUCK_OFF
            INTERPELLATION,   SUBMITTED,     ANSWER_READY
            INTERPELLATION,   ANSWER_READY,  ANSWERED
            INTERPELLATION,   SUBMITTED,     ANSWERED
            INTERPELLATION,   SUBMITTED,     LAPSED
            INTERPELLATION,   ANSWER_READY,  TABLED
            INTERPELLATION,   TABLED,        ANSWERED
            QUESTION,         SUBMITTED,     ANSWERED
            QUESTION,         ANSWER_READY,  ANSWERED
            REFERRAL,         RECEIVED,      ASSIGNED
            REFERRAL,         ASSIGNED,      PREPARED
            REFERRAL,         PREPARED,      DECIDED
            REFERRAL,         PREPARED,      REFERRED_BACK
            REFERRAL,         DECIDED,       ANSWERED
            REFERRAL,         RECEIVED,      CLOSED
            SPEECH,           DRAFT,         HELD
            """)
    void allowsTheStepsOfItsKind(MatterKind kind, Status from, Status to) {
        assertThat(Lifecycle.of(kind).allows(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} → {2} refused: {3}")
    @CsvSource(textBlock = """
            MOTION,         DRAFT,      DECIDED,    lifecycle.step.draftFirst
            MOTION,         DECIDED,    SUBMITTED,  lifecycle.step.closed
            MOTION,         STRUCK_OFF, REFERRED,   lifecycle.step.closed
            MOTION,         SUBMITTED,  ANSWERED,   lifecycle.status.notForKind
            MOTION,         DECIDED,    REFERRED_BACK, lifecycle.step.closed
            INTERPELLATION, DRAFT,      ANSWERED,   lifecycle.step.draftFirst
            INTERPELLATION, ANSWERED,   SUBMITTED,  lifecycle.step.closed
            INTERPELLATION, SUBMITTED,  DECIDED,    lifecycle.noDecision
            QUESTION,       SUBMITTED,  REFERRED_BACK, lifecycle.noDecision
            REFERRAL,       ANSWERED,   RECEIVED,   lifecycle.step.closed
            REFERRAL,       RECEIVED,   SUBMITTED,  lifecycle.status.notForKind
            """)
    void refusesIllegalStepsSayingWhy(MatterKind kind, Status from, Status to, String reason) {
        assertThatThrownBy(() -> Lifecycle.of(kind).check(from, to))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(reason));
    }

    @Test
    void aQuestionEndsAnsweredNeverDebated() {
        Lifecycle question = Lifecycle.of(MatterKind.QUESTION);
        assertThat(question.statuses()).contains(Status.ANSWERED).doesNotContain(Status.DECIDED);
        assertThat(question.isOpen(Status.ANSWERED)).isFalse();
        assertThat(Status.fromCode("debated")).isEmpty();
    }

    @Test
    void aReferralIsReceivedNotSubmitted() {
        Lifecycle referral = Lifecycle.of(MatterKind.REFERRAL);
        assertThat(referral.initial()).isEqualTo(Status.RECEIVED);
        assertThat(referral.submitted()).isEqualTo(Status.RECEIVED);
        assertThat(referral.statuses()).doesNotContain(Status.SUBMITTED);
    }

    @Test
    void tabledAndReferredBackAreOpenAndComeBackForDecision() {
        for (MatterKind kind : new MatterKind[] {MatterKind.MOTION, MatterKind.CITIZEN_PROPOSAL}) {
            Lifecycle life = Lifecycle.of(kind);
            assertThat(life.isPending(Status.TABLED)).isTrue();
            assertThat(life.isPending(Status.REFERRED_BACK)).isTrue();
            assertThat(life.isOpen(Status.STRUCK_OFF)).isFalse();
        }
    }

    @Test
    void matterMoveToRefusesWhatItsLifecycleRefuses() {
        Matter draft = Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar").build();
        assertThat(draft.moveTo(Status.SUBMITTED).status()).isEqualTo(Status.SUBMITTED);
        assertThatThrownBy(() -> draft.moveTo(Status.DECIDED)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @EnumSource(MatterKind.class)
    void everyKindStartsOpenAndEndsClosed(MatterKind kind) {
        Lifecycle life = Lifecycle.of(kind);
        assertThat(life.isOpen(life.initial())).isTrue();
        assertThat(life.statuses()).anyMatch(s -> !life.isOpen(s));
    }

    @Test
    void aDraftIsOpenButNotPending() {
        Lifecycle motion = Lifecycle.of(MatterKind.MOTION);
        assertThat(motion.isPending(Status.DRAFT)).isFalse();
        assertThat(motion.isPending(Status.REFERRED)).isTrue();
        assertThat(motion.isPending(Status.DECIDED)).isFalse();
    }
}
