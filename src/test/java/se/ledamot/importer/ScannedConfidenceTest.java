package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.OcrFigure;
import se.ledamot.importer.parse.CouncilTextParser;
import se.ledamot.importer.read.OcrWord;
import se.ledamot.importer.read.Scanned;

/** OCR's confidence per field: a field with a word Tesseract was unsure of is marked and its figure given. */
class ScannedConfidenceTest {
    private static final String TEXT = """
            Motion om fler bänkar i Stadsparken

            Jag yrkar att kommunfullmäktige beslutar
            att kommunen sätter upp tio nya bänkar i Stadsparken

            Kungälv den 3 mars 2024

            Anna Ek (V)
            """;

    /** Every word of the text read at 95, except the named ones at the confidence given. */
    private static Scanned read(String poorWord, int confidence) {
        List<OcrWord> words = new ArrayList<>();
        for (String w : TEXT.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(new OcrWord(w, w.equals(poorWord) ? confidence : 95));
            }
        }
        return new Scanned(List.of(1), List.of(), List.of(), null, words);
    }

    @Test
    void aFieldWithAPoorlyReadWordIsUnsureAndSaysHowSure() {
        ImportDraft parsed = new CouncilTextParser().parse(TEXT, "skannad.pdf");
        assertThat(parsed.confidenceOf(MatterField.AUTHORS)).isEqualTo(Confidence.SURE);
        ImportDraft d = ScannedConfidence.apply(parsed, read("Ek", 41));
        assertThat(d.confidenceOf(MatterField.AUTHORS)).isEqualTo(Confidence.UNSURE);
        assertThat(d.confidenceOf(MatterField.TITLE)).isEqualTo(Confidence.SURE);
        assertThat(d.confidenceOf(MatterField.PLACE)).isEqualTo(Confidence.SURE);
        assertThat(d.warnings()).extracting(ImportWarning::key).containsExactly("importer.warning.ocr",
                "importer.warning.ocrField");
        assertThat(d.warnings().get(1).text()).contains("undertecknare", "41 %");
        assertThat(d.warnings().get(0).text()).contains("Sidan eller sidorna 1 ", "%");
    }

    @Test
    void eachFieldCarriesTheLowestAndMeanOfItsWords() {
        ImportDraft parsed = new CouncilTextParser().parse(TEXT, "skannad.pdf");
        List<OcrWord> words = new ArrayList<>();
        for (String w : TEXT.split("\\s+")) {
            words.add(new OcrWord(w, switch (w) {
                case "Anna" -> 70;
                case "Ek" -> 50;
                case "Kungälv" -> 88;
                case "mars" -> 81;
                default -> 95;
            }));
        }
        ImportDraft d = ScannedConfidence.apply(parsed, new Scanned(List.of(1), List.of(), List.of(), null, words));
        // "Anna Ek (V)": 70, 50 and 95 for "(V)" → lowest 50, mean 72.
        assertThat(d.ocrOf(MatterField.AUTHORS)).isEqualTo(new OcrFigure(50, 72));
        assertThat(d.ocrOf(MatterField.AUTHORS).unsure()).isTrue();
        assertThat(d.ocrOf(MatterField.AUTHORS).text()).isEqualTo("Läst med OCR: 72 % säkert");
        assertThat(d.ocrOf(MatterField.PLACE)).isEqualTo(new OcrFigure(88, 88));
        assertThat(d.ocrOf(MatterField.PLACE).text()).isEqualTo("Läst med OCR: 88 % säkert");
        // The date as written, "3 mars 2024": 95, 81, 95.
        assertThat(d.ocrOf(MatterField.SUBMITTED)).isEqualTo(new OcrFigure(81, 90));
        assertThat(d.ocrOf(MatterField.KIND)).isEqualTo(new OcrFigure(95, 95));
        assertThat(d.ocrOf(MatterField.TITLE).unsure()).isFalse();
        assertThat(d.ocrOf(MatterField.ADDRESSEE)).as("a field the parser did not find").isNull();
        assertThat(d.confidenceOf(MatterField.AUTHORS)).isEqualTo(Confidence.UNSURE);
        assertThat(new OcrFigure(41, 90).text()).isEqualTo("Läst med OCR: 90 % säkert, sämsta ordet 41 %");
        assertThat(d.edited(d.matter().toBuilder().place("Ale").build()).ocrOf(MatterField.PLACE))
                .as("the user's own text is not OCR's").isNull();
    }

    @Test
    void wellReadFieldsKeepTheParsersConfidence() {
        ImportDraft parsed = new CouncilTextParser().parse(TEXT, "skannad.pdf");
        ImportDraft d = ScannedConfidence.apply(parsed, read("-", 0));
        assertThat(d.unsureFields()).isEqualTo(parsed.unsureFields());
        assertThat(d.warnings()).extracting(ImportWarning::key).contains("importer.warning.ocr")
                .doesNotContain("importer.warning.ocrField");
    }

    @Test
    void pagesLeftUnreadForWantOfTesseractAreSaid() {
        ImportDraft parsed = new CouncilTextParser().parse(TEXT, "delvis.pdf");
        ImportDraft d = ScannedConfidence.apply(parsed, new Scanned(List.of(), List.of(), List.of(2, 3), "program",
                List.of()));
        assertThat(d.warnings()).extracting(ImportWarning::text).anySatisfy(t -> assertThat(t)
                .contains("2, 3", "Tesseract", "sudo apt install tesseract-ocr tesseract-ocr-swe"));
    }
}
