package se.ledamot.search;

import java.time.LocalDate;
import java.util.List;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * One thing found: its type and id (a matter, meeting or agenda item; for an answer the matter's id), the meeting
 * an agenda item is on, the label to show with the words that matched, the facts a front end shows under it (kind,
 * status, number, date, body, party, whichever apply), and a snippet of the text around what matched. A person or a
 * party has no id: its {@code key} is the person's name or the party's code.
 */
public record Hit(HitType type, long id, Long meetingId, String key, String label, List<Mark> labelMarks,
        MatterKind kind, Status status, String number, LocalDate date, String bodyCode, String party,
        Snippet snippet, float score) {

    public Hit {
        labelMarks = List.copyOf(labelMarks);
    }

    /** The stretch {@code [start, end)} of a text that matched the query. */
    public record Mark(int start, int end) {
    }

    /** A piece of a longer text around what matched, with the matching words marked. */
    public record Snippet(String text, List<Mark> marks) {
        public static final Snippet NONE = new Snippet("", List.of());

        public Snippet {
            marks = List.copyOf(marks);
        }
    }

    public Hit withSnippet(Snippet s) {
        return new Hit(type, id, meetingId, key, label, labelMarks, kind, status, number, date, bodyCode, party, s,
                score);
    }
}
