package se.ledamot.ui.meetings;

import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.l10n.Localization;

/** A conflict on a group's position as the conflict view says it: a stance and "reviewed" in words, not codes. */
final class PositionSaid {
    private PositionSaid() {
    }

    /** @param kind the item's matter's kind (a stance is worded per kind), null when not known */
    static Conflict readable(Conflict c, Position base, Position mine, Position theirs, MatterKind kind) {
        return switch (c.field()) {
            case "stance" -> c.restated(c.title(), Localization.stance(mine.stance(), kind),
                    Localization.stance(theirs.stance(), kind), Localization.stance(base.stance(), kind), false);
            case "reviewed" -> c.restated(c.title(), said(mine.reviewed()), said(theirs.reviewed()),
                    said(base.reviewed()), false);
            default -> c;
        };
    }

    private static String said(boolean reviewed) {
        return Localization.get(reviewed ? "meeting.ui.group.reviewed.yes" : "meeting.ui.group.reviewed.no");
    }
}
