package se.ledamot.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.read.Scanned;
import se.ledamot.l10n.Localization;

/**
 * How sure OCR was of each field of a draft read from scanned pages: a field is as sure as the words it was made of,
 * as Tesseract rated them. A field with a word read poorly, or poor on average, is marked unsure and its figure given
 * in the preview; a sentence says which pages were read with OCR, which could not be, and why.
 */
final class ScannedConfidence {
    /** A word Tesseract rates below this is often misread (a letter or two wrong in a name). */
    static final int POOR_WORD = 60;
    /** A field whose words average below this needs a look. */
    static final int POOR_FIELD = 80;
    /** The fields made of words from the text; dates, kind and status are not (and are checked on their own). */
    private static final List<MatterField> WORDED = List.of(MatterField.NUMBER, MatterField.TITLE, MatterField.PLACE,
            MatterField.AUTHORS, MatterField.ADDRESSEE, MatterField.PROPOSALS, MatterField.QUESTIONS,
            MatterField.ANSWER);

    private ScannedConfidence() {
    }

    static ImportDraft apply(ImportDraft draft, Scanned scanned) {
        List<ImportWarning> warnings = new ArrayList<>(draft.warnings());
        Map<MatterField, Confidence> confidence = new EnumMap<>(MatterField.class);
        confidence.putAll(draft.confidence());
        if (!scanned.pagesRead().isEmpty()) {
            warnings.add(ImportWarning.of("importer.warning.ocr", pages(scanned.pagesRead()),
                    scanned.meanConfidence()));
            Map<String, Integer> lowest = scanned.lowestByWord();
            for (MatterField field : WORDED) {
                int[] figure = figure(field.textOf(draft.matter()), lowest);
                if (figure == null) {
                    continue;
                }
                if (figure[0] < POOR_WORD || figure[1] < POOR_FIELD) {
                    confidence.put(field, Confidence.UNSURE);
                    warnings.add(ImportWarning.of("importer.warning.ocrField",
                            Localization.get("importer.field." + field.code()), figure[1], figure[0]));
                }
            }
        }
        if (!scanned.failed().isEmpty()) {
            warnings.add(ImportWarning.of("importer.warning.ocrFailed", pages(scanned.failed())));
        }
        if (!scanned.notRead().isEmpty()) {
            warnings.add(ImportWarning.of("program".equals(scanned.missing()) ? "importer.warning.ocrMissing"
                    : "importer.warning.ocrNoSwedish", pages(scanned.notRead())));
        }
        return new ImportDraft(draft.matter(), confidence, warnings, draft.text());
    }

    /** The lowest and the mean confidence of the field's words that OCR read; null when it read none of them. */
    private static int[] figure(String value, Map<String, Integer> lowest) {
        int min = 100;
        long sum = 0;
        int n = 0;
        for (String word : value.split("\\s+")) {
            Integer c = lowest.get(Scanned.key(word));
            if (c != null) {
                min = Math.min(min, c);
                sum += c;
                n++;
            }
        }
        return n == 0 ? null : new int[] {min, (int) Math.round((double) sum / n)};
    }

    private static String pages(List<Integer> pages) {
        return String.join(", ", pages.stream().map(String::valueOf).toList());
    }
}
