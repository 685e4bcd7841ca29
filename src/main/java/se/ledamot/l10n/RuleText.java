package se.ledamot.l10n;

import java.util.Locale;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.SubmissionRule;

/**
 * A council's rules in the words of an arbetsordning: "Senast kl. 08.00 måndagen två veckor före sammanträdet;
 * infaller dagen på en lördag, söndag eller helgdag gäller nästa vardag (lag 1930:173)". For the settings and for
 * explaining where a deadline comes from. The hour in the reader's way (english26b: the English settings read "By
 * 08.00").
 */
public final class RuleText {
    private RuleText() {
    }

    public static String describe(SubmissionRule rule) {
        String weekday = rule.weekday() == null ? ""
                : Localization.get("rule.weekday." + rule.weekday().name().toLowerCase(Locale.ROOT));
        String day = switch (rule.form()) {
            // After an hour English says "on the day 10 days before" (english26b: "By 12:00 on 10 days before").
            case DAYS_BEFORE -> Localization.get(rule.hasHour() ? "rule.submission.daysBeforeAtHour"
                    : "rule.submission.daysBefore", rule.amount());
            case WEEKDAY_BEFORE -> rule.amount() == 1 ? Localization.get("rule.submission.weekdayBefore", weekday)
                    : Localization.get("rule.submission.nthWeekdayBefore", weekday, rule.amount());
            case WEEKDAY_IN_WEEK_BEFORE -> Localization.get("rule.submission.weekdayInWeekBefore", weekday,
                    rule.amount());
        };
        String when = rule.hasHour() ? Localization.get("rule.submission.atHour", ClockText.of(rule.time()), day)
                : Localization.get("rule.submission.onDay", day);
        return when + Localization.get("rule.shift." + rule.shift().code());
    }

    public static String describe(AnswerRule rule) {
        return Localization.get("rule.answer." + rule.code());
    }

    /** A preset's name: what its arbetsordning says, and where it is from. */
    public static String name(Arbetsordningar.Preset preset) {
        return Localization.get("rules.preset." + preset.id());
    }
}
