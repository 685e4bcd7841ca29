package se.ledamot.ui.meetings;

import se.ledamot.domain.meeting.Position;
import se.ledamot.l10n.Localization;

/** One agenda item in the group view, with the group's position on it. */
public record GroupRow(AgendaRow agenda, Position position) {
    public String stanceText() {
        return position.stance() == null ? Localization.get("stance.undecided")
                : Localization.get("stance." + position.stance().code());
    }
}
