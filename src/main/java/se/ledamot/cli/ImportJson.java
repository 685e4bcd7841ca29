package se.ledamot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.draft.HandlingarPart;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.OcrFigure;

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
        if (!item.draft().ocr().isEmpty()) {
            json.put("ocr_confidence", ocr(item));
        }
        json.put("duplicate_of", item.duplicateOf() != null ? item.duplicateOf().id() : null);
        json.put("duplicate_of_file", item.duplicateOfFile());
        if (item.part() != null) {
            json.put("part", part(item.part()));
        }
        return json;
    }

    /** A part of combined papers: its pages and, when matched, the agenda item and matter it is kept with. */
    private static Map<String, Object> part(HandlingarPart p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("first_page", p.first());
        json.put("last_page", p.last());
        json.put("dnr", p.dnr());
        json.put("item", p.item());
        if (p.target() != null) {
            HandlingarPart.Target t = p.target();
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("match", switch (t.how()) {
                case BY_NUMBER -> "number";
                case BY_ITEM -> "item";
                case BY_TITLE -> "title";
            });
            target.put("unsure", t.unsure());
            target.put("matter_id", t.matterId());
            target.put("agenda_item", t.agendaNumber());
            target.put("title", t.title());
            json.put("kept_with", p.apart() ? null : target);
        }
        return json;
    }

    /** For a document read with OCR, each field's figure: {"title": {"mean": 96, "lowest": 90, "unsure": false}}. */
    private static Map<String, Object> ocr(ImportItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (MatterField f : MatterField.values()) {
            OcrFigure figure = item.draft().ocrOf(f);
            if (figure != null) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("mean", figure.mean());
                one.put("lowest", figure.lowest());
                one.put("unsure", figure.unsure());
                json.put(f.code(), one);
            }
        }
        return json;
    }

    private static List<String> codes(ImportItem item, Confidence c) {
        return item.draft().confidence().entrySet().stream().filter(e -> e.getValue() == c)
                .map(Map.Entry::getKey).sorted().map(MatterField::code).toList();
    }
}
