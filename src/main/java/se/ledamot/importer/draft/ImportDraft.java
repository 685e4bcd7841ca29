package se.ledamot.importer.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;

/**
 * What the parser made of a document: a matter ready to store, how sure it is of each field, what the user should
 * check, and the full text it was made from (also kept as the matter's body, so nothing is lost).
 */
public record ImportDraft(Matter matter, Map<MatterField, Confidence> confidence, List<ImportWarning> warnings,
        String text) {

    public ImportDraft {
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(text, "text");
        EnumMap<MatterField, Confidence> all = new EnumMap<>(MatterField.class);
        all.putAll(confidence);
        confidence = Map.copyOf(all);
        warnings = List.copyOf(warnings);
    }

    /** A field nobody filled in counts as missing. */
    public Confidence confidenceOf(MatterField field) {
        return confidence.getOrDefault(field, Confidence.MISSING);
    }

    /** The fields the parser filled in but is not sure of, in field order. */
    public List<MatterField> unsureFields() {
        return Arrays.stream(MatterField.values()).filter(f -> confidenceOf(f) == Confidence.UNSURE).toList();
    }

    /** The matter as the user corrected it: every field they changed counts as sure from now on. */
    public ImportDraft edited(Matter corrected) {
        Map<MatterField, Confidence> next = new EnumMap<>(MatterField.class);
        next.putAll(confidence);
        for (MatterField f : MatterField.values()) {
            if (f.differs(matter, corrected)) {
                next.put(f, Confidence.SURE);
            }
        }
        return new ImportDraft(corrected, next, new ArrayList<>(warnings), text);
    }
}
