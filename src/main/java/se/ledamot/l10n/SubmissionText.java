package se.ledamot.l10n;

import java.util.stream.Collectors;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;

/** A meeting's submission deadlines in one line, for the agenda on screen and on the command line. */
public final class SubmissionText {
    private SubmissionText() {
    }

    /** "Sista tid för inlämning: interpellationer 2026-11-30 kl. 08.00; …", or "" when the body has no rules. */
    public static String of(MeetingCalendar calendar, Meeting meeting) {
        var deadlines = calendar.submissionDeadlines(meeting);
        if (deadlines.isEmpty()) {
            return "";
        }
        return Localization.get("meeting.submission.line", deadlines.entrySet().stream()
                .map(e -> Localization.get("submission.kind." + e.getKey().code()) + " "
                        + DeadlineText.moment(e.getValue()))
                .collect(Collectors.joining("; ")));
    }
}
