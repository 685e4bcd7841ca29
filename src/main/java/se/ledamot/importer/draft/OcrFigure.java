package se.ledamot.importer.draft;

import se.ledamot.l10n.Localization;

/**
 * How sure OCR was of the words one field was read from, as Tesseract rated them (0–100).
 *
 * @param lowest the field's worst-read word
 * @param mean   the mean over the field's words
 */
public record OcrFigure(int lowest, int mean) {
    /** A word Tesseract rates below this is often misread (a letter or two wrong in a name). */
    public static final int POOR_WORD = 60;
    /** A field whose words average below this needs a look. */
    public static final int POOR_FIELD = 80;

    /** A field read this poorly is marked unsure in the preview. */
    public boolean unsure() {
        return lowest < POOR_WORD || mean < POOR_FIELD;
    }

    /** "Läst med OCR: 62 % säkert", with the worst word when that alone makes the field unsure. */
    public String text() {
        return lowest < POOR_WORD && mean >= POOR_FIELD
                ? Localization.get("importer.ocr.fieldWorstWord", mean, lowest)
                : Localization.get("importer.ocr.field", mean);
    }
}
