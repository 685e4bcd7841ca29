package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * Issue 10, defect 8 and "grammar from the kind": texts that follow a count say 0, 1 and many rightly, spans past 60
 * days are said in months or years, and words that follow a kind agree with its gender — for every kind.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class GrammarTest {
    @AfterEach
    void backToSwedish() {
        Localization.setLocale(Localization.SWEDISH);
    }

    @ParameterizedTest(name = "{0} days left: {1}")
    @CsvSource(textBlock = """
            0,     i dag
            1,     om 1 dag
            -1,    försenad 1 dag
            3,     om 3 dagar
            -3,    försenad 3 dagar
            60,    om 60 dagar
            -61,   försenad 2 månader
            -364,  försenad 11 månader
            -729,  försenad 23 månader
            -730,  försenad 2 år
            -5995, försenad 16 år
            """)
    void howFarOffADayIsInSwedish(long daysLeft, String said) {
        assertThat(Grammar.due(daysLeft)).isEqualTo(said);
    }

    @Test
    void howFarOffADayIsInEnglish() {
        Localization.setLocale(Locale.ENGLISH);
        assertThat(Grammar.due(1)).isEqualTo("in 1 day");
        assertThat(Grammar.due(-2)).isEqualTo("overdue by 2 days");
        assertThat(Grammar.due(-45)).isEqualTo("overdue by 45 days");
        assertThat(Grammar.due(-400)).isEqualTo("overdue by 13 months");
        assertThat(Grammar.due(-800)).isEqualTo("overdue by 2 years");
    }

    @Test
    void spansOfNothingOneAndMany() {
        assertThat(Grammar.span(0)).isEqualTo("0 dagar");
        assertThat(Grammar.span(1)).isEqualTo("1 dag");
        assertThat(Grammar.span(2)).isEqualTo("2 dagar");
        assertThat(Grammar.span(90)).isEqualTo("2 månader");
        assertThat(Grammar.span(1095)).isEqualTo("3 år");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            MOTION,           Motion inlämnad
            INTERPELLATION,   Interpellation inlämnad
            QUESTION,         Fråga inlämnad
            CITIZEN_PROPOSAL, Medborgarförslag inlämnat
            REFERRAL,         Remiss inkommen
            SPEECH,           Anförande inlämnat
            OTHER,            Övrigt inlämnat
            """)
    void theSubmissionAgreesWithTheKindsGender(MatterKind kind, String said) {
        assertThat(Grammar.submitted(kind)).isEqualTo(said);
    }

    /** Every status a kind can have uses the participle of the kind's gender: Inlämnat, Avskrivet for ett-words. */
    @ParameterizedTest
    @EnumSource(MatterKind.class)
    void everyStatusOfAKindAgreesWithItsGender(MatterKind kind) {
        boolean neuter = Grammar.gender(kind) == 1;
        for (Status s : Lifecycle.of(kind).statuses()) {
            String word = Localization.status(kind, s);
            if (neuter) {
                assertThat(word).as(kind + " " + s).doesNotEndWith("ad").doesNotEndWith("en");
            } else {
                assertThat(word).as(kind + " " + s).doesNotEndWith("at").doesNotEndWith("et");
            }
        }
    }

    @ParameterizedTest(name = "{0} stored, {1} duplicates")
    @CsvSource(textBlock = """
            0, 0, 'Klart: 0 sparade, 0 dubbletter, 0 kunde inte läsas.'
            1, 1, 'Klart: 1 sparat, 1 dubblett, 0 kunde inte läsas.'
            4, 2, 'Klart: 4 sparade, 2 dubbletter, 0 kunde inte läsas.'
            """)
    void anImportSaysWhatItStoredInTheRightNumber(int stored, int duplicates, String said) {
        assertThat(Localization.get("importer.summary.stored", stored, duplicates, 0)).isEqualTo(said);
    }

    @Test
    void samplesAndAgendaItemsAreCountedRightly() {
        assertThat(Localization.get("cli.samples.summary", 1)).isEqualTo("Klart: 1 exempelärende sparat.");
        assertThat(Localization.get("cli.samples.summary", 4)).isEqualTo("Klart: 4 exempelärenden sparade.");
        assertThat(Localization.get("cli.samples.summary", 0)).isEqualTo("Klart: inga exempelärenden sparade.");
        assertThat(Localization.get("brief.debate.items", 0)).isEqualTo("Inga punkter på föredragningslistan");
        assertThat(Localization.get("brief.debate.items", 1)).isEqualTo("1 punkt på föredragningslistan");
        assertThat(Localization.get("brief.debate.items", 3)).isEqualTo("3 punkter på föredragningslistan");
        assertThat(Localization.get("importer.ui.samples.removed", 1))
                .isEqualTo("1 exempelärende flyttades till papperskorgen.");
    }

    @Test
    void theRollCallInTheProtokollCountsThosePresentRightly() {
        assertThat(Localization.get("papers.standard.roll_call.decision", 1, "En", 0, "", 1)).isEqualTo(
                "Upprop förrättas. En ledamot är närvarande, se närvarolistan.");
        assertThat(Localization.get("papers.standard.roll_call.decision", 39, "39", 2, "två", 41)).isEqualTo(
                "Upprop förrättas. 39 ledamöter och två tjänstgörande ersättare är närvarande, se närvarolistan.");
    }

    /** Swedish minutes write "sju ledamöter": one to twelve in words, larger counts in digits. */
    @Test
    void smallNumbersAreWrittenInWords() {
        assertThat(Grammar.number(1)).isEqualTo("en");
        assertThat(Grammar.number(7)).isEqualTo("sju");
        assertThat(Grammar.number(12)).isEqualTo("tolv");
        assertThat(Grammar.number(13)).isEqualTo("13");
        assertThat(Grammar.number(0)).isEqualTo("0");
    }

    /** "ett nytt ärende", "ett medborgarförslag": one agrees with an ett-word; other counts have one form. */
    @Test
    void oneAgreesWithTheGenderOfItsWord() {
        assertThat(Grammar.number(1, Grammar.NEUTER)).isEqualTo("ett");
        assertThat(Grammar.number(1, Grammar.COMMON)).isEqualTo("en");
        assertThat(Grammar.number(2, Grammar.NEUTER)).isEqualTo("två");
        assertThat(Grammar.number(13, Grammar.NEUTER)).isEqualTo("13");
    }

    /** The protokoll said "2 nya ärenden anmäls"; running text writes a small count in words. */
    @Test
    void theNewMattersAnnouncedAreCountedInWords() {
        assertThat(Localization.get("papers.standard.new_submissions.decision", 2, "KS", "Två", 1)).isEqualTo(
                "Två nya ärenden anmäls. Nya motioner remitteras till KS för beredning.");
        assertThat(Localization.get("papers.standard.new_submissions.decision", 1, "KS", "Ett", 0)).startsWith(
                "Ett nytt ärende anmäls.");
    }

    /** The 5 kap. 35 § report said "0 motioner": "inga motioner", and small counts in words. */
    @Test
    void theUnfinishedReportCountsInWords() {
        assertThat(Localization.get("brief.unfinished.asOf", "30 november 2026", 0, 0, "0", "0"))
                .isEqualTo("Redovisning per den 30 november 2026 · inga motioner");
        assertThat(Localization.get("brief.unfinished.asOf", "30 november 2026", 3, 1, "tre", "ett"))
                .isEqualTo("Redovisning per den 30 november 2026 · tre motioner och ett medborgarförslag");
        assertThat(Localization.get("brief.unfinished.asOf", "30 november 2026", 0, 2, "0", "två"))
                .isEqualTo("Redovisning per den 30 november 2026 · inga motioner och två medborgarförslag");
    }

    @Test
    void noSwedishTextSaysDagordning() {
        for (var bundle : Localization.bundles(Localization.SWEDISH)) {
            for (String key : bundle.keySet()) {
                assertThat(bundle.getString(key)).as(key).doesNotContainIgnoringCase("dagordning");
            }
        }
    }

    /**
     * The secretary's walk: the kallelse read "Motion från … om upprätta en integrationsplan" for a motion titled
     * "Upprätta en integrationsplan". A verb with its object after "om" takes "att"; a noun stays as it is. The
     * councillor's walk: "om införa gratis kollektivtrafik" (no object word after the verb) reads "om att införa".
     */
    @ParameterizedTest(name = "om {0}: om {1}")
    @CsvSource(delimiter = '|', textBlock = """
            upprätta en integrationsplan | att upprätta en integrationsplan
            inrätta ett ungdomsråd       | att inrätta ett ungdomsråd
            att upprätta en plan         | att upprätta en plan
            fler bänkar längs Ågatan     | fler bänkar längs Ågatan
            förskola i Ödsmål            | förskola i Ödsmål
            integrationsenheten          | integrationsenheten
            Införa gratis kollektivtrafik | att Införa gratis kollektivtrafik
            införa gratis kollektivtrafik | att införa gratis kollektivtrafik
            se över busstaxan            | att se över busstaxan
            kollektivtrafik i Ödsmål     | kollektivtrafik i Ödsmål
            """)
    void aVerbAfterOmTakesAtt(String subject, String said) {
        assertThat(Grammar.about(subject)).isEqualTo(said);
    }

    /** The one place for a kind's definite form: the protokoll's sentences and Protokoll's examples begin with it. */
    @Test
    void eachKindHasItsDefiniteFormAndAnItemAboutNoMatterIsÄrendet() {
        assertThat(Grammar.definite(MatterKind.MOTION)).isEqualTo("Motionen");
        assertThat(Grammar.definite(MatterKind.CITIZEN_PROPOSAL)).isEqualTo("Medborgarförslaget");
        assertThat(Grammar.definite(MatterKind.REFERRAL)).isEqualTo("Remissen");
        assertThat(Grammar.definite(null)).isEqualTo("Ärendet");
        Localization.setLocale(Locale.ENGLISH);
        assertThat(Grammar.definite(MatterKind.CITIZEN_PROPOSAL)).isEqualTo("The citizen proposal");
    }
}
