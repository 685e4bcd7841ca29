package se.ledamot.importer.draft;

import java.util.List;
import java.util.Objects;
import se.ledamot.domain.meeting.Meeting;

/**
 * A meeting document on its way in: what was read, what storing it will do (once worked out against the store), and
 * the meeting once stored.
 *
 * @param draft  what the parser made of the document
 * @param plan   what storing it will do, null until the store has been asked
 * @param stored the meeting as stored, null until then
 * @param after  once stored: the document planned again, each item with the matter it is now about
 * @param proposalsKept once stored: the document's items whose förslag till beslut was not written, because another
 *                      secretary saved another one on the item after the preview (issue 16.5)
 */
public record MeetingImport(MeetingDraft draft, MeetingPlan plan, Meeting stored, MeetingPlan after,
        List<AgendaLine> proposalsKept) {
    public MeetingImport {
        Objects.requireNonNull(draft, "draft");
        proposalsKept = List.copyOf(proposalsKept);
    }

    public static MeetingImport of(MeetingDraft draft) {
        return new MeetingImport(draft, null, null, null, List.of());
    }

    public MeetingImport withPlan(MeetingPlan p) {
        return new MeetingImport(draft, p, stored, after, proposalsKept);
    }

    /**
     * Stored: what was done ({@code done}), the agenda as it now is ({@code now}) and the items whose proposal was
     * kept as another saved it.
     */
    public MeetingImport withStored(Meeting m, MeetingPlan done, MeetingPlan now, List<AgendaLine> kept) {
        return new MeetingImport(draft, done, m, now, kept);
    }

    public MeetingImport withDraft(MeetingDraft d) {
        return new MeetingImport(d, null, stored, after, List.of());
    }
}
