package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.papers.MeetingPapers;

/** How the protokoll words a decision recorded only as its kind, where the kind of matter has words of its own. */
class DecisionWordsTest {
    /**
     * A remiss is answered by the council's opinion (yttrande): its decision is said of the opinion, as Bifall's is
     * ("Yttrandet över remissen antas."), never "Remissen bifalls delvis." or "Remissen avslås.".
     */
    @Test
    void aRemissDecisionIsSaidOfTheOpinionWhateverTheDecision() {
        var remiss = Matter.newMatter(MatterKind.REFERRAL, "Remiss om integrationsstrategi").build();
        var entry = new MeetingPapers.Entry(6, null, null, remiss, null, null, null, false, null);
        assertThat(MinutesWords.decision(entry, Decision.APPROVED)).isEqualTo("Yttrandet över remissen antas.");
        assertThat(MinutesWords.decision(entry, Decision.PARTLY_APPROVED))
                .isEqualTo("Yttrandet över remissen antas med ändringar.");
        assertThat(MinutesWords.decision(entry, Decision.REJECTED))
                .isEqualTo("Förslaget till yttrande över remissen avslås.");
    }
}
