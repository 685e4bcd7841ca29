package se.ledamot.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionPolicyTest {
    static final Instant T0 = Instant.parse("2026-11-22T19:00:00Z");

    @Test
    void typingOnWithoutAPauseCutsNoVersionButComingBackAfterTenMinutesDoes() {
        AnswerDraft stored = new AnswerDraft(1, "text", Set.of(), T0);
        VersionPolicy policy = VersionPolicy.standard();
        assertThat(policy.pauseEnded(stored, T0.plusSeconds(9 * 60 + 59))).isFalse();
        assertThat(policy.pauseEnded(stored, T0.plusSeconds(10 * 60))).isTrue();
    }

    @Test
    void aTextIsOnlyWorthAVersionWhenItsWordsDifferFromTheNewest() {
        AnswerVersion newest = new AnswerVersion(1, 3, "Svar på frågan.", T0, VersionReason.MANUAL, null);
        assertThat(VersionPolicy.worthKeeping("Svar på frågan. ", Optional.of(newest))).isFalse();
        assertThat(VersionPolicy.worthKeeping("Svar på frågorna.", Optional.of(newest))).isTrue();
        assertThat(VersionPolicy.worthKeeping("", Optional.empty())).isFalse();
        assertThat(VersionPolicy.worthKeeping("Första", Optional.empty())).isTrue();
    }
}
