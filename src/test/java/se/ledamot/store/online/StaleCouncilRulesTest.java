package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.Engine;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for the council's rules (Inställningar), two council secretaries with the same rules on screen: on one
 * real PostgreSQL server and on one H2 data folder. Different settings both win, the same setting is a conflict and
 * the other's value stands until the user chooses; a body one added is kept with the other's changes.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleCouncilRulesTest {
    @Parameter
    Engine engine;

    private TwoLogins logins;
    private CouncilRulesStore first;
    private CouncilRulesStore second;

    @BeforeEach
    void twoSecretaries(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "stalerules_karin", "stalerules_lars", null,
                ServerRole.COUNCIL_SECRETARY);
        first = new CouncilRulesStore(logins.first.dsl());
        second = new CouncilRulesStore(logins.second.dsl());
        first.save(first.load().withCouncilName("Stenungsunds kommun"));
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void theOldWholeSaveOfAStaleCopyOverwroteTheOthersSetting() {
        CouncilRules copy = first.load();
        second.save(copy, copy.withStrikeOffAfterMonths(18));
        first.save(copy.withCouncilName("Stenungsund"));
        assertThat(second.load().strikeOffAfter()).isEmpty();
    }

    @Test
    void differentSettingsBothWinAndTheSameSettingIsAConflict() {
        CouncilRules copy = first.load();
        BodyRules kf = copy.rulesOf("KF");
        assertThat(second.save(copy, copy.withStrikeOffAfterMonths(18).withReportMonths(Set.of(Month.MARCH))
                .withBody(kf.withSpeakingTimes(5, 3, 1))).conflicts()).isEmpty();

        SubmissionRule tenDays = SubmissionRule.daysBefore(SubmissionKind.INTERPELLATION, 10, LocalTime.of(12, 0));
        CouncilRules mine = copy.withCouncilName("Stenungsund").withReportMonths(Set.of(Month.MAY))
                .withBody(kf.withSubmission(tenDays));
        RowMerge<CouncilRules> stale = first.save(copy, mine);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("report_months");
        // Who saved the other side (issue 16.5): by login (enrolled without a name), or another window.
        if (engine == Engine.POSTGRESQL) {
            assertThat(stale.savedBy().name()).isEqualTo("stalerules_lars");
        } else {
            assertThat(stale.savedBy().otherWindow()).isTrue();
        }
        CouncilRules stored = second.load();
        assertThat(stored.councilName()).isEqualTo("Stenungsund");
        assertThat(stored.strikeOffAfter()).contains(18);
        assertThat(stored.reportMonths()).containsExactly(Month.MARCH);
        assertThat(stored.rulesOf("KF").body().replyMinutes()).isEqualTo(1);
        assertThat(stored.rulesOf("KF").submission(SubmissionKind.INTERPELLATION)).contains(tenDays);
    }

    /** The other's time is the setting's own save (V43): only a setting changed on both sides. */
    @Test
    void theSameSettingSavedMeanwhileSaysWhenTheOtherSavedIt() {
        CouncilRules copy = first.load();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(second.save(copy, copy.withReportMonths(Set.of(Month.MARCH))).conflicts()).isEmpty();
        Instant after = Instant.now();
        RowMerge<CouncilRules> stale = first.save(copy, copy.withReportMonths(Set.of(Month.MAY)));

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("report_months");
        assertThat(stale.savedBy().at()).isBetween(before, after);
    }

    @Test
    void theSameBodysSpeakingTimesAreAConflictAndABodyAddedOnOneSideStays() {
        CouncilRules copy = first.load();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(second.save(copy, copy.withBody(copy.rulesOf("KF").withSpeakingTimes(5, 3, 2))
                .withBody(BodyRules.lawDefaults(new Body("BUN", "Barn- och utbildningsnämnden", false, 0, 0, 0))))
                .conflicts()).isEmpty();
        Instant after = Instant.now();
        RowMerge<CouncilRules> stale = first.save(copy, copy.withBody(copy.rulesOf("KF").withSpeakingTimes(4, 2, 1)
                .withSubmission(SubmissionRule.weekdayBefore(SubmissionKind.QUESTION, DayOfWeek.THURSDAY, 1,
                        LocalTime.of(12, 0)))));

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("speaking_times@KF");
        // When the other saved the body (V43's time of its row; on a server, its change sequence).
        assertThat(stale.savedBy().at()).isBetween(before, after);
        CouncilRules stored = first.load();
        assertThat(stored.body("BUN")).isPresent();
        assertThat(stored.rulesOf("KF").body().firstSpeechMinutes()).isEqualTo(5);
        assertThat(stored.rulesOf("KF").submission(SubmissionKind.QUESTION)).isPresent();
    }

    @Test
    void twoSavesAtOnceTakeTurnsAndBothSettingsStay() throws Exception {
        CouncilRules copy = first.load();
        CompletableFuture<RowMerge<CouncilRules>> karin = CompletableFuture.supplyAsync(
                () -> first.save(copy, copy.withCouncilName("Stenungsund")));
        CompletableFuture<RowMerge<CouncilRules>> lars = CompletableFuture.supplyAsync(
                () -> second.save(copy, copy.withStrikeOffAfterMonths(24)));
        assertThat(karin.get(60, TimeUnit.SECONDS).conflicts()).isEmpty();
        assertThat(lars.get(60, TimeUnit.SECONDS).conflicts()).isEmpty();
        CouncilRules stored = first.load();
        assertThat(stored.councilName()).isEqualTo("Stenungsund");
        assertThat(stored.strikeOffAfter()).contains(24);
    }
}
