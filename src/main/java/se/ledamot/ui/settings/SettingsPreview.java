package se.ledamot.ui.settings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.ledamot.l10n.Dates;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.l10n.Localization;

/**
 * What a body's rules, as typed, mean for its next meeting: "Nästa sammanträde måndag 14 december kl. 18.00:
 * interpellationer senast måndag 30 november kl. 08.00; frågor senast torsdag 10 december kl. 08.00; skriftligt
 * svar senast söndag 13 december. Interpellationer som ställs då besvaras senast måndag 25 januari 2027." So a
 * change shows its effect before the user leaves the screen; the days are written out as the papers write them.
 */
final class SettingsPreview {
    private SettingsPreview() {
    }

    static String of(CouncilRules rules, List<Meeting> meetings, String body, LocalDate today) {
        MeetingCalendar calendar = new MeetingCalendar(rules, meetings);
        Optional<Meeting> next = calendar.nextOf(body, today);
        if (next.isEmpty()) {
            return Localization.get("settings.preview.noMeeting", body);
        }
        Meeting meeting = next.get();
        Map<SubmissionKind, LocalDateTime> deadlines = calendar.submissionDeadlines(meeting);
        String parts = deadlines.entrySet().stream()
                .map(e -> Localization.get("settings.preview.by", inSentence(Localization.get("settings.kind."
                        + e.getKey().code())), moment(e.getValue(), today)))
                .collect(Collectors.joining("; "));
        StringBuilder out = new StringBuilder(Localization.get("settings.preview.meeting", day(meeting, today)));
        out.append(parts.isEmpty() ? Localization.get("settings.preview.noRules") : parts).append('.');
        if (body.equals(rules.councilCode())) {
            AnswerRule answer = rules.rulesOf(body).answerRule(MatterKind.INTERPELLATION);
            Optional<Meeting> answeredAt = answer == AnswerRule.SAME_MEETING ? next : calendar.next(meeting);
            out.append(' ').append(answeredAt.map(m -> Localization.get("settings.preview.answered", day(m, today)))
                    .orElseGet(() -> Localization.get("settings.preview.answeredUnplanned")));
        }
        return out.toString();
    }

    /** "måndag 14 december kl. 18.00", or the day alone when the meeting has no hour yet. */
    private static String day(Meeting meeting, LocalDate today) {
        return meeting.time() == null ? Dates.day(meeting.date(), today)
                : Dates.day(meeting.date(), meeting.time(), today);
    }

    /** "måndag 30 november kl. 08.00", or the day alone when the rule runs to the day's end. */
    private static String moment(LocalDateTime t, LocalDate today) {
        return t.toLocalTime().equals(SubmissionRule.END_OF_DAY) ? Dates.day(t.toLocalDate(), today)
                : Dates.day(t.toLocalDate(), t.toLocalTime(), today);
    }

    /** The kind's label as it reads after a colon: "Interpellationer" becomes "interpellationer". */
    private static String inSentence(String label) {
        return label.substring(0, 1).toLowerCase(Localization.locale()) + label.substring(1);
    }
}
