package se.ledamot.importer;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.OcrFigure;
import se.ledamot.importer.read.Scanned;
import se.ledamot.l10n.Localization;

/**
 * How sure OCR was of each field of a draft read from scanned pages: a field is as sure as the words it was made of,
 * as Tesseract rated them. Each field's figure goes with the draft for the preview to show beside it; a field with a
 * word read poorly, or poor on average, is marked unsure and a warning names it; a sentence says which pages were read
 * with OCR, which could not be, and why.
 */
final class ScannedConfidence {
    /** The fields read from words of the text (status and tags are not). */
    private static final List<MatterField> READ = List.of(MatterField.KIND, MatterField.NUMBER, MatterField.TITLE,
            MatterField.SUBMITTED, MatterField.PLACE, MatterField.AUTHORS, MatterField.ADDRESSEE,
            MatterField.PROPOSALS, MatterField.QUESTIONS, MatterField.ANSWER);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private ScannedConfidence() {
    }

    static ImportDraft apply(ImportDraft draft, Scanned scanned) {
        List<ImportWarning> warnings = new ArrayList<>(draft.warnings());
        Map<MatterField, Confidence> confidence = new EnumMap<>(MatterField.class);
        confidence.putAll(draft.confidence());
        Map<MatterField, OcrFigure> figures = new EnumMap<>(MatterField.class);
        if (!scanned.pagesRead().isEmpty()) {
            warnings.add(ImportWarning.of("importer.warning.ocr", pages(scanned.pagesRead()),
                    scanned.meanConfidence()));
            Map<String, Integer> lowest = scanned.lowestByWord();
            for (MatterField field : READ) {
                if (draft.confidenceOf(field) == Confidence.MISSING) {
                    continue;
                }
                OcrFigure figure = figure(words(field, draft.matter()), lowest);
                if (figure == null) {
                    continue;
                }
                figures.put(field, figure);
                if (figure.unsure()) {
                    confidence.put(field, Confidence.UNSURE);
                    warnings.add(ImportWarning.of("importer.warning.ocrField",
                            Localization.get("importer.field." + field.code()), figure.mean(), figure.lowest()));
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
        return new ImportDraft(draft.matter(), confidence, warnings, draft.text(), figures);
    }

    /**
     * The words a field was read from: its text, split; for the kind, the kind's Swedish word; for a date, the ways
     * Swedish papers write it (2024-03-03, 3 mars 2024), of which only those OCR read will count.
     */
    private static List<String> words(MatterField field, Matter matter) {
        if (field == MatterField.KIND) {
            return List.of(switch (matter.kind()) {
                case QUESTION -> "fråga";
                case CITIZEN_PROPOSAL -> "medborgarförslag";
                case REFERRAL -> "remiss";
                case SPEECH -> "anförande";
                default -> matter.kind().code();
            });
        }
        if (field == MatterField.SUBMITTED) {
            LocalDate d = matter.submitted();
            return d == null ? List.of() : List.of(d.toString(), String.valueOf(d.getDayOfMonth()),
                    d.getMonth().getDisplayName(TextStyle.FULL, SWEDISH), String.valueOf(d.getYear()));
        }
        return List.of(field.textOf(matter).split("\\s+"));
    }

    /** The lowest and the mean confidence of the words that OCR read; null when it read none of them. */
    static OcrFigure figure(List<String> words, Map<String, Integer> lowest) {
        int min = 100;
        long sum = 0;
        int n = 0;
        for (String word : words) {
            Integer c = lowest.get(Scanned.key(word));
            if (c != null) {
                min = Math.min(min, c);
                sum += c;
                n++;
            }
        }
        return n == 0 ? null : new OcrFigure(min, (int) Math.round((double) sum / n));
    }

    private static String pages(List<Integer> pages) {
        return String.join(", ", pages.stream().map(String::valueOf).toList());
    }
}
