package se.ledamot.ui.meetings;

import se.ledamot.domain.meeting.Position;

/** One agenda item in the group view, with the group's position on it. */
public record GroupRow(AgendaRow agenda, Position position) {
    public String stanceText() {
        return position.stance() == null ? se.ledamot.l10n.Localization.get("stance.undecided")
                : se.ledamot.l10n.Localization.get("stance." + position.stance().code());
    }
}
