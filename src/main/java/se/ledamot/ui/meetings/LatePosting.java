package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.l10n.Localization;

/**
 * The warning Sammanträden's form gives as the secretary types a posting day later than the council's days of notice
 * allow (5 kap. 11 § kommunallagen, or its arbetsordning's); only a day after the meeting is refused on save.
 */
final class LatePosting {
    private LatePosting() {
    }

    /**
     * The warning for the days as typed; empty when either is not a day or the posting is in time. A day after the
     * meeting is warned of with the reason the save will refuse it for, so the refusal comes as no surprise (walk23).
     */
    static String warning(NoticeRule notice, String date, String posted) {
        LocalDate meetingDay = dayOrNull(date);
        LocalDate postedOn = dayOrNull(posted);
        if (meetingDay == null || !notice.late(postedOn, meetingDay)) {
            return "";
        }
        return Meeting.postedAfter(postedOn, meetingDay)
                ? Localization.get("meeting.ui.posted.afterMeeting", postedOn, meetingDay)
                : Localization.get("meeting.ui.posted.late", postedOn, notice.latestDay(meetingDay),
                        notice.daysBefore());
    }

    private static LocalDate dayOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
