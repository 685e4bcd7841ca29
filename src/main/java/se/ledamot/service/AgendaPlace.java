package se.ledamot.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.domain.papers.StandardItem;

/**
 * One numbered place on the föredragningslista as the kallelse prints it, with what the agenda read for its item: the
 * list Sammanträden, Partigrupp and {@code ledamot agenda} show, so that screen, command line and paper agree.
 *
 * @param number   the place's number on the kallelse (the body's standard items counted)
 * @param entry    the agenda's item with its matter, or null for a standard item the agenda does not hold yet
 * @param standard the body's standard item this place is ("Upprop"), or null for a matter or another free-text item
 */
public record AgendaPlace(int number, AgendaEntry entry, StandardItem standard) {

    /** The places of {@code notice} (PaperService.noticeAgenda of the agenda's items) in its order. */
    static List<AgendaPlace> of(Agenda agenda, List<NoticeAgenda.Slot> notice) {
        Map<Long, AgendaEntry> entries = new HashMap<>();
        agenda.entries().forEach(e -> entries.put(e.item().id(), e));
        return notice.stream().map(s -> new AgendaPlace(s.number(),
                s.item() == null ? null : entries.get(s.item().id()), s.standard())).toList();
    }

    /** The agenda item, or null for a standard item the agenda does not hold. */
    public AgendaItem item() {
        return entry == null ? null : entry.item();
    }
}
