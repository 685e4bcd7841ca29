package se.ledamot.importer.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.l10n.Localization;

/**
 * What the parser made of a document: a matter ready to store, how sure it is of each field, what the user should
 * check, the full text it was made from (also kept as the matter's body, so nothing is lost) and, for a document
 * read with OCR, how sure OCR was of each field's words.
 */
public record ImportDraft(Matter matter, Map<MatterField, Confidence> confidence, List<ImportWarning> warnings,
        String text, Map<MatterField, OcrFigure> ocr) {

    public ImportDraft {
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(text, "text");
        EnumMap<MatterField, Confidence> all = new EnumMap<>(MatterField.class);
        all.putAll(confidence);
        confidence = Map.copyOf(all);
        warnings = List.copyOf(warnings);
        ocr = Map.copyOf(ocr);
    }

    /** A draft of a document not read with OCR. */
    public ImportDraft(Matter matter, Map<MatterField, Confidence> confidence, List<ImportWarning> warnings,
            String text) {
        this(matter, confidence, warnings, text, Map.of());
    }

    /**
     * The draft of what the parser built, made to fit the database: a one-line field longer than its limit is cut and
     * a date out of range is left out, each marked for the user to check, with a warning. A field that long is a
     * misreading (a sentence taken for a place), not a reason to refuse the whole file; the file itself is kept
     * with the matter, so nothing is lost.
     */
    public static ImportDraft fitted(Matter.Builder parsed, Map<MatterField, Confidence> confidence,
            List<ImportWarning> warnings, String text) {
        Map<MatterField, Confidence> sure = new EnumMap<>(MatterField.class);
        sure.putAll(confidence);
        List<ImportWarning> told = new ArrayList<>(warnings);
        Set<MatterField> cut = EnumSet.noneOf(MatterField.class);
        Matter matter = parsed.fitted(new Matter.Fitting() {
            @Override
            public void cut(MatterField field, Limit limit) {
                sure.put(field, Confidence.UNSURE);
                if (cut.add(field)) {
                    told.add(ImportWarning.of("importer.warning.cut", name(field), limit.max()));
                }
            }

            @Override
            public void dropped(MatterField field, LocalDate date) {
                sure.put(field, Confidence.MISSING);
                told.add(ImportWarning.of("importer.warning.dateOutOfRange", name(field), date.toString(),
                        Limit.FIRST_DATE.getYear(), Limit.LAST_DATE.getYear()));
            }
        }).build();
        return new ImportDraft(matter, sure, told, text);
    }

    private static String name(MatterField field) {
        return Localization.get("importer.field." + field.code());
    }

    /** A field nobody filled in counts as missing. */
    public Confidence confidenceOf(MatterField field) {
        return confidence.getOrDefault(field, Confidence.MISSING);
    }

    /** The fields the parser filled in but is not sure of, in field order. */
    public List<MatterField> unsureFields() {
        return Arrays.stream(MatterField.values()).filter(f -> confidenceOf(f) == Confidence.UNSURE).toList();
    }

    /** How sure OCR was of the field's words; null when the field was not read with OCR. */
    public OcrFigure ocrOf(MatterField field) {
        return ocr.get(field);
    }

    /**
     * The matter as the user corrected it: every field they changed counts as sure from now on, and OCR's figure no
     * longer speaks for it.
     */
    public ImportDraft edited(Matter corrected) {
        Map<MatterField, Confidence> next = new EnumMap<>(MatterField.class);
        next.putAll(confidence);
        Map<MatterField, OcrFigure> read = new EnumMap<>(MatterField.class);
        read.putAll(ocr);
        for (MatterField f : MatterField.values()) {
            if (f.differs(matter, corrected)) {
                next.put(f, Confidence.SURE);
                read.remove(f);
            }
        }
        return new ImportDraft(corrected, next, new ArrayList<>(warnings), text, read);
    }
}
