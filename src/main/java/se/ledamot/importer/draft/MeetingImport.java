package se.ledamot.importer.draft;

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
 */
public record MeetingImport(MeetingDraft draft, MeetingPlan plan, Meeting stored, MeetingPlan after) {
    public MeetingImport {
        Objects.requireNonNull(draft, "draft");
    }

    public static MeetingImport of(MeetingDraft draft) {
        return new MeetingImport(draft, null, null, null);
    }

    public MeetingImport withPlan(MeetingPlan p) {
        return new MeetingImport(draft, p, stored, after);
    }

    /** Stored: what was done ({@code done}) and the agenda as it now is ({@code now}). */
    public MeetingImport withStored(Meeting m, MeetingPlan done, MeetingPlan now) {
        return new MeetingImport(draft, done, m, now);
    }

    public MeetingImport withDraft(MeetingDraft d) {
        return new MeetingImport(d, null, stored, after);
    }
}
