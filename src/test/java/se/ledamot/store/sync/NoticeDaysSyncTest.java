package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.WorldFixture;

/**
 * The days of notice before a meeting (Inställningar → Tillkännages minst … dagar före; council_setting notice_days,
 * session 14) through a server: set on the council secretary's laptop offline, they reach the server and the other
 * laptop with their syncs; a member's laptop cannot change them; two secretaries who set other days offline are
 * asked, not overwritten.
 */
class NoticeDaysSyncTest {
    @TempDir
    Path temp;

    private SyncFixture world;
    private OpenDatabase admin;
    private SyncFixture.Laptop karin;
    private SyncFixture.Laptop lars;
    private SyncFixture.Laptop anna;

    @BeforeEach
    void councilOnTheServerAndThreeReplicas() {
        world = new SyncFixture().enrol("not_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("not_lars", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("not_anna", "S", ServerRole.MEMBER);
        admin = world.server(TestPostgres.ADMIN);
        WorldFixture.write(admin.dsl(), new MovableClock("2026-11-20T09:00:00Z"));
        karin = world.laptop(temp.resolve("karin"), "not_karin");
        lars = world.laptop(temp.resolve("lars"), "not_lars");
        anna = world.laptop(temp.resolve("anna"), "not_anna");
        assertThat(karin.sync().complete()).isTrue();
        assertThat(lars.sync().complete()).isTrue();
        assertThat(anna.sync().complete()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    /** The days as a laptop's rules say them (the kallelse's "senast den …" and Sammanträden's warning use these). */
    private static int days(DSLContext db) {
        CouncilRulesStore rules = new CouncilRulesStore(db);
        assertThat(rules.load().notice()).isEqualTo(rules.notice());
        return rules.notice().daysBefore();
    }

    /** Saves the days on a laptop as Inställningar does: the rules shown, changed, met with what is stored. */
    private static void setDays(SyncFixture.Laptop l, int days) {
        CouncilRulesStore rules = new CouncilRulesStore(l.local.dsl());
        CouncilRules shown = rules.load();
        assertThat(rules.save(shown, shown.withNotice(new NoticeRule(days))).conflicts()).isEmpty();
    }

    @Test
    void theSecretarysDaysOfNoticeReachTheServerAndEveryLaptop() {
        assertThat(days(karin.local.dsl())).isEqualTo(NoticeRule.LAW_DAYS);
        setDays(karin, 12);

        SyncReport sent = karin.sync();
        assertThat(sent.conflicts()).isZero();
        assertThat(sent.refused()).isZero();
        assertThat(sent.pushed()).isPositive();
        assertThat(days(admin.dsl())).isEqualTo(12);
        lars.sync();
        anna.sync();
        assertThat(days(lars.local.dsl())).isEqualTo(12);
        assertThat(days(anna.local.dsl())).isEqualTo(12);

        // Back to the law's week: a change of a setting already on the server travels as well.
        setDays(lars, 7);
        assertThat(lars.sync().conflicts()).isZero();
        karin.sync();
        assertThat(days(admin.dsl())).isEqualTo(7);
        assertThat(days(karin.local.dsl())).isEqualTo(7);
        assertThat(karin.sync().pushed()).isZero();
    }

    /**
     * Karin renames the council and Lars sets the days of notice, both offline, on a server where the days were never
     * stored: Karin's save of the rules must not send a week of notice she never chose over Lars's days.
     */
    @Test
    void anotherRuleChangedOfflineLeavesTheDaysOfNoticeToTheSecretaryWhoSetThem() {
        CouncilRulesStore karins = new CouncilRulesStore(karin.local.dsl());
        CouncilRules shown = karins.load();
        assertThat(karins.save(shown, shown.withCouncilName("Stenungsunds kommun (KF)")).conflicts()).isEmpty();
        setDays(lars, 10);

        assertThat(karin.sync().conflicts()).isZero();
        SyncReport second = lars.sync();
        assertThat(second.conflicts()).as("Karin did not change the days").isZero();
        karin.sync();
        anna.sync();

        for (DSLContext db : java.util.List.of(admin.dsl(), karin.local.dsl(), lars.local.dsl(), anna.local.dsl())) {
            assertThat(days(db)).isEqualTo(10);
            assertThat(new CouncilRulesStore(db).councilName()).isEqualTo("Stenungsunds kommun (KF)");
        }
    }

    @Test
    void aMembersLaptopCannotChangeTheDaysOfNotice() {
        setDays(anna, 14);

        SyncReport r = anna.sync();

        assertThat(r.pushed()).isZero();
        assertThat(r.refused() + r.conflicts()).isPositive();
        assertThat(days(admin.dsl())).isEqualTo(NoticeRule.LAW_DAYS);
    }

    @Test
    void twoSecretariesWhoSetOtherDaysOfflineAreAskedNotOverwritten() {
        setDays(karin, 10);
        setDays(lars, 14);

        assertThat(karin.sync().conflicts()).isZero();
        SyncReport second = lars.sync();

        assertThat(second.conflicts()).isPositive();
        assertThat(days(admin.dsl())).as("the first to reach the server stays until the second chooses").isEqualTo(10);
        assertThat(days(lars.local.dsl())).as("what the second typed is kept on her laptop").isEqualTo(14);
    }
}
