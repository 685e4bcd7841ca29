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
            MOTION,           DRAFT,      SUBMITTED
            MOTION,           SUBMITTED,  REFERRED
            MOTION,           REFERRED,   PREPARED
            MOTION,           PREPARED,   DECIDED
            MOTION,           PREPARED,   REFERRED
            MOTION,           REFERRED,   DECIDED
            MOTION,           SUBMITTED,  WITHDRAWN
            CITIZEN_PROPOSAL, SUBMITTED,  REFERRED
            INTERPELLATION,   SUBMITTED,  ANSWERED
            INTERPELLATION,   ANSWERED,   DEBATED
            INTERPELLATION,   SUBMITTED,  LAPSED
            QUESTION,         SUBMITTED,  ANSWERED
            REFERRAL,         RECEIVED,   ASSIGNED
            REFERRAL,         OPINION_DRAFTED, DECIDED
            REFERRAL,         DECIDED,    SENT
            SPEECH,           DRAFT,      HELD
            """)
    void allowsTheStepsOfItsKind(MatterKind kind, Status from, Status to) {
        assertThat(Lifecycle.of(kind).allows(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(textBlock = """
            MOTION,         DRAFT,     DECIDED
            MOTION,         DECIDED,   SUBMITTED
            MOTION,         SUBMITTED, ANSWERED
            INTERPELLATION, DRAFT,     DEBATED
            INTERPELLATION, DEBATED,   SUBMITTED
            REFERRAL,       SENT,      RECEIVED
            """)
    void refusesIllegalStepsWithAReason(MatterKind kind, Status from, Status to) {
        assertThatThrownBy(() -> Lifecycle.of(kind).check(from, to))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).startsWith("lifecycle."));
    }

    @Test
    void aStatusOfAnotherKindIsRefusedAsNotForThisKind() {
        assertThatThrownBy(() -> Lifecycle.of(MatterKind.INTERPELLATION).check(Status.SUBMITTED, Status.REFERRED))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("lifecycle.status.notForKind"));
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
