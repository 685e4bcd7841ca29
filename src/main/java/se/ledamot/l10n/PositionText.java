package se.ledamot.l10n;

import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;

/**
 * What a group's position on an agenda item reads as: one text for Partigrupp and `agenda --group`, so the window and
 * the command line say the same about the same item.
 */
public final class PositionText {
    private PositionText() {
    }

    /**
     * The stance as shown.
     *
     * @param kind          the kind of the item's matter, or null for a free-text item
     * @param needsPosition whether the group has to decide something here ({@link Position#needed})
     * @param visible       false when the group's positions are kept from this user (another group's, on a server)
     */
    public static String stance(Position position, MatterKind kind, boolean needsPosition, boolean visible) {
        return visible && position.isDecided() ? Localization.stance(position.stance(), kind)
                : undecided(kind, needsPosition, visible);
    }

    /** What the item reads while it has no stance: not visible to this user, no position needed, or undecided. */
    public static String undecided(MatterKind kind, boolean needsPosition, boolean visible) {
        if (!visible) {
            return Localization.get("meeting.ui.group.hiddenStance");
        }
        return needsPosition ? Localization.stance(null, kind) : Localization.get("meeting.ui.group.noStanceNeeded");
    }
}
