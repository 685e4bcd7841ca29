package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.Confidence;

/** Who a text is put to and who signed it: the addressee and signature extractors. */
class PeopleExtractorTest {
    private final AddresseeExtractor addressee = new AddresseeExtractor();
    private final SignatureExtractor signatures = new SignatureExtractor();

    private static Matter matter(Findings f) {
        return f.matter().title("t").build();
    }

    @Test
    void theHeadingNamesTheAddresseeAndWhatFollowsIsTheTopic() {
        Findings f = Steps.upTo(AddresseeExtractor.class,
                "Interpellation till kommunstyrelsens ordförande Anna Lindqvist (S) om bostadsbristen\nText.");
        assertThat(matter(f).addressee()).isEqualTo(new Addressee("Anna Lindqvist", "S", "kommunstyrelsens ordförande"));
        assertThat(f.confidence(MatterField.ADDRESSEE)).isEqualTo(Confidence.SURE);
        assertThat(f.headingRest()).isEqualTo("om bostadsbristen");
    }

    @Test
    void aTillLineOrASentenceThatPutsTheQuestionWillDo() {
        Findings line = Steps.only(addressee, "INTERPELLATION\n\nTill: Barn- och utbildningsnämndens ordförande "
                + "Karin Berg (M)\n\nText.", x -> x.kind(MatterKind.INTERPELLATION));
        assertThat(matter(line).addressee().name()).isEqualTo("Karin Berg");
        Findings sentence = Steps.only(addressee, "Hej!\nJag vill ställa följande fråga till kultur- och "
                + "fritidsnämndens ordförande Olle Ek (C):\nVarför?", x -> x.kind(MatterKind.QUESTION));
        assertThat(matter(sentence).addressee()).isEqualTo(
                new Addressee("Olle Ek", "C", "kultur- och fritidsnämndens ordförande"));
    }

    @Test
    void aRoleWithoutANameIsUnsureAndNothingAtAllIsMissingForAQuestion() {
        Findings role = Steps.only(addressee, "Till kommunstyrelsens ordförande\nText.", x -> x.kind(MatterKind.QUESTION));
        assertThat(matter(role).addressee()).isEqualTo(new Addressee(null, null, "kommunstyrelsens ordförande"));
        assertThat(role.confidence(MatterField.ADDRESSEE)).isEqualTo(Confidence.UNSURE);
        Findings none = Steps.only(addressee, "Text utan mottagare.", x -> x.kind(MatterKind.QUESTION));
        assertThat(none.confidence(MatterField.ADDRESSEE)).isEqualTo(Confidence.MISSING);
    }

    @Test
    void theAddresseeEndsWithItsSentence() {
        Findings role = Steps.only(addressee, "Hej!\nJag vill ställa en fråga till kommunstyrelsens ordförande. "
                + "Hur ser planen ut för skolan?", x -> x.kind(MatterKind.QUESTION));
        assertThat(matter(role).addressee()).isEqualTo(new Addressee(null, null, "kommunstyrelsens ordförande"));
        Findings named = Steps.only(addressee, "Detta är en fråga till kommunalrådet Per Lund (S). Varför dröjer "
                + "bygget?", x -> x.kind(MatterKind.QUESTION));
        assertThat(matter(named).addressee()).isEqualTo(new Addressee("Per Lund", "S", "kommunalrådet"));
        Findings initial = Steps.only(addressee, "Detta är en fråga till kommunalrådet P. Lund! Varför?",
                x -> x.kind(MatterKind.QUESTION));
        assertThat(matter(initial).addressee()).isEqualTo(new Addressee("P. Lund", null, "kommunalrådet"));
    }

    @Test
    void aRoleFoundFarIntoAHugeLineIsNoRole() {
        Findings f = Steps.only(addressee, "Till " + "ganska lång text ".repeat(50) + "ordförande", x -> { });
        assertThat(matter(f).addressee()).isNull();
    }

