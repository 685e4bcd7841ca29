package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.l10n.Localization;

/** The conflict view's heading of the other side says who saved it and when, written out (issue 16.5). */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class SavedByWordsTest {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Monday 30 November 2026, 15.00 in Sweden. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T14:00:00Z"), SWEDEN);

    private Locale was;

    @BeforeEach
    void swedish() {
        was = Localization.locale();
        Localization.setLocale(Localization.SWEDISH);
    }

    @AfterEach
    void back() {
        Localization.setLocale(was);
    }

    private static SavedBy karin(String at) {
        return SavedBy.person("Karin Dahl", "S", Instant.parse(at));
    }

    @Test
    void aPersonTodayYesterdayThisYearAndBefore() {
        assertThat(SavedByWords.heading(karin("2026-11-30T13:32:00Z"), true, NOW))
                .isEqualTo("Sparat av Karin Dahl (S) i dag kl. 14.32");
        assertThat(SavedByWords.heading(karin("2026-11-29T08:05:00Z"), true, NOW))
                .isEqualTo("Sparat av Karin Dahl (S) i går kl. 09.05");
        assertThat(SavedByWords.heading(karin("2026-11-03T08:05:00Z"), true, NOW))
                .isEqualTo("Sparat av Karin Dahl (S) den 3 november kl. 09.05");
        assertThat(SavedByWords.heading(karin("2025-12-03T08:05:00Z"), true, NOW))
                .isEqualTo("Sparat av Karin Dahl (S) den 3 december 2025 kl. 09.05");
    }

    @Test
    void anotherWindowNoPartyNoTimeAndNoOneKnown() {
        assertThat(SavedByWords.heading(SavedBy.anotherWindow(Instant.parse("2026-11-30T08:05:00Z")), true, NOW))
                .isEqualTo("Sparat i ett annat fönster i dag kl. 09.05");
        assertThat(SavedByWords.heading(SavedBy.anotherWindow(null), true, NOW))
                .isEqualTo("Sparat i ett annat fönster");
        assertThat(SavedByWords.heading(SavedBy.person("sekretariatet", "", null), true, NOW))
                .isEqualTo("Sparat av sekretariatet");
        assertThat(SavedByWords.heading(SavedBy.UNKNOWN, true, NOW)).isEqualTo("Sparat av någon annan");
    }

    @Test
    void herOwnSaveOnAnotherComputerIsSaidAsHersInBothViews() {
        SavedBy you = SavedBy.youElsewhere(Instant.parse("2026-11-30T13:05:00Z"));
        assertThat(SavedByWords.heading(you, true, NOW)).isEqualTo("Sparat av dig på en annan dator i dag kl. 14.05");
        assertThat(SavedByWords.heading(you, false, NOW))
                .isEqualTo("På servern, sparat av dig på en annan dator i dag kl. 14.05");
        assertThat(SavedByWords.heading(SavedBy.youElsewhere(null), true, NOW))
                .isEqualTo("Sparat av dig på en annan dator");
        Localization.setLocale(Localization.ENGLISH);
        assertThat(SavedByWords.heading(you, true, NOW)).isEqualTo("Saved by you on another computer today at 14:05");
    }

    @Test
    void theChoicesSayWhoseSideTheyKeepWhenTheOtherSideIsHerselfOrAnotherWindow() {
        SavedBy you = SavedBy.youElsewhere(Instant.parse("2026-11-30T13:05:00Z"));
        assertThat(SavedByWords.keepTheirs(you, true)).isEqualTo("Behåll den andra datorns");
        assertThat(SavedByWords.keepMine(you, true)).isEqualTo("Behåll det här fönstrets");
        assertThat(SavedByWords.keepTheirs(you, false)).isEqualTo("Behåll den andra datorns");
        assertThat(SavedByWords.keepMine(you, false)).isEqualTo("Behåll den här datorns");
        SavedBy window = SavedBy.anotherWindow(null);
        assertThat(SavedByWords.keepTheirs(window, true)).isEqualTo("Behåll det andra fönstrets");
        assertThat(SavedByWords.keepMine(window, true)).isEqualTo("Behåll det här fönstrets");
        assertThat(SavedByWords.keepTheirs(karin("2026-11-30T13:32:00Z"), true)).isEqualTo("Behåll den andras");
        assertThat(SavedByWords.keepMine(karin("2026-11-30T13:32:00Z"), true)).isEqualTo("Behåll min");
        assertThat(SavedByWords.keepTheirs(SavedBy.UNKNOWN, false)).isEqualTo("Behåll serverns");
        assertThat(SavedByWords.keepMine(SavedBy.UNKNOWN, false)).isEqualTo("Behåll min");
        Localization.setLocale(Localization.ENGLISH);
        assertThat(SavedByWords.keepTheirs(you, true)).isEqualTo("Keep the other computer's");
        assertThat(SavedByWords.keepMine(you, true)).isEqualTo("Keep this window's");
        assertThat(SavedByWords.keepMine(you, false)).isEqualTo("Keep this computer's");
        assertThat(SavedByWords.keepTheirs(window, true)).isEqualTo("Keep the other window's");
    }

    @Test
    void afterASyncTheServersSideSaysWhoSavedItThere() {
        assertThat(SavedByWords.heading(karin("2026-11-30T13:32:00Z"), false, NOW))
                .isEqualTo("På servern, sparat av Karin Dahl (S) i dag kl. 14.32");
        assertThat(SavedByWords.heading(SavedBy.UNKNOWN, false, NOW)).isEqualTo("På servern");
    }

    @Test
    void inEnglish() {
        Localization.setLocale(Localization.ENGLISH);
        assertThat(SavedByWords.heading(karin("2026-11-30T13:32:00Z"), true, NOW))
                .isEqualTo("Saved by Karin Dahl (S) today at 14:32");
        assertThat(SavedByWords.heading(karin("2026-11-03T08:05:00Z"), true, NOW))
                .isEqualTo("Saved by Karin Dahl (S) on 3 November at 09:05");
    }
}
