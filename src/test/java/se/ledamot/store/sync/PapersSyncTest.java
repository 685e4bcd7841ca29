package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.ApprovedNumbering;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.store.BodyStore;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.CouncilSettingStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PaperSettingsStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.WorldFixture;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.References;

/**
 * The secretary's papers on a replica (V14_1): the council's settings, the papers' settings with the logo, a body's
 * papers with standard items and seats, a meeting's minutes with attendees and an item's record (motions, vote,
 * reservation, note) come to a laptop with its first sync, a change made to them offline goes to the server, and a
 * change on the server comes to every laptop.
 */
class PapersSyncTest {
    private static final List<EntityType> PAPERS = List.of(Catalogue.SETTING_TYPE, Catalogue.PAPER_SETTINGS_TYPE,
            Catalogue.BODY_PAPERS_TYPE, Catalogue.MINUTES_TYPE, Catalogue.ITEM_RECORD_TYPE);

    @TempDir
    Path temp;

    private SyncFixture world;
    private WorldFixture onServer;
    private OpenDatabase admin;
    private SyncFixture.Laptop karin;
    private SyncFixture.Laptop anna;

    @BeforeEach
    void papersOnTheServerAndTwoReplicas() {
        world = new SyncFixture().enrol("pap_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("pap_anna", "S", ServerRole.MEMBER);
        admin = world.server(TestPostgres.ADMIN);
        onServer = WorldFixture.write(admin.dsl(), new MovableClock("2026-11-20T09:00:00Z"));
        karin = world.laptop(temp.resolve("karin"), "pap_karin");
        anna = world.laptop(temp.resolve("anna"), "pap_anna");
        assertThat(karin.sync().complete()).isTrue();
        assertThat(anna.sync().complete()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    /** Every paper thing of a database by kind and key, as the sync sees it. */
    private static Map<String, EntityState> papers(DSLContext d) {
        Map<String, EntityState> out = new TreeMap<>();
        References refs = new References(d);
        EntityReader reader = new EntityReader(d, refs);
        for (EntityType type : PAPERS) {
            for (EntityState s : reader.page(type, null, 1000)) {
                out.put(type.name() + "/" + s.key(), s);
            }
        }
        return out;
    }

    private void assertSameAsServer(SyncFixture.Laptop laptop) {
        Map<String, EntityState> there = papers(admin.dsl());
        Map<String, EntityState> here = papers(laptop.local.dsl());
        assertThat(here.keySet()).isEqualTo(there.keySet());
        there.forEach((key, s) -> assertThat(EntityMerge.sameIgnoringStamps(Catalogue.require(key.substring(0,
                key.indexOf('/'))), here.get(key), s)).as(key + " on " + laptop.login).isTrue());
    }

    private static Minutes minutesOfTheMeeting(SyncFixture.Laptop l) {
        long meeting = new MeetingStore(l.local.dsl(), l.clock).list().stream()
                .filter(m -> m.date().toString().equals("2026-12-14")).findFirst().orElseThrow().id();
        return new MinutesStore(l.local.dsl(), l.clock).minutes(meeting);
    }

    @Test
    void theFirstSyncBringsEveryPaperThing() {
        Map<String, EntityState> there = papers(admin.dsl());
        assertThat(there.keySet()).anyMatch(k -> k.startsWith("setting/")).anyMatch(k -> k.startsWith("paper_settings/"))
                .anyMatch(k -> k.startsWith("body_papers/")).anyMatch(k -> k.startsWith("minutes/"))
                .anyMatch(k -> k.startsWith("item_record/"));
        assertSameAsServer(karin);
        assertSameAsServer(anna);
        assertThat(minutesOfTheMeeting(anna).chair()).isEqualTo(Person.parse("Kerstin Lindqvist (S)"));
        assertThat(new CouncilRulesStore(anna.local.dsl()).load().councilName()).isEqualTo("Stenungsunds kommun");
    }

    /** The numbered list fixed at the justering (V30) goes with the minutes: every laptop prints the same §§. */
    @Test
    void theApprovedNumberingReachesTheServerAndTheOtherLaptop() {
        Minutes m = minutesOfTheMeeting(karin);
        MinutesStore store = new MinutesStore(karin.local.dsl(), karin.clock);
        store.save(m.withApproval(java.time.LocalDate.parse("2026-12-16"), null, null));
        ApprovedNumbering fixed = new ApprovedNumbering(101, List.of(new ApprovedNumbering.Place(1, null,
                StandardItem.of(StandardItem.Kind.ROLL_CALL))));
        store.fixNumbering(m.meetingId(), fixed);

        assertThat(karin.sync().conflicts()).isZero();
        anna.sync();

        assertSameAsServer(anna);
        long annas = minutesOfTheMeeting(anna).meetingId();
        assertThat(new MinutesStore(anna.local.dsl(), anna.clock).approvedNumbering(annas)).contains(fixed);
        assertThat(minutesOfTheMeeting(anna).firstParagraph()).isEqualTo(101);
    }

    @Test
    void theSecretarysOfflineChangesReachTheServerAndTheOtherLaptop() {
        Minutes m = minutesOfTheMeeting(karin);
        new MinutesStore(karin.local.dsl(), karin.clock).save(m.withChair(Person.parse("Bo Ek (M)"), "Anna Berg"));
        new CouncilSettingStore(karin.local.dsl()).put(CouncilRulesStore.COUNCIL_NAME, "Stenungsunds kommun (KF)");

        SyncReport sent = karin.sync();
        assertThat(sent.pushed()).isEqualTo(2);
        assertThat(sent.conflicts()).isZero();
        assertThat(anna.sync().pulled()).isGreaterThanOrEqualTo(2);

        assertSameAsServer(karin);
        assertSameAsServer(anna);
        assertThat(minutesOfTheMeeting(anna).chair()).isEqualTo(Person.parse("Bo Ek (M)"));
        assertThat(new CouncilRulesStore(anna.local.dsl()).load().councilName()).isEqualTo("Stenungsunds kommun (KF)");
        assertThat(karin.sync().pushed()).isZero();
    }

    /**
     * The body's vice chairs (V46), who preside when the ordförande is away, come with the first sync, and her change
     * of them on her laptop reaches the server and the other laptop.
     */
    @Test
    void theViceChairsTravelWithTheBodysPapers() {
        Body kf = new BodyStore(anna.local.dsl()).require("KF");
        BodyPapers annas = new PaperSettingsStore(anna.local.dsl(), anna.clock).load().of(kf);
        assertThat(annas.firstVice()).isEqualTo(Person.parse("Per Holm (M)"));
        assertThat(annas.secondVice()).isEqualTo(Person.parse("Jenny Alm (C)"));
        PaperSettingsStore karins = new PaperSettingsStore(karin.local.dsl(), karin.clock);
        PaperSettings s = karins.load();
        karins.save(s.withBody(s.of(kf).withVice(Person.parse("Jenny Alm (C)"), null)));

        // The council's row is written with the body's (PaperSettingsStore.save): two things.
        assertThat(karin.sync().pushed()).isEqualTo(2);
        assertThat(anna.sync().pulled()).isGreaterThanOrEqualTo(1);

        assertSameAsServer(anna);
        BodyPapers now = new PaperSettingsStore(anna.local.dsl(), anna.clock).load().of(kf);
        assertThat(now.firstVice()).isEqualTo(Person.parse("Jenny Alm (C)"));
        assertThat(now.secondVice()).isNull();
        assertThat(now.chair()).isEqualTo(Person.parse("Kerstin Lindqvist (S)"));
    }

    /** The day the kallelse says the meeting went up on the anslagstavla (V35's meeting.posted_on) travels too. */
    @Test
    void theMeetingsPostingDayReachesBothLaptopsAndAnOfflineChangeGoesBack() {
        assertThat(meetingOfTheMinutes(anna).postedOn()).isEqualTo(LocalDate.parse("2026-12-04"));
        new MeetingStore(karin.local.dsl(), karin.clock).save(meetingOfTheMinutes(karin)
                .withPostedOn(LocalDate.parse("2026-12-03")));
        assertThat(karin.sync().pushed()).isEqualTo(1);
        assertThat(anna.sync().pulled()).isGreaterThanOrEqualTo(1);
        assertThat(meetingOfTheMinutes(anna).postedOn()).isEqualTo(LocalDate.parse("2026-12-03"));
    }

    private static Meeting meetingOfTheMinutes(SyncFixture.Laptop l) {
        return new MeetingStore(l.local.dsl(), l.clock).list().stream()
                .filter(m -> m.date().toString().equals("2026-12-14")).findFirst().orElseThrow();
    }

    @Test
    void aMemberMayNotChangeTheMinutesAndIsToldSoNotOverwritten() {
        Minutes m = minutesOfTheMeeting(anna);
        new MinutesStore(anna.local.dsl(), anna.clock).save(m.withChair(Person.parse("Anna Ny (S)"), "Anna Berg"));

        SyncReport r = anna.sync();

        assertThat(r.pushed()).isZero();
        assertThat(r.refused() + r.conflicts()).isPositive();
        assertThat(new MinutesStore(admin.dsl(), karin.clock).minutes(onServer.meeting).chair())
                .isEqualTo(Person.parse("Kerstin Lindqvist (S)"));
    }
}
