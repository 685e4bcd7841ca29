package se.ledamot.domain.papers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledamot.domain.meeting.AgendaItem;

/**
 * The numbered list of items as the kallelse and the protokoll print it (föredragningslista): the body's standard
 * opening items, then the agenda's other items in their order, then the standard closing items. A free-text item on
 * the agenda that is a standard item ("Val av justerare") is that item instead of appearing twice. The opening part
 * holds the standard items on the agenda with the other free-text items among or before them, in the agenda's order:
 * a kallelse imported with "4. Allmänhetens frågestund, 5. Anmälan av nya motioner" keeps its order and its numbers,
 * as the screens show them. A matter is never among them: a standard item typed after a matter still goes up to its
 * place. The closing part likewise, read from the end. A standard item not on the agenda yet is printed all the same,
 * after the standard item before it, and can be put on it with its place kept.
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

    /**
     * The list as the minutes were approved, when they are ({@code approved} not null): each item keeps its number
     * whatever was added or moved since. An item no longer on the agenda leaves its number unused; one put on it
     * after the justering follows the approved ones.
     */
    public static List<Slot> plan(BodyPapers papers, List<AgendaItem> agenda, ApprovedNumbering approved) {
        if (approved == null) {
            return plan(papers, agenda);
        }
        Map<Long, AgendaItem> byId = new HashMap<>();
        agenda.forEach(i -> byId.put(i.id(), i));
        List<Slot> out = new ArrayList<>();
        for (ApprovedNumbering.Place p : approved.places()) {
            AgendaItem item = p.itemId() == null ? null : byId.remove(p.itemId());
            if (p.itemId() == null || item != null) {
                out.add(new Slot(p.number(), item, p.standard()));
            }
        }
        int next = approved.last();
        for (AgendaItem item : agenda) {
            if (byId.containsKey(item.id())) {
                out.add(new Slot(++next, item, null));
            }
        }
        return out;
    }

    public static List<Slot> plan(BodyPapers papers, List<AgendaItem> agenda) {
        Map<AgendaItem, StandardItem> claimed = new IdentityHashMap<>();
        List<AgendaItem> opening = claim(papers.opening(), agenda, claimed);
        List<AgendaItem> closing = claim(papers.closing(), agenda, claimed);
        int lastOpening = opening.stream().filter(Objects::nonNull).mapToInt(i -> at(agenda, i)).max()
                .orElse(-1);
        int firstClosing = closing.stream().filter(Objects::nonNull).mapToInt(i -> at(agenda, i)).min()
                .orElse(agenda.size());
        List<Placed> head = new ArrayList<>();
        List<Placed> middle = new ArrayList<>();
        List<Placed> tail = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            Placed p = new Placed(item, claimed.get(item));
            if (i <= lastOpening && item.isFreeText() && at(closing, item) < 0) {
                head.add(p);
            } else if (i >= firstClosing && item.isFreeText() && at(opening, item) < 0) {
                tail.add(p);
            } else {
                middle.add(p);
            }
        }
        List<Placed> list = new ArrayList<>(withUnclaimed(papers.opening(), opening, head));
        list.addAll(middle);
        list.addAll(withUnclaimed(papers.closing().reversed(), closing.reversed(), tail.reversed()).reversed());
        List<Slot> out = new ArrayList<>();
        for (Placed p : list) {
            out.add(new Slot(out.size() + 1, p.item(), p.standard()));
        }
        return out;
    }

    /** Each agenda item's number on the list, by item id. */
    public static Map<Long, Integer> numbers(List<Slot> list) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (Slot slot : list) {
            if (slot.item() != null) {
                numbers.put(slot.item().id(), slot.number());
            }
        }
        return numbers;
    }

    private record Placed(AgendaItem item, StandardItem standard) {
    }

    /**
     * Where a standard item goes on the agenda so that the list keeps its numbers: at {@code index}, right after the
     * agenda item of the place before it on the list (first when no place before it holds one); or the item that is
     * it already ({@code on}), with index -1.
     */
    public record Place(AgendaItem on, int index) {
    }

    /** Where {@code standard}, one of the body's standard items, goes on {@code agenda} ({@link Place}). */
    public static Place placeOf(BodyPapers papers, List<AgendaItem> agenda, StandardItem standard) {
        List<Slot> list = plan(papers, agenda);
        int at = 0;
        while (at < list.size() && !standard.equals(list.get(at).standard())) {
            at++;
        }
        if (at == list.size()) {
            throw new IllegalArgumentException("not a standard item of the body: " + standard);
        }
        if (list.get(at).item() != null) {
            return new Place(list.get(at).item(), -1);
        }
        for (int before = at - 1; before >= 0; before--) {
            if (list.get(before).item() != null) {
                return new Place(null, at(agenda, list.get(before).item()) + 1);
            }
        }
        return new Place(null, 0);
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
        int next = 0;
        for (int i = 0; i < standards.size(); i++) {
            AgendaItem item = found.get(i);
            if (item == null) {
                out.add(next++, new Placed(null, standards.get(i)));
            } else {
                next = 1 + at(out.stream().map(Placed::item).toList(), item);
            }
        }
        return out;
    }

    /** Where an item stands in a list, the same item (not an equal one); -1 when it is not there. */
    private static int at(List<AgendaItem> list, AgendaItem item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }
}
