package se.ledamot.ui.meetings;

import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;

/**
 * What Partigrupp's empty table says: what is still to be chosen, or why no item is listed. It said "Välj grupp och
 * sammanträde." with the meeting chosen, and again once every item had a position under *Bara ej bestämda* (walk18c).
 */
final class GroupPlaceholder {
    private GroupPlaceholder() {
    }

    static String of(String group, Meeting meeting, boolean onlyUndecided) {
        boolean noGroup = group == null || group.isBlank();
        if (noGroup && meeting == null) {
            return Localization.get("meeting.ui.group.empty");
        }
        if (noGroup) {
            return Localization.get("meeting.ui.group.empty.group");
        }
        if (meeting == null) {
            return Localization.get("meeting.ui.group.empty.meeting");
        }
        return Localization.get(onlyUndecided ? "meeting.ui.group.empty.allDecided" : "meeting.ui.group.empty.agenda");
    }
}
