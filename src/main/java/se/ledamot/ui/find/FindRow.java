package se.ledamot.ui.find;

import se.ledamot.search.Hit;
import se.ledamot.search.HitType;

/**
 * One line of the search's results: a group's heading ("Ärenden · 3") or a hit under it.
 *
 * @param hit the hit, or null for the heading of the group of {@code type}
 * @param count how many hits the group holds (headings only)
 */
public record FindRow(HitType type, Hit hit, int count) {
    static FindRow heading(HitType type, int count) {
        return new FindRow(type, null, count);
    }

    static FindRow of(Hit hit) {
        return new FindRow(hit.type(), hit, 0);
    }

    public boolean isHeading() {
        return hit == null;
    }
}
