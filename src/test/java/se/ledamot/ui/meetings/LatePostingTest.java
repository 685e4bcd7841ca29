package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.l10n.Localization;

/**
 * Walk23: a posting day after the meeting was warned of as "för sent" while the save refused it naming 5 kap. 11–12
 * §§; the warning now gives that reason as she types, in Swedish and in English.
 */
// Alone, not beside other test classes: it sets Localization's language, which every class reads, to English.
@Isolated
class LatePostingTest {
    @AfterEach
    void backToSwedish() {
        Localization.setLocale(Localization.SWEDISH);
    }

    @Test
    void aDayAfterTheMeetingIsWarnedOfWithTheReasonTheSaveRefusesIt() {
        assertThat(LatePosting.warning(NoticeRule.LAW, "2027-01-25", "2027-02-15")).isEqualTo("Anslagsdagen den 15 "
                + "februari 2027 är efter sammanträdet den 25 januari 2027 och kan inte sparas: sammanträdet ska "
                + "tillkännages på anslagstavlan och kallelsen skickas före sammanträdesdagen (5\u00a0kap. "
                + "11–12\u00a0§§ kommunallagen).");
        // Late but before the meeting: warned of, and saved.
        assertThat(LatePosting.warning(NoticeRule.LAW, "2027-01-25", "2027-01-25")).startsWith("Anslaget den 25 "
                + "januari 2027 är för sent:");
        assertThat(LatePosting.warning(NoticeRule.LAW, "2027-01-25", "2027-01-18")).isEmpty();
    }

    @Test
    void inEnglishToo() {
        Localization.setLocale(Locale.ENGLISH);
        assertThat(LatePosting.warning(NoticeRule.LAW, "2027-01-25", "2027-02-15"))
                .startsWith("The posting day ").contains(" is after the meeting on ", "cannot be saved",
                        "chapter 5 sections 11–12 of the Local Government Act");
    }
}
