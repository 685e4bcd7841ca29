package se.ledamot.domain.papers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.ledamot.domain.meeting.AgendaItem;

/**
 * The numbered list of items as the kallelse and the protokoll print it (föredragningslista): the body's standard
 * opening items, then the agenda's other items in their order, then the standard closing items. A free-text item on
 * the agenda that is a standard item ("Val av justerare") takes that item's place instead of appearing twice; a
 * standard item not on the agenda yet is printed all the same, and can be put on it with its place kept.
 */
public final class NoticeAgenda {
    private NoticeAgenda() {
    }

    /**
     * One numbered place on the list.
     *
     * @param item     the agenda item, or null for a standard item not on the agenda yet
     * @param standard the standard item this place is, or null for a matter or another free-text item
     */
    public record Slot(int number, AgendaItem item, StandardItem standard) {
    }

    public static List<Slot> plan(BodyPapers papers, List<AgendaItem> agenda) {
        Set<AgendaItem> taken = new LinkedHashSet<>();
        List<Slot> out = new ArrayList<>();
        for (StandardItem s : papers.opening()) {
            out.add(new Slot(out.size() + 1, claim(s, agenda, taken), s));
        }
        List<AgendaItem> rest = new ArrayList<>(agenda.stream().filter(i -> !taken.contains(i)).toList());
        List<AgendaItem> closingItems = new ArrayList<>();
        for (StandardItem s : papers.closing()) {
            AgendaItem found = claim(s, rest, taken);
            rest.remove(found);
            closingItems.add(found);
        }
        for (AgendaItem item : rest) {
            out.add(new Slot(out.size() + 1, item, null));
        }
        for (int i = 0; i < papers.closing().size(); i++) {
            out.add(new Slot(out.size() + 1, closingItems.get(i), papers.closing().get(i)));
        }
        return out;
    }

    private static AgendaItem claim(StandardItem s, List<AgendaItem> agenda, Set<AgendaItem> taken) {
        for (AgendaItem item : agenda) {
            if (item.isFreeText() && !taken.contains(item) && s.matches(item.text())) {
                taken.add(item);
                return item;
            }
        }
        return null;
    }
}
