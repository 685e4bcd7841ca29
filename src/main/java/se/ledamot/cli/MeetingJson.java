package se.ledamot.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;

/** The JSON form of meetings, agenda items and positions; matters inside them keep {@link MatterJson}'s shape. */
final class MeetingJson {
    private MeetingJson() {
    }

    static Map<String, Object> of(Meeting m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("body", m.body());
        json.put("date", m.date().toString());
        json.put("time", m.time() == null ? null : m.time().toString());
        json.put("place", m.place());
        json.put("status", m.status().code());
        json.put("posted", m.postedOn() == null ? null : m.postedOn().toString());
        return json;
    }

    /**
     * An item, with its matter (or null for free text).
     *
     * @param number the item's number on the föredragningslista, as the kallelse and the window show it
     */
    static Map<String, Object> item(AgendaItem item, int number, Matter matter, Deadlines deadlines, boolean late,
            LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("number", number);
        json.put("text", item.text());
        json.put("matter", matter == null ? null : MatterJson.of(matter, deadlines));
        json.put("days_left", matter == null ? null
                : deadlines.nearest(matter).map(d -> d.daysLeft(today)).orElse(null));
        json.put("late", late);
        json.put("proposal", item.proposal());
        json.put("motions_moved", item.motionsMoved());
        json.put("decision", item.decision() == null ? null : item.decision().code());
        json.put("decision_text", item.decisionText());
        return json;
    }

    static Map<String, Object> position(Position p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", p.group());
        json.put("stance", p.stance() == null ? null : p.stance().code());
        json.put("speaker", p.speaker());
        json.put("arguments", p.arguments());
        json.put("notes", p.notes());
        json.put("reviewed", p.reviewed());
        return json;
    }
}
