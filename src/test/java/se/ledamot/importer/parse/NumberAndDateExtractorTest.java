package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;

/** The reference number and the date and place: the two extractors that read the text's labelled facts. */
class NumberAndDateExtractorTest {
    private final NumberExtractor number = new NumberExtractor();
    private final DatePlaceExtractor date = new DatePlaceExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dnr KS 2024/311                     | KS 2024/311
            Diarienummer: KS 2015.123-2         | KS 2015.123-2
            dnr: BUN 2023/45/1/2/3/4/5/6        | BUN 2023/45/1/2/3/4
            ärendenummer KF2019-7               | KF2019-7
            """)
    void theNumberIsFoundAfterItsLabel(String line, String expected) {
        Findings f = Steps.only(number, "Motion\n" + line + "\nText.");
        assertThat(f.matter().title("t").build().number()).isEqualTo(expected);
        assertThat(f.confidence(MatterField.NUMBER)).isEqualTo(Confidence.SURE);
    }

    @Test
    void aYearAloneIsNoNumber() {
        assertThat(Steps.only(number, "Dnr saknas 2024").confidence(MatterField.NUMBER)).isEqualTo(Confidence.MISSING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Stenungsund 2015-02-16              | 2015-02-16 | Stenungsund
            Umeå den 3 mars 2024                | 2024-03-03 | Umeå
            Tierp den 4 februari 2025           | 2025-02-04 | Tierp
            Upplands Väsby, 2023-11-20          | 2023-11-20 | Upplands Väsby
            Bålsta torsdag 27 maj 2010          | 2010-05-27 | Bålsta
            Järfälla 12 mars 2024 kl. 18.30     | 2024-03-12 | Järfälla
            """)
    void aDateWithItsPlaceIsSure(String line, LocalDate expected, String place) {
        Findings f = Steps.only(date, "Motion om x\n\nText.\n\n" + line + "\nAnna Ek (V)");
        assertThat(f.submitted()).isEqualTo(expected);
        assertThat(f.confidence(MatterField.SUBMITTED)).isEqualTo(Confidence.SURE);
        assertThat(f.matter().title("t").build().place()).isEqualTo(place);
        assertThat(f.isUsed(4)).isTrue();
    }

    @Test
    void aLabelledDateHasNoPlaceAndSeveralDatesAreUnsure() {
        Findings f = Steps.only(date, "Datum: 2024-10-01\nPubliceringsdatum okänd\n\nHuddinge 2024-10-03");
        assertThat(f.submitted()).isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(f.confidence(MatterField.SUBMITTED)).isEqualTo(Confidence.UNSURE);
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.severalDates");
    }

    @Test
    void aWeekdayOrALabelIsNoPlace() {
        Findings f = Steps.only(date, "Publicerad 14 april 2014 kl. 20:15");
        assertThat(f.submitted()).isEqualTo(LocalDate.of(2014, 4, 14));
        assertThat(f.confidence(MatterField.PLACE)).isEqualTo(Confidence.MISSING);
    }

    @Test
    void aSpeechsDateMayStandInItsHeadingAndIsThenUnsure() {
        Findings f = Steps.only(date, "Anförande KF 2024-02-26 – Budget 2025\nText.", x -> x.heading(0, "KF"));
        assertThat(f.submitted()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(f.confidence(MatterField.SUBMITTED)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void impossibleDatesAreNoDates() {
        Findings f = Steps.only(date, "Ort 2024-02-30\nOrt den 31 februari 2024\nOrt 2023-13-01");
        assertThat(f.submitted()).isNull();
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.noDate");
    }

    @Test
    void aDateOutOfRangeAndAPlaceTooLongAreFoundAndLeftToFittingWhichSaysSo() {
        String place = "Ö" + "a".repeat(250);
        Findings f = Steps.only(date, place + ", 16 februari 1066");
        assertThat(f.submitted()).isEqualTo(LocalDate.of(1066, 2, 16));
        assertThat(f.confidence(MatterField.PLACE)).isEqualTo(Confidence.SURE);
        var draft = new CouncilTextParser().parse("Motion om x\n" + place + ", 16 februari 1066", "m.txt");
        assertThat(draft.matter().submitted()).isNull();
        assertThat(draft.matter().place()).hasSize(200).startsWith("Öaaa").endsWith("…");
        assertThat(draft.warnings()).extracting(w -> w.key()).contains("importer.warning.dateOutOfRange",
                "importer.warning.cut");
    }
}
