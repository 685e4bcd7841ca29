package se.ledamot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.draft.ImportWarning;

/**
 * One imported file as JSON: "file", then the matter in {@link MatterJson}'s names (without the body, which is the
 * file's text), then what the importer wants checked: "warnings", "unsure" and "missing" fields, a duplicate, or
 * the "error" that kept the file out.
 */
final class ImportJson {
    private ImportJson() {
    }

    static Map<String, Object> of(ImportItem item, Deadlines deadlines) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", item.file());
        if (item.isFailed()) {
            json.put("error", item.failureText());
            return json;
        }
        if (item.isMeeting()) {
            json.putAll(MeetingImportJson.of(item.meeting(), deadlines));
            json.put("duplicate_of_file", item.duplicateOfFile());
            return json;
        }
        Matter m = item.stored() != null ? item.stored() : item.draft().matter();
        json.putAll(MatterJson.full(m, deadlines));
        json.remove("body");
        json.put("warnings", item.draft().warnings().stream().map(ImportWarning::text).toList());
        json.put("unsure", codes(item, Confidence.UNSURE));
        json.put("missing", codes(item, Confidence.MISSING));
        json.put("duplicate_of", item.duplicateOf() != null ? item.duplicateOf().id() : null);
        json.put("duplicate_of_file", item.duplicateOfFile());
        return json;
    }

    private static List<String> codes(ImportItem item, Confidence c) {
        return item.draft().confidence().entrySet().stream().filter(e -> e.getValue() == c)
                .map(Map.Entry::getKey).sorted().map(MatterField::code).toList();
    }
}
