package se.ledamot.domain.papers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.meeting.AgendaItem;

/**
 * The numbered list of items as the kallelse and the protokoll print it (föredragningslista): the body's standard
 * opening items, then the agenda's other items, then the standard closing items. A free-text item on the agenda that
 * is a standard item ("Val av justerare") is that item instead of appearing twice, and stays where the agenda has it:
 * the list reads in the agenda's order, as the screens show it and as the kallelse it was imported from printed it
 * ("4. Allmänhetens frågestund, 5. Anmälan av nya motioner" is not turned round). A standard item not on the agenda
 * yet is printed all the same, after the standard item before it, and can be put on it with its place kept.
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
        Map<AgendaItem, StandardItem> claimed = new IdentityHashMap<>();
        List<AgendaItem> opening = claim(papers.opening(), agenda, claimed);
        List<AgendaItem> closing = claim(papers.closing(), agenda, claimed);
        List<Placed> list = agenda.stream().map(i -> new Placed(i, claimed.get(i))).toList();
        list = withUnclaimed(papers.opening(), opening, list);
        list = withUnclaimed(papers.closing().reversed(), closing.reversed(), list.reversed()).reversed();
        List<Slot> out = new ArrayList<>();
        for (Placed p : list) {
            out.add(new Slot(out.size() + 1, p.item(), p.standard()));
        }
        return out;
    }

    private record Placed(AgendaItem item, StandardItem standard) {
    }

    /** For each standard item the agenda item that is it (the first free-text one not taken yet), or null. */
    private static List<AgendaItem> claim(List<StandardItem> standards, List<AgendaItem> agenda,
            Map<AgendaItem, StandardItem> claimed) {
        List<AgendaItem> out = new ArrayList<>();
        for (StandardItem s : standards) {
            AgendaItem found = agenda.stream().filter(i -> i.isFreeText() && !claimed.containsKey(i)
                    && s.matches(i.text())).findFirst().orElse(null);
            if (found != null) {
                claimed.put(found, s);
            }
            out.add(found);
        }
        return out;
    }

    /**
     * The list with the standard items not on the agenda put in: each right after the one before it on the body's
     * list (the first ones open the list). The closing ones go in the same way on the list read backwards: each right
     * before the one after it, the last ones close the list.
     */
    private static List<Placed> withUnclaimed(List<StandardItem> standards, List<AgendaItem> found,
            List<Placed> list) {
        List<Placed> out = new ArrayList<>(list);
        int at = 0;
        for (int i = 0; i < standards.size(); i++) {
            AgendaItem item = found.get(i);
            if (item == null) {
                out.add(at++, new Placed(null, standards.get(i)));
            } else {
                at = 1 + indexOf(out, item);
            }
        }
        return out;
    }

    private static int indexOf(List<Placed> list, AgendaItem item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).item() == item) {
                return i;
            }
        }
        throw new IllegalStateException("an agenda item claimed is on the list");
    }
}
