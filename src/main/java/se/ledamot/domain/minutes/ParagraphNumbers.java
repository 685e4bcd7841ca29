package se.ledamot.domain.minutes;

import java.util.Comparator;
import java.util.List;
import se.ledamot.domain.meeting.Meeting;

/**
 * Paragraph numbers (§) run through the year for each body, as Swedish minutes number them: the first item of the
 * first meeting in January is § 1, and each meeting goes on from the last § of the one before. Fixed numbers (the
 * minutes of an approved meeting) are kept as they are.
 */
public final class ParagraphNumbers {
    private ParagraphNumbers() {
    }

    /** A meeting of the body with its number of items and, once approved, its fixed first §. */
    public record Counted(Meeting meeting, int items, Integer fixedFirst) {
    }

    /**
     * The first § of a meeting: one after the last § of the body's meeting before it in the same year (by date, then
     * by id), counting from that meeting's fixed first § when it has one.
     */
    public static int first(Meeting meeting, List<Counted> meetingsOfBody) {
        List<Counted> before = meetingsOfBody.stream()
                .filter(c -> c.meeting().body().equals(meeting.body()))
                .filter(c -> c.meeting().date().getYear() == meeting.date().getYear())
                .filter(c -> earlier(c.meeting(), meeting))
                .sorted(Comparator.comparing((Counted c) -> c.meeting().date())
                        .thenComparing(c -> c.meeting().id() == null ? Long.MAX_VALUE : c.meeting().id()))
                .toList();
        int next = 1;
        for (Counted c : before) {
            int start = c.fixedFirst() != null ? c.fixedFirst() : next;
            next = start + c.items();
        }
        return next;
    }

    private static boolean earlier(Meeting a, Meeting b) {
        int byDate = a.date().compareTo(b.date());
        if (byDate != 0) {
            return byDate < 0;
        }
        return a.id() != null && b.id() != null && a.id() < b.id();
    }
}
