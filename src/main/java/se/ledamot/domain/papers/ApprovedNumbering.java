package se.ledamot.domain.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbered list of a meeting as its minutes were approved (justerade): the first §, and for each number what
 * stood there, an agenda item (by id) or a standard item not on the agenda. Before the justering the numbers are
 * counted at each print ({@link NoticeAgenda}); from it the protokoll is printed from these, so that a standard or
 * free-text item added or moved afterwards cannot renumber approved paragraphs. The justering is announced on the
 * notice board (8 kap. 12 § kommunallagen) and the appeal time runs from it (13 kap. 5 §): what was announced is the
 * protokoll as justerat.
 *
 * @param firstParagraph the § of number 1
 */
public record ApprovedNumbering(int firstParagraph, List<Place> places) {

    /**
     * One number on the approved list.
     *
     * @param itemId   the agenda item there, or null for a standard item not on the agenda
     * @param standard the standard item it is, or null for a matter or another free-text item
     */
    public record Place(int number, Long itemId, StandardItem standard) {
    }

    public ApprovedNumbering {
        places = List.copyOf(places);
    }

    /** The list as it is numbered now, fixed. */
    public static ApprovedNumbering of(int firstParagraph, List<NoticeAgenda.Slot> slots) {
        return new ApprovedNumbering(firstParagraph, slots.stream().map(s -> new Place(s.number(),
                s.item() == null ? null : s.item().id(), s.standard())).toList());
    }

    /** The highest number on the list: the paragraphs it takes up, counted from its first. */
    public int last() {
        return places.stream().mapToInt(Place::number).max().orElse(0);
    }

    /** As stored: the first § on the first line, then a line per place (number, item id, standard kind, title). */
    public String text() {
        StringBuilder out = new StringBuilder().append(firstParagraph);
        for (Place p : places) {
            out.append('\n').append(p.number()).append('\t').append(p.itemId() == null ? "" : p.itemId())
                    .append('\t').append(p.standard() == null ? "" : p.standard().kind().code()).append('\t')
                    .append(p.standard() == null || p.standard().title() == null ? ""
                            : p.standard().title().replaceAll("\\s+", " "));
        }
        return out.toString();
    }

    /** The list stored by {@link #text()}; empty for none (minutes not approved, or approved before it was kept). */
    public static Optional<ApprovedNumbering> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] lines = text.split("\n");
        List<Place> places = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", 4);
            StandardItem standard = f[2].isEmpty() ? null : new StandardItem(StandardItem.Kind.fromCode(f[2])
                    .orElse(StandardItem.Kind.CUSTOM), f.length < 4 || f[3].isEmpty() ? null : f[3]);
            places.add(new Place(Integer.parseInt(f[0]), f[1].isEmpty() ? null : Long.valueOf(f[1]), standard));
        }
        return Optional.of(new ApprovedNumbering(Integer.parseInt(lines[0].strip()), places));
    }
}