    @Test
    void signatureLinesWithPartiesAreSure() {
        Findings f = Steps.only(signatures, "Motion\n\nText.\n\nSara Lind (C)    Olof Berg (C)\nPer af Ekström (M), "
                + "gruppledare\n/Anders Ek, V\n");
        assertThat(matter(f).authors()).containsExactly(new Person("Sara Lind", "C"), new Person("Olof Berg", "C"),
                new Person("Per af Ekström", "M"), new Person("Anders Ek", "V"));
        assertThat(f.confidence(MatterField.AUTHORS)).isEqualTo(Confidence.SURE);
        assertThat(f.isUsed(4)).isTrue();
    }

    @Test
    void namesUnderAClosingAreUnsureAndTakeTheClosingsParty() {
        Findings f = Steps.only(signatures, "Text.\n\nFör Sverigedemokraterna i Karlstad\nMaria Svensson\nOla Ek");
        assertThat(matter(f).authors()).containsExactly(new Person("Maria Svensson", "SD"), new Person("Ola Ek", "SD"));
        assertThat(f.confidence(MatterField.AUTHORS)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void aSentenceSayingWhoSubmittedItIsTheLastResort() {
        Findings f = Steps.only(signatures, "Idag har Anna Ek (L) har lämnat in en motion om skolan. Läs den.");
        assertThat(matter(f).authors()).isEqualTo(List.of(new Person("Anna Ek", "L")));
    }

    @Test
    void aNameInsideASentenceIsNoSignature() {
        Findings f = Steps.only(signatures, "Vi har pratat med Lennart Andréasson(v) om saken i veckan som gick.");
        assertThat(matter(f).authors()).isEmpty();
        assertThat(f.confidence(MatterField.AUTHORS)).isEqualTo(Confidence.MISSING);
    }

    @Test
    void inAWrittenAnswerTheHeadingNamesTheAskerAndTheSignerIsTheOneAsked() {
        Findings f = Steps.upTo(SignatureExtractor.class,
                "Svar på interpellation från Per Holm (L) om bostäder\n\nSvar.\n\nAnna Lindqvist (S)");
        assertThat(matter(f).authors()).containsExactly(new Person("Per Holm", "L"));
        assertThat(matter(f).addressee()).isEqualTo(new Addressee("Anna Lindqvist", "S", null));
        assertThat(f.confidence(MatterField.ADDRESSEE)).isEqualTo(Confidence.UNSURE);
        assertThat(f.headingRest()).isEqualTo("om bostäder");
    }

    @Test
    void aWrittenAnswersHeadingNamesTheAskerApartFromTheOneAskedAndTheirRole() {
        Findings f = Steps.upTo(SignatureExtractor.class, "Svar på interpellation från Erik Sandberg (SD) till "
                + "barn- och utbildningsnämndens ordförande Karin Holm (S) om skolskjutsarna\n\nSvar.\n\nKarin Holm (S)");
        assertThat(matter(f).authors()).containsExactly(new Person("Erik Sandberg", "SD"));
        assertThat(matter(f).addressee())
                .isEqualTo(new Addressee("Karin Holm", "S", "barn- och utbildningsnämndens ordförande"));
        assertThat(f.confidence(MatterField.ADDRESSEE)).isEqualTo(Confidence.SURE);
        assertThat(f.headingRest()).isEqualTo("om skolskjutsarna");
    }

    @Test
    void aWrittenAnswerToARoleTakesTheNameFromTheOneWhoSigns() {
        Findings f = Steps.upTo(SignatureExtractor.class, "Svar på interpellation från Per Holm (L) till "
                + "kommunstyrelsens ordförande om bostäder\n\nSvar.\n\nAnna Ek (S)");
        assertThat(matter(f).authors()).containsExactly(new Person("Per Holm", "L"));
        assertThat(matter(f).addressee()).isEqualTo(new Addressee("Anna Ek", "S", "kommunstyrelsens ordförande"));
        assertThat(f.confidence(MatterField.ADDRESSEE)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void aLineLongerThanAnyLineOfNamesIsNoSignature() {
        Findings f = Steps.only(signatures, "Text.\n\nAnna " + "E".repeat(250) + " (V)");
        assertThat(matter(f).authors()).isEmpty();
    }
}
