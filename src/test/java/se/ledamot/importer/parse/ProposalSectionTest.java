package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The förslag till beslut under an item or in its paper, read up to the next section (issue 17). */
class ProposalSectionTest {
    @Test
    void theTextUnderTheHeadingUpToTheNextSection() {
        String paper = """
                Tjänsteskrivelse
                Förslag till beslut
                Kommunfullmäktige beslutar att bifalla motionen
                och att ge kommunstyrelsen i uppdrag att sätta upp bänkarna.
                Sammanfattning
                Motionären vill ha fler bänkar.""";
        assertThat(ProposalSection.in(paper)).isEqualTo("Kommunfullmäktige beslutar att bifalla motionen och att ge "
                + "kommunstyrelsen i uppdrag att sätta upp bänkarna.");
    }

    @Test
    void aBodysProposalWithItsTextAfterTheColonEndsAtABlankLineAndAHeading() {
        String paper = """
                Kommunstyrelsens förslag: Motionen avslås.

                Ärendet i korthet
                Bänkarna finns redan.""";
        assertThat(ProposalSection.in(paper)).isEqualTo("Motionen avslås.");
    }

    @Test
    void paragraphsOfTheProposalAreKeptAndATextWithoutOneGivesNothing() {
        assertThat(ProposalSection.in("""
                Arbetsutskottets förslag till beslut
                1. Motionen bifalls.

                2. Kommunstyrelsen får i uppdrag att genomföra den.
                Beslutsunderlag
                Tjänsteskrivelse 2027-02-01""")).isEqualTo("1. Motionen bifalls.\n2. Kommunstyrelsen får i uppdrag "
                        + "att genomföra den.");
        assertThat(ProposalSection.in("Motion om fler bänkar\nJag föreslår att vi sätter upp bänkar.")).isEmpty();
    }
}
