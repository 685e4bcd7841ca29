package se.ledamot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.MeetingImportText;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.importer.draft.MeetingPlan;

/**
 * A meeting document as one JSON object: "meeting" (id once stored, body, date, time, place, whether it is new and
 * which fields are unsure), "items" in published order, each with the matter it matched or created ({@link
 * MatterJson}'s names, "matter_id" null until a new one is stored), how it was matched and what changed on the
 * agenda, then "changed" (nothing changed on a re-import: false) and the "warnings".
 */
final class MeetingImportJson {
    private MeetingImportJson() {
    }

    static Map<String, Object> of(MeetingImport m, Deadlines deadlines) {
        MeetingDraft d = m.draft();
        MeetingPlan plan = m.plan();
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("id", m.stored() != null ? m.stored().id() : plan != null ? plan.meeting().id() : null);
        meeting.put("council", d.council());
        meeting.put("body", plan == null ? null : plan.bodyCode());
        meeting.put("body_name", d.bodyName());
        meeting.put("date", d.date() == null ? null : d.date().toString());
        meeting.put("time", d.time() == null ? null : d.time().toString());
        meeting.put("place", d.place());
        meeting.put("amended", d.amended());
        meeting.put("new", plan != null && plan.newMeeting());
        meeting.put("unsure", fields(d, Confidence.UNSURE));
        meeting.put("missing", fields(d, Confidence.MISSING));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "meeting");
        json.put("meeting", meeting);
        json.put("items", MeetingImportText.rows(m).stream().map(r -> item(r, deadlines)).toList());
        json.put("changed", plan == null || !plan.unchanged());
        json.put("left_over", plan == null ? 0 : plan.leftOver().size());
        json.put("summary", MeetingImportText.summary(m));
        json.put("warnings", d.warnings().stream().map(ImportWarning::text).toList());
        return json;
    }

    private static Map<String, Object> item(MeetingImportText.Row r, Deadlines deadlines) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", r.line().number());
        json.put("text", r.line().text());
        json.put("dnr", r.line().dnr());
        json.put("free_text", r.line().isFreeText());
        json.put("match", r.match().name().toLowerCase(java.util.Locale.ROOT));
        json.put("change", r.place().name().toLowerCase(java.util.Locale.ROOT));
        json.put("old_number", r.oldNumber() == 0 ? null : r.oldNumber());
        json.put("matter_id", r.matter() == null ? null : r.matter().id());
        if (!r.line().isFreeText()) {
            Map<String, Object> matter = new LinkedHashMap<>(MatterJson.full(
                    r.matter() != null ? r.matter() : r.line().matter().matter(), deadlines));
            matter.remove("body");
            json.put("matter", matter);
            json.put("unsure", r.line().unsureFields().stream().map(MatterField::code).toList());
        }
        return json;
    }

    private static List<String> fields(MeetingDraft d, Confidence c) {
        return java.util.Arrays.stream(MeetingDraft.Field.values()).filter(f -> d.confidenceOf(f) == c)
                .map(MeetingDraft.Field::code).toList();
    }
}
