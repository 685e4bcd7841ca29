package se.ledamot.ui.settings;

import java.time.format.TextStyle;
import java.util.stream.Collectors;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.RuleFields;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.RuleText;

/**
 * How a conflict over the council's rules is said to a secretary (issue 16.5): each side's value in the words of the
 * settings screen ("10 dagar före sammanträdet, senast kl. 12.00", "april, oktober", "Första anförandet 5 min …"), not
 * as stored, and a body's rule under the body's name.
 */
final class RuleConflicts {
    private RuleConflicts() {
    }

    static Conflict readable(Conflict c, CouncilRules base, CouncilRules mine, CouncilRules theirs) {
        String body = RuleFields.bodyOf(c.field());
        String title = body == null ? c.title() : Localization.get("settings.conflict.body", c.title(),
                theirs.body(body).or(() -> mine.body(body)).map(b -> b.body().name()).orElse(body), body);
        return c.restated(title, said(c.field(), mine), said(c.field(), theirs), said(c.field(), base),
                c.longText());
    }

    /** One field of the rules in words. */
    static String said(String field, CouncilRules rules) {
        String code = RuleFields.bodyOf(field);
        String kind = RuleFields.kindOf(field);
        if (code != null) {
            return rules.body(code).map(b -> said(kind, b)).orElse(Localization.get("settings.conflict.noBody"));
        }
        return switch (kind) {
            case "council_name" -> rules.councilName();
            case "report_months" -> rules.reportMonths().stream().sorted()
                    .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, Localization.locale()))
                    .collect(Collectors.joining(", "));
            case "strike_off_after_months" -> rules.strikeOffAfter()
                    .map(n -> Localization.get("settings.conflict.strikeOff", n))
                    .orElse(Localization.get("settings.conflict.strikeOff.never"));
            case "notice_days" -> Localization.get("settings.conflict.notice", rules.notice().daysBefore());
            case "citizen_proposals_allowed" -> Localization.get(rules.citizenProposals().allowed()
                    ? "settings.conflict.citizen.yes" : "settings.conflict.citizen.no");
            case "citizen_proposals_body" -> rules.body(rules.citizenProposals().decidingBody())
                    .map(b -> b.body().name()).orElse(rules.citizenProposals().decidingBody());
            default -> field;
        };
    }

    private static String said(String kind, BodyRules b) {
        Body body = b.body();
        if (kind.equals("body_name")) {
            return body.name();
        }
        if (kind.equals("speaking_times")) {
            return body.firstSpeechMinutes() == 0 && body.laterSpeechMinutes() == 0 && body.replyMinutes() == 0
                    ? Localization.get("settings.conflict.speech.none")
                    : Localization.get("settings.conflict.speech", body.firstSpeechMinutes(),
                            body.laterSpeechMinutes(), body.replyMinutes());
        }
        if (kind.startsWith("answer_")) {
            return RuleText.describe(b.answerRule(MatterKind.fromCode(kind.substring("answer_".length()))
                    .orElseThrow()));
        }
        SubmissionKind submission = SubmissionKind.fromCode(kind.substring("submission_".length())).orElseThrow();
        return b.submission(submission).map(RuleText::describe).orElse(Localization.get("settings.rule.none"));
    }
}
