package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterKind;

/** Sammanträden's example in an agenda item's förslag till beslut speaks of the item's own kind, as Protokoll's does. */
class ProposalPromptTest {
    @Test
    void theExampleFollowsTheItemsKind() {
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.MOTION, null))
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att motionen bifalls.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.CITIZEN_PROPOSAL, null))
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att medborgarförslaget bifalls.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.REFERRAL, null)).isEqualTo(
                "Till exempel: Kommunstyrelsen föreslår att kommunfullmäktige antar yttrandet över remissen som sitt eget.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.INTERPELLATION, null))
                .isEqualTo("Till exempel: Interpellationen anses besvarad.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(MatterKind.QUESTION, null))
                .isEqualTo("Till exempel: Frågan anses besvarad.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, null)).as("a free-text item")
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att kommunfullmäktige beslutar enligt förslaget.");
    }

    @Test
    void eachStandardItemHasItsOwnExampleOrNone() {
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Val av justerare och tid för justering"))
                .isEqualTo("Till exempel: Anna Andersson (S) och Bo Berg (M) utses att jämte ordföranden justera "
                        + "protokollet.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Godkännande av kungörelse"))
                .isEqualTo("Till exempel: Sammanträdet har kungjorts i laga ordning.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Godkännande av dagordningen"))
                .isEqualTo("Till exempel: Föredragningslistan godkänns.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Anmälan av nya motioner, interpellationer och frågor"))
                .isEqualTo("Till exempel: Motionerna remitteras till kommunstyrelsen för beredning.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Meddelanden"))
                .isEqualTo("Till exempel: Meddelandena läggs till handlingarna.");
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Upprop")).isEmpty();
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Allmänhetens frågestund")).isEmpty();
        assertThat(AgendaItemTextsViewModel.proposalPrompt(null, "Utbyggnad av förskolan")).as("not a standard item")
                .isEqualTo("Till exempel: Kommunstyrelsen föreslår att kommunfullmäktige beslutar enligt förslaget.");
    }
}
