package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterKind;

/** Sammanträden's example in an agenda item's förslag till beslut speaks of the item's own kind, as Protokoll's does. */
class ProposalPromptTest {
    @Test
    void theExampleFollowsTheItemsKind() {
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.MOTION))
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att motionen bifalls.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.CITIZEN_PROPOSAL))
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att medborgarförslaget bifalls.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.REFERRAL)).isEqualTo(
                "Till exempel: Kommunstyrelsen föreslår att kommunfullmäktige antar yttrandet över remissen som sitt eget.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.INTERPELLATION))
                .isEqualTo("Till exempel: Interpellationen anses besvarad.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.QUESTION))
                .isEqualTo("Till exempel: Frågan anses besvarad.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null)).as("a free-text item")
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att kommunfullmäktige beslutar enligt förslaget.");
    }
}
