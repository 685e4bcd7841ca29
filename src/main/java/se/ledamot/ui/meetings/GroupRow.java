package se.ledamot.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.PositionText;

/**
 * One agenda item in the group view, with the group's position on it.
 *
 * @param visible false when the chosen group's positions are kept from this user (another group's, on a shared
 *                server): the position shown is then not the group's, only a placeholder
 */
public record GroupRow(AgendaRow agenda, Position position, boolean visible) {
    public GroupRow(AgendaRow agenda, Position position) {
        this(agenda, position, true);
    }

    /**
     * The group's rows of an agenda's, numbered as the kallelse the members hold. A standard item not on the agenda
     * (Upprop) is left out: there is no item to record a position on, and none is needed (Position.needed).
     */
    static List<GroupRow> of(List<AgendaRow> agenda, Map<Long, Position> byItem, String group, boolean visible) {
        return agenda.stream().filter(r -> r.item() != null).map(r -> new GroupRow(r,
                byItem.getOrDefault(r.item().id(), Position.undecided(r.item().id(), group)), visible)).toList();
    }

    public String stanceText() {
        return PositionText.stance(position, kind(), needsPosition(), visible);
    }

    /** What the item reads while it has no stance: not visible to this user, no position needed, or undecided. */
    public String undecidedText() {
        return PositionText.undecided(kind(), needsPosition(), visible);
    }

    /** Whether the group has to decide something here (Position.needed). */
    public boolean needsPosition() {
        return Position.needed(agenda.item(), agenda.matter() != null);
    }

    /** Still to be decided by the group: an item that needs a position and has none. */
    public boolean undecided() {
        return visible && needsPosition() && !position.isDecided();
    }

    /**
     * The stances the group can take here (a vote on a motion, the debate on an interpellation), after null for
     * "Inte bestämt": the way back when a position was chosen too early.
     */
    public List<Stance> stances() {
        List<Stance> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(kind() == null ? Stance.forFreeText() : Stance.forKind(kind()));
        return choices;
    }

    /** The kind of matter the item is about, or null for a free-text item. */
    public MatterKind kind() {
        return agenda.matter() == null ? null : agenda.matter().kind();
    }
}
