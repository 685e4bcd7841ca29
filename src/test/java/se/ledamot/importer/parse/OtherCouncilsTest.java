package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;

/** Texts written in the styles of other councils, so the parser is not fitted to the four seeds. */
class OtherCouncilsTest {
    private final CouncilTextParser parser = new CouncilTextParser();

    @Test
    void umeaInterpellationWithAddresseeInTheHeadingAndQuestionsOnLines() {
        ImportDraft d = parser.parse("""
                Interpellation till kommunstyrelsens ordförande Anna Lindqvist (S) om bostadsbristen för unga

                Många unga i Umeå står i bostadskö i flera år. Studentbostäderna räcker inte och hyrorna i
                nyproduktionen är för höga för den som just fått sitt första jobb.

                Mina frågor till Anna Lindqvist är:

                1. Hur många lägenheter för unga planerar Bostaden att bygga de kommande tre åren?
                2. Vilka åtgärder tänker kommunstyrelsen vidta för att korta kötiderna
                   för unga under 25 år?

                Umeå den 3 mars 2024

                Per Holm (L)
                """, "interpellation.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.title()).isEqualTo("Bostadsbristen för unga");
        assertThat(m.addressee()).isEqualTo(new Addressee("Anna Lindqvist", "S", "kommunstyrelsens ordförande"));
        assertThat(m.questions()).containsExactly(
                "Hur många lägenheter för unga planerar Bostaden att bygga de kommande tre åren?",
                "Vilka åtgärder tänker kommunstyrelsen vidta för att korta kötiderna för unga under 25 år?");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(m.place()).isEqualTo("Umeå");
        assertThat(m.authors()).containsExactly(new Person("Per Holm", "L"));
    }

    @Test
    void karlstadMotionWithDashedClausesAndPartyGroupSignature() {
        ImportDraft d = parser.parse("""
                MOTION

                Inför avgiftsfri kollektivtrafik för pensionärer

                Många äldre i Karlstad avstår från att resa eftersom biljetterna har blivit dyrare. Flera
                kommuner i Värmland har redan infört fria resor för pensionärer utanför rusningstid.

                Mot bakgrund av ovanstående yrkar jag att kommunfullmäktige beslutar

                - att utreda kostnaden för avgiftsfri kollektivtrafik för pensionärer utanför rusningstid,
                - att utredningen redovisas för kommunfullmäktige senast i december 2023, samt
                - att Karlstadsbuss får i uppdrag att ta fram ett
                  förslag på hur fria resor kan införas.

                Karlstad den 12 januari 2023

                För Sverigedemokraterna i Karlstad
                Maria Svensson
                """, "motion.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(m.title()).isEqualTo("Inför avgiftsfri kollektivtrafik för pensionärer");
        assertThat(m.proposals()).containsExactly(
                "utreda kostnaden för avgiftsfri kollektivtrafik för pensionärer utanför rusningstid",
                "utredningen redovisas för kommunfullmäktige senast i december 2023",
                "Karlstadsbuss får i uppdrag att ta fram ett förslag på hur fria resor kan införas");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2023, 1, 12));
        assertThat(m.place()).isEqualTo("Karlstad");
        assertThat(m.authors()).containsExactly(new Person("Maria Svensson", "SD"));
        assertThat(d.confidenceOf(MatterField.AUTHORS)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void uddevallaReferralWithNumberLabelledDateAndExplicitLastDay() {
        ImportDraft d = parser.parse("""
                Remiss: Förslag till ny avfallsplan för Uddevalla kommun 2025–2030
                Dnr KS 2024/311
                Datum: 2024-10-01

                Kommunstyrelsen remitterar härmed förslaget till ny avfallsplan till nämnderna och de
                kommunala bolagen. Yttrandet ska ha kommit in till kommunstyrelsen senast den 15 december 2024.
                Frågor besvaras av miljöstrategen.
                """, "remiss.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.REFERRAL);
        assertThat(m.title()).isEqualTo("Förslag till ny avfallsplan för Uddevalla kommun 2025–2030");
        assertThat(m.number()).isEqualTo("KS 2024/311");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(m.replyBy()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(d.confidenceOf(MatterField.REPLY_BY)).isEqualTo(Confidence.SURE);
    }

    @Test
    void ronnebyQuestionToAnExecutiveCouncillorHasItsOneQuestion() {
        ImportDraft d = parser.parse("""
                Fråga till kommunalrådet Erik Nilsson (M)

                Simhallen i Ronneby har varit stängd sedan i våras och skolorna har fått ställa in
                simundervisningen. Kommer simhallen att öppna igen före sommarlovet?

                Ronneby 2022-02-03
                Karin Ek (V)
                """, "fraga.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.QUESTION);
        assertThat(m.addressee()).isEqualTo(new Addressee("Erik Nilsson", "M", "kommunalrådet"));
        assertThat(m.questions()).containsExactly("Kommer simhallen att öppna igen före sommarlovet?");
        assertThat(m.authors()).containsExactly(new Person("Karin Ek", "V"));
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2022, 2, 3));
    }

    @Test
    void writtenAnswerNamesTheAskerInItsHeadingAndIsSignedByTheChair() {
        ImportDraft d = parser.parse("""
                Svar på interpellation från Per Holm (L) om bostadsbristen för unga

                Bostaden planerar att bygga 400 lägenheter för unga de kommande tre åren.
                Kommunstyrelsen har också gett i uppdrag att se över kötiderna.

                Umeå 2024-03-20
                Anna Lindqvist (S)
                """, "svar.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.title()).isEqualTo("Bostadsbristen för unga");
        assertThat(m.authors()).containsExactly(new Person("Per Holm", "L"));
        assertThat(m.addressee()).isEqualTo(new Addressee("Anna Lindqvist", "S", null));
        assertThat(m.answer()).isEqualTo("""
                Bostaden planerar att bygga 400 lägenheter för unga de kommande tre åren.
                Kommunstyrelsen har också gett i uppdrag att se över kötiderna.""");
    }

    @Test
    void ludvikaCitizenProposalWithInlineClausesAndGreeting() {
        ImportDraft d = parser.parse("""
                Medborgarförslag om fler parkbänkar längs Storgatan

                Det finns nästan inga bänkar mellan busstationen och torget. För oss äldre är det en lång väg.

                Jag föreslår att kommunfullmäktige beslutar att ställa ut fler bänkar längs Storgatan och att bänkarna får armstöd.

                Med vänlig hälsning
                Lisa Berg
                Ludvika den 14 september 2023
                """, "forslag.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.CITIZEN_PROPOSAL);
        assertThat(m.title()).isEqualTo("Fler parkbänkar längs Storgatan");
        assertThat(m.proposals()).containsExactly("ställa ut fler bänkar längs Storgatan", "bänkarna får armstöd");
        assertThat(m.authors()).containsExactly(new Person("Lisa Berg", null));
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(m.place()).isEqualTo("Ludvika");
    }

    @Test
    void textWithoutAnyKnownFormIsOtherAndSaysWhatIsMissing() {
        ImportDraft d = parser.parse("lite anteckningar utan rubrik.\nmer text.", "anteckningar.txt");
        assertThat(d.matter().kind()).isEqualTo(MatterKind.OTHER);
        assertThat(d.confidenceOf(MatterField.KIND)).isEqualTo(Confidence.MISSING);
        assertThat(d.matter().title()).isEqualTo("Anteckningar");
        assertThat(d.confidenceOf(MatterField.TITLE)).isEqualTo(Confidence.MISSING);
        assertThat(d.warnings()).extracting(w -> w.key()).contains("importer.warning.kindUnknown",
                "importer.warning.noTitle", "importer.warning.noDate");
    }

    @Test
    void blogPostAboutAMotionWithPublishedDateAndNumberedClauses() {
        ImportDraft d = parser.parse("""
                Publicerad 14 april 2014 kl. 20:15

                Idag lämnade jag in en motion om gratis simskola

                Alla barn ska kunna simma. I dag går många barn ut sexan utan att kunna simma 200 meter.

                Därför yrkar jag att kommunfullmäktige beslutar
                1. att kommunen erbjuder gratis simskola för alla barn i årskurs 2–4
                2. att simskolan också erbjuds under sommarlovet

                Peter Nilsson (S)
                """, "blogg.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(d.confidenceOf(MatterField.KIND)).isEqualTo(Confidence.UNSURE);
        assertThat(m.title()).isEqualTo("Gratis simskola");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2014, 4, 14));
        assertThat(m.place()).isNull();
        assertThat(m.proposals()).containsExactly("kommunen erbjuder gratis simskola för alla barn i årskurs 2–4",
                "simskolan också erbjuds under sommarlovet");
        assertThat(m.authors()).containsExactly(new Person("Peter Nilsson", "S"));
    }

    @Test
    void habointerpellationWithFormLinesBulletQuestionsAndSlashSignature() {
        ImportDraft d = parser.parse("""
                INTERPELLATION

                Till: Barn- och utbildningsnämndens ordförande Karin Berg (M)

                Skolskjutsarna i Håbo

                Föräldrar hör av sig om att skolbussen ofta är försenad. Vi föreslår att nämnden ser över avtalet.

                Med anledning av ovanstående vill jag fråga:
                - Hur många förseningar har rapporterats i år?
                - Vad gör nämnden för att förbättra läget?

                Bålsta 2023-11-20
                /Anders Ek, V
                """, "interpellation.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.addressee().name()).isEqualTo("Karin Berg");
        assertThat(m.title()).isEqualTo("Skolskjutsarna i Håbo");
        assertThat(m.questions()).containsExactly("Hur många förseningar har rapporterats i år?",
                "Vad gör nämnden för att förbättra läget?");
        // A proposal in a sentence of an interpellation is part of its reasoning, not an att-sats.
        assertThat(m.proposals()).isEmpty();
        assertThat(m.authors()).containsExactly(new Person("Anders Ek", "V"));
    }

    @Test
    void speechHeadingNamesTheMeetingDateAndTheItem() {
        ImportDraft d = parser.parse("""
                Anförande KF 2024-02-26 – Budget 2025

                Ordförande, ledamöter och åhörare!

                Den här budgeten tar inte ansvar för äldreomsorgen.

                Maria Lund (V)
                """, "anforande.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.SPEECH);
        assertThat(m.title()).isEqualTo("Budget 2025");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(d.confidenceOf(MatterField.SUBMITTED)).isEqualTo(Confidence.UNSURE);
        assertThat(m.authors()).containsExactly(new Person("Maria Lund", "V"));
    }

    @Test
    void emailedQuestionTakesKindFromTheSubjectAndAddresseeFromTheText() {
        ImportDraft d = parser.parse("""
                Från: Lena Ström
                Ämne: Fråga till kultur- och fritidsnämndens ordförande

                Hej!
                Jag vill ställa följande fråga till kultur- och fritidsnämndens ordförande Olle Ek (C):
                Varför har öppettiderna i Folkets park minskats?

                Lena Ström (KD)
                Järfälla 12 mars 2024
                """, "mejl.txt");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.QUESTION);
        assertThat(m.addressee()).isEqualTo(new Addressee("Olle Ek", "C", "kultur- och fritidsnämndens ordförande"));
        assertThat(m.questions()).containsExactly("Varför har öppettiderna i Folkets park minskats?");
        assertThat(m.title()).isEqualTo("Varför har öppettiderna i Folkets park minskats?");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(m.authors()).containsExactly(new Person("Lena Ström", "KD"));
    }
}
