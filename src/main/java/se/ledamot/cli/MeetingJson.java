package se.ledamot.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.service.AgendaPlace;

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
     * A place on the föredragningslista: its agenda item with its matter (null for free text), or for a standard item
     * the agenda does not hold ("Upprop") the kallelse's title with {@code id} null.
     *
     * @param place the place, numbered as the kallelse and the window show it
     */
    static Map<String, Object> item(AgendaPlace place, Deadlines deadlines, LocalDate today) {
        AgendaItem item = place.item();
        Matter matter = place.entry() == null ? null : place.entry().matter().orElse(null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item == null ? null : item.id());
        json.put("number", place.number());
        json.put("standard", place.standard() != null);
        json.put("text", item == null ? Kallelse.title(place.standard()) : item.text());
        json.put("matter", matter == null ? null : MatterJson.of(matter, deadlines));
        json.put("days_left", matter == null ? null
                : deadlines.nearest(matter).map(d -> d.daysLeft(today)).orElse(null));
        json.put("late", place.entry() != null && place.entry().late());
        json.put("proposal", item == null ? null : item.proposal());
        json.put("motions_moved", item == null ? List.of() : item.motionsMoved());
        json.put("decision", item == null || item.decision() == null ? null : item.decision().code());
        json.put("decision_text", item == null ? null : item.decisionText());
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
