package se.ledamot.ui.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.Localization;

/**
 * A version's row in Svar's list: its number, when it was kept, why, and its length. The time is said in the clock's
 * zone as "Sparat kl. 10.00" beside it is ("söndag 22 november kl. 10.00"): the computer's zone showed "09:00" there.
 */
record VersionRows(Clock clock) {
    String of(AnswerVersion v) {
        ZonedDateTime at = v.createdAt().atZone(clock.getZone());
        return Localization.get("answer.version.row", v.number(),
                Dates.day(at.toLocalDate(), at.toLocalTime().truncatedTo(ChronoUnit.MINUTES), LocalDate.now(clock)),
                Localization.get("answer.reason." + v.reason().code()), v.wordCount());
    }
}
