package se.ledamot.ui.meetings;

import java.util.stream.Collectors;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;
import se.ledamot.ui.sync.SyncViewModel;

/**
 * What is said when a form typed and left for another meeting was stored: a field someone else changed meanwhile
 * keeps theirs (issue 16.5) and her value is named, as she is no longer on the form the conflict view would ask from
 * (meetings31: "är sparat" was said while the place she typed was not stored).
 */
final class KeptTheirs {
    private KeptTheirs() {
    }

    /** Says {@code said}: the plain "är sparat" as the notice of a save, which the next one replaces. */
    static void tell(se.ledamot.ui.dialog.DialogService dialogs, Meeting stored, String said) {
        if (said.equals(Localization.get("meeting.ui.saved", stored))) {
            dialogs.notifySaved(said);
        } else {
            dialogs.notify(said);
        }
    }

    static String said(Meeting stored, Meeting base, Meeting mine, RowMerge<Meeting> merge) {
        if (merge.conflicts().isEmpty()) {
            return Localization.get("meeting.ui.saved", stored);
        }
        return merge.shown("meeting", String.valueOf(mine.id()), mine.label(), base, mine).stream()
                .map(MeetingText::statusSaid)
                .map(c -> Localization.get("meeting.ui.theirsKept", stored,
                        SyncViewModel.fieldName(c), c.theirs(), c.mine()))
                .collect(Collectors.joining(" "));
    }
}
