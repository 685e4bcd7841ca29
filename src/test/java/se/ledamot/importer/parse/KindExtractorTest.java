package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;

class KindExtractorTest {
    private final KindExtractor kind = new KindExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Motion om fler förskoleplatser               | MOTION           | om fler förskoleplatser
            INTERPELLATION                               | INTERPELLATION   | ''
            Enkel fråga till kommunalrådet Per Lund      | QUESTION         | till kommunalrådet Per Lund
            Medborgarförslag: Hundrastgård               | CITIZEN_PROPOSAL | : Hundrastgård
            Remiss: Förslag till ny avfallsplan          | REFERRAL         | : Förslag till ny avfallsplan
            Anförande KF 2024-02-26 – Budget 2025        | SPEECH           | KF 2024-02-26 – Budget 2025
            Ämne: Fråga till kultur- och fritidsnämnden  | QUESTION         | till kultur- och fritidsnämnden
            """)
    void aHeadingNamesTheKindForSureAndIsTheHeading(String heading, MatterKind expected, String rest) {
        Findings f = Steps.only(kind, "Stenungsund 2015-02-16\n\n" + heading + "\n\nText.");
        assertThat(f.kind()).isEqualTo(expected);
        assertThat(f.confidence(MatterField.KIND)).isEqualTo(Confidence.SURE);
        assertThat(f.headingLine()).isEqualTo(2);
        assertThat(f.headingRest()).isEqualTo(rest);
        assertThat(f.isUsed(2)).isTrue();
    }

    @Test
    void aWrittenAnswerIsAnAnswerDocumentOfTheKindAnswered() {
        Findings f = Steps.only(kind, "Svar på enkel fråga från Anna Ek (C) om simhallen\nSimhallen öppnar i maj.");
        assertThat(f.kind()).isEqualTo(MatterKind.QUESTION);
        assertThat(f.isAnswerDocument()).isTrue();
        assertThat(f.headingRest()).isEqualTo("från Anna Ek (C) om simhallen");
    }

    @Test
    void aSentenceThatStartsWithTheWordIsNoHeading() {
        Findings f = Steps.only(kind, "Motion är ett ord som betyder rörelse, och den här texten handlar om det, "
                + "utan att vara en motion i fullmäktiges mening. Den är lång nog att inte vara en rubrik alls.");
        assertThat(f.headingLine()).isEqualTo(-1);
    }

    @Test
    void withoutAHeadingTheTextsSignsPointAtAKindUnsure() {
        Findings f = Steps.only(kind, "Fru ordförande!\nI debatten i dag vill jag säga att mitt anförande handlar "
                + "om skolan.");
        assertThat(f.kind()).isEqualTo(MatterKind.SPEECH);
        assertThat(f.confidence(MatterField.KIND)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void clausesAfterAProposalMakeAMotionOfAnUnheadedText() {
        Findings f = Steps.only(kind, "Idag lämnade jag in något.\n\nJag yrkar\natt kommunen bygger en bro\n");
        assertThat(f.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(f.confidence(MatterField.KIND)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void aTieBetweenSignsIsSaid() {
        Findings f = Steps.only(kind, "Om interpellationen och medborgarförslaget.");
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.kindAmbiguous");
    }

    @Test
    void noSignAtAllLeavesTheKindMissing() {
        Findings f = Steps.only(kind, "anteckningar utan rubrik");
        assertThat(f.kind()).isEqualTo(MatterKind.OTHER);
        assertThat(f.confidence(MatterField.KIND)).isEqualTo(Confidence.MISSING);
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.kindUnknown");
    }

    @Test
    void onlyTheFirstSixLinesThatSaySomethingAreLookedAtForAHeading() {
        String text = "a\nb\nc\nd\ne\nf\nMotion om sent";
        assertThat(Steps.only(kind, text).headingLine()).isEqualTo(-1);
        assertThat(Steps.only(kind, "\n\n2015-02-16\nVänsterpartiet\n" + "a\n".repeat(5) + "Motion om x")
                .headingLine()).isEqualTo(9);
    }
}
