package se.ledamot.ui.settings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Localization;

/**
 * What a body's rules, as typed, mean for its next meeting: "Nästa sammanträde 2026-12-14: interpellationer senast
 * 2026-11-30 kl. 08.00; frågor senast 2026-12-10 kl. 08.00; skriftligt svar senast 2026-12-13. Interpellationer som
 * ställs då besvaras senast 2027-01-25." So a change shows its effect before the user leaves the screen.
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
                        + e.getKey().code())), DeadlineText.moment(e.getValue())))
                .collect(Collectors.joining("; "));
        StringBuilder out = new StringBuilder(Localization.get("settings.preview.meeting", meeting.date()));
        out.append(parts.isEmpty() ? Localization.get("settings.preview.noRules") : parts).append('.');
        if (body.equals(rules.councilCode())) {
            AnswerRule answer = rules.rulesOf(body).answerRule(MatterKind.INTERPELLATION);
            Optional<Meeting> answeredAt = answer == AnswerRule.SAME_MEETING ? next : calendar.next(meeting);
            out.append(' ').append(answeredAt.map(m -> Localization.get("settings.preview.answered", m.date()))
                    .orElseGet(() -> Localization.get("settings.preview.answeredUnplanned")));
        }
        return out.toString();
    }

    /** The kind's label as it reads after a colon: "Interpellationer" becomes "interpellationer". */
    private static String inSentence(String label) {
        return label.substring(0, 1).toLowerCase(Localization.locale()) + label.substring(1);
    }

}
