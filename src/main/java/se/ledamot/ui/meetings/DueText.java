package se.ledamot.ui.meetings;

import java.time.LocalDate;
import se.ledamot.domain.Deadline;
import se.ledamot.l10n.Localization;

/** "om N dagar / i dag / försenad N dagar", as the register and the command line say it. */
final class DueText {
    private DueText() {
    }

    static String of(Deadline d, LocalDate today) {
        long days = d.daysLeft(today);
        return days > 0 ? Localization.get("deadline.dueIn", days)
                : days == 0 ? Localization.get("deadline.dueToday") : Localization.get("deadline.overdueBy", -days);
    }
}
