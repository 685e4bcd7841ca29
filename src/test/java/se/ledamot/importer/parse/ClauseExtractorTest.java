package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;

class ClauseExtractorTest {
    private final ClauseExtractor clauses = new ClauseExtractor();

    private Findings motion(String text) {
        return Steps.only(clauses, text, f -> f.kind(MatterKind.MOTION));
    }

    private static Matter matter(Findings f) {
        return f.matter().title("t").build();
    }

    @Test
    void attLinesAfterTheProposalAreSureAndRunOnInLowerCase() {
        Findings f = motion("""
                Mot bakgrund av detta yrkar jag att kommunfullmäktige beslutar

                - att utreda kostnaden, samt
                - att Karlstadsbuss får i uppdrag att ta fram ett
                  förslag på hur fria resor kan införas.
                1. att kommunen och regionen arbetar gemensamt

                Karlstad den 12 januari 2023""");
        assertThat(matter(f).proposals()).containsExactly("utreda kostnaden",
                "Karlstadsbuss får i uppdrag att ta fram ett förslag på hur fria resor kan införas",
                "kommunen och regionen arbetar gemensamt");
        assertThat(f.confidence(MatterField.PROPOSALS)).isEqualTo(Confidence.SURE);
    }

    @Test
    void clausesInTheSentenceOfTheProposal() {
        Findings f = motion("Jag föreslår att kommunfullmäktige beslutar att ställa ut fler bänkar, att bänkarna får "
                + "armstöd; samt att de målas gröna och att underhållet planeras.");
        assertThat(matter(f).proposals()).containsExactly("ställa ut fler bänkar", "bänkarna får armstöd",
                "de målas gröna", "underhållet planeras");
    }

    @Test
    void attLinesWithoutAProposalAreUnsureForAMotionAndNothingForAnInterpellation() {
        String text = "Text.\natt a görs\natt b görs\n";
        Findings unsure = motion(text);
        assertThat(matter(unsure).proposals()).containsExactly("a görs", "b görs");
        assertThat(unsure.confidence(MatterField.PROPOSALS)).isEqualTo(Confidence.UNSURE);
        Findings interpellation = Steps.only(clauses, text + "Vi föreslår att nämnden ser över avtalet.",
                x -> x.kind(MatterKind.INTERPELLATION));
        assertThat(matter(interpellation).proposals()).isEmpty();
    }

    @Test
    void aMotionWithoutClausesIsSaidToLackThem() {
        Findings f = motion("Bara resonemang.");
        assertThat(f.confidence(MatterField.PROPOSALS)).isEqualTo(Confidence.MISSING);
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.noProposals");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            att en plan tas fram.                      | en plan tas fram
            planen tas fram, samt                      | planen tas fram
            planen tas fram och ;                      | planen tas fram
            kommunen och regionen arbetar gemensamt    | kommunen och regionen arbetar gemensamt
            vi gör det tillsammans och                 | vi gör det tillsammans
            ,,,;;..                                    | ''
            """)
    void aClauseLosesItsAttAndWhatJoinedItToTheNextButNotTheEndOfAWord(String raw, String clean) {
        assertThat(ClauseExtractor.clean(raw)).isEqualTo(clean);
    }
}
