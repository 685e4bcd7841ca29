package se.ledamot.ui.meetings;

import java.util.List;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;

/** One agenda item in the group view, with the group's position on it. */
public record GroupRow(AgendaRow agenda, Position position) {
    public String stanceText() {
        return Localization.stance(position.stance(), kind());
    }

    /** The stances the group can take here: a vote on a motion, the debate on an interpellation. */
    public List<Stance> stances() {
        return kind() == null ? Stance.forFreeText() : Stance.forKind(kind());
    }

    /** The kind of matter the item is about, or null for a free-text item. */
    public MatterKind kind() {
        return agenda.matter() == null ? null : agenda.matter().kind();
    }
}
