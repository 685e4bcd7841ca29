package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.DebateStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.Writers;
import se.ledamot.ui.sync.SavedByWords;

/**
 * Issue 16.5 on a synced laptop: Anna's window has a matter or a list of speakers open, Bo changes it on the server,
 * her background sync pulls his change, and her save meets it. The conflict names Bo and when he saved on the server
 * (the change sequence's changed_by and changed_at, which the pull brings), not "another window"; a save in another
 * window of her folder after the pull is said as a window again. Bo is named with his party group, in the very words
 * of the online window; a change of Anna's own on another computer (her other laptop, the online window) is hers.
 */
class PulledWhoSavedTest {
    static final Speaker ANNA = new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 3, "");
    static final Speaker BO = new Speaker(new Person("Bo Ek", "S"), SpeechKind.SPEECH, 3, "");

    @TempDir
    Path temp;

    private SyncFixture world;
    private SyncFixture.Laptop anna;
    private OpenDatabase boOnServer;
    private long serverItem;
    private long serverMatter;

    @BeforeEach
    void aMatterOnAnAgendaWithBosSpeakersAndAnnasLaptopInStep() {
        world = new SyncFixture().enrol("pulled_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("pulled_anna", "S", ServerRole.MEMBER, "Anna Ek")
                .enrol("pulled_bo", "S", ServerRole.MEMBER, "Bo Ek");
        OpenDatabase secretariat = world.server("pulled_karin");
        serverMatter = new MatterStore(secretariat.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION,
                "Motion om simhallen").number("KS 2026/7").submitted(LocalDate.parse("2026-11-02")).build()).id();
        long meeting = new MeetingStore(secretariat.dsl(), Clock.systemUTC())
                .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        serverItem = new AgendaStore(secretariat.dsl(), Clock.systemUTC()).addMatters(meeting, List.of(serverMatter))
                .getFirst().id();
        boOnServer = world.server("pulled_bo");
        DebateStore bo = new DebateStore(boOnServer.dsl(), Clock.systemUTC());
        bo.saveSpeakers(serverItem, bo.open(serverItem).speakers().add(ANNA).add(BO));
        anna = world.laptop(temp.resolve("anna"), "pulled_anna");
        assertThat(anna.sync().complete()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private long laptopItem() {
        return anna.local.dsl().select(AGENDA_ITEM.ID).from(AGENDA_ITEM).fetchSingle().value1();
    }

    private Matter laptopMatter() {
        return matterOn(anna);
    }

    private static Matter matterOn(SyncFixture.Laptop laptop) {
        return new MatterStore(laptop.local.dsl(), laptop.clock).list().stream()
                .filter(m -> "KS 2026/7".equals(m.number())).findFirst().orElseThrow();
    }

    /** Anna's other laptop, in step, changes the matter's title and syncs it to the server. */
    private void herTitleFromHerOtherLaptop() {
        SyncFixture.Laptop other = world.laptop(temp.resolve("anna-other"), "pulled_anna");
        assertThat(other.sync().complete()).isTrue();
        Matter there = matterOn(other);
        new MatterStore(other.local.dsl(), other.clock).save(there, there.toBuilder()
                .title("Motion om simhallen i Kungälv").build());
        assertThat(other.sync().complete()).isTrue();
    }

    private static SpeakerList with(SpeakerList list, List<Speaker> speakers) {
        return new SpeakerList(list.matter(), list.limits(), speakers);
    }

    /** Bo's notes on Anna's speech, saved on the server; the instants around his save. */
    private Instant[] boNotesOnTheServer(String notes) {
        DebateStore bo = new DebateStore(boOnServer.dsl(), Clock.systemUTC());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        bo.saveSpeakers(serverItem, bo.open(serverItem).speakers().speakers(),
                with(bo.open(serverItem).speakers(), List.of(ANNA.withText(notes), BO)));
        return new Instant[] {before, Instant.now().plusMillis(1)};
    }

    @Test
    void herStaleSpeakerNotesMeetBosPulledSaveAndTheConflictNamesHim() {
        DebateStore window = new DebateStore(anna.local.dsl(), anna.clock);
        long item = laptopItem();
        List<Speaker> copy = window.open(item).speakers().speakers();
        Instant[] around = boNotesOnTheServer("Bos anteckning");
        assertThat(anna.sync().complete()).isTrue();

        ListMerge<Speaker> stale = window.saveSpeakers(item, copy,
                with(window.open(item).speakers(), List.of(ANNA.withText("Annas anteckning"), BO)));

        assertThat(stale.conflict()).isTrue();
        assertThat(stale.savedBy().otherWindow()).isFalse();
        assertThat(stale.savedBy().name()).isEqualTo("Bo Ek");
        assertThat(stale.savedBy().at()).isBetween(around[0], around[1]);
    }

    @Test
    void aSyncThatChangesAnAgendaItemClearsTheTimeOfItsLastSaveInAWindow() {
        SyncFixture.Laptop karin = world.laptop(temp.resolve("karin"), "pulled_karin");
        assertThat(karin.sync().complete()).isTrue();
        AgendaStore window = new AgendaStore(karin.local.dsl(), karin.clock);
        long item = karin.local.dsl().select(AGENDA_ITEM.ID).from(AGENDA_ITEM).fetchSingle().value1();
        window.saveItem(window.item(item).orElseThrow().withProposal("Motionen bifalls."));
        assertThat(savedAt(karin, item)).isNotNull();
        assertThat(karin.sync().complete()).isTrue();
        AgendaStore server = new AgendaStore(world.server("pulled_karin").dsl(), Clock.systemUTC());
        server.saveItem(server.item(serverItem).orElseThrow().withProposal("Motionen avslås."));
        assertThat(karin.sync().complete()).isTrue();

        // The item's last change was the server's, not a window's: no window time is left to say (V43).
        assertThat(window.item(item).orElseThrow().proposal()).isEqualTo("Motionen avslås.");
        assertThat(savedAt(karin, item)).isNull();
    }

    private static java.time.OffsetDateTime savedAt(SyncFixture.Laptop l, long item) {
        return l.local.dsl().select(AGENDA_ITEM.SAVED_AT).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(item))
                .fetchSingle().value1();
    }

    @Test
    void herStaleTitleMeetsBosPulledTitleAndTheConflictNamesHim() {
        MatterStore window = new MatterStore(anna.local.dsl(), anna.clock);
        Matter copy = laptopMatter();
        MatterStore bo = new MatterStore(boOnServer.dsl(), Clock.systemUTC());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        Matter there = bo.find(serverMatter).orElseThrow();
        bo.save(there, there.toBuilder().title("Motion om simhallen i Kungälv").build());
        Instant after = Instant.now().plusMillis(1);
        assertThat(anna.sync().complete()).isTrue();

        MatterMerge stale = window.save(copy, copy.toBuilder().title("Motion om simhallen i Ale").build());

        assertThat(stale.conflicts()).containsExactly(MatterField.TITLE);
        SavedBy by = stale.savedBy();
        assertThat(by.otherWindow()).isFalse();
        assertThat(by.name()).isEqualTo("Bo Ek");
        assertThat(by.at()).isBetween(before, after);
    }

    @Test
    void aSaveInAnotherWindowAfterThePullIsSaidAsAWindowAgain() {
        MatterStore window = new MatterStore(anna.local.dsl(), anna.clock);
        Matter copy = laptopMatter();
        MatterStore bo = new MatterStore(boOnServer.dsl(), Clock.systemUTC());
        Matter there = bo.find(serverMatter).orElseThrow();
        bo.save(there, there.toBuilder().title("Motion om simhallen i Kungälv").build());
        assertThat(anna.sync().complete()).isTrue();
        Matter pulled = laptopMatter();
        new MatterStore(anna.local.dsl(), anna.clock).save(pulled, pulled.toBuilder()
                .title("Motion om simhallen i Stenungsund").build());

        MatterMerge stale = window.save(copy, copy.toBuilder().title("Motion om simhallen i Ale").build());

        assertThat(stale.conflicts()).containsExactly(MatterField.TITLE);
        assertThat(stale.savedBy().otherWindow()).isTrue();
        assertThat(stale.savedBy().name()).isEmpty();
    }

    @Test
    void bosPulledTitleIsNamedWithHisPartyGroupAsTheOnlineWindowNamesIt() {
        MatterStore window = new MatterStore(anna.local.dsl(), anna.clock);
        Matter copy = laptopMatter();
        MatterStore bo = new MatterStore(boOnServer.dsl(), Clock.systemUTC());
        Matter there = bo.find(serverMatter).orElseThrow();
        bo.save(there, there.toBuilder().title("Motion om simhallen i Kungälv").build());
        assertThat(anna.sync().complete()).isTrue();

        SavedBy here = window.save(copy, copy.toBuilder().title("Motion om simhallen i Ale").build()).savedBy();
        SavedBy online = Writers.ofMatter(world.server("pulled_anna").dsl(), serverMatter);

        assertThat(SavedByWords.who(here, null)).startsWith("av Bo Ek (S) den ")
                .isEqualTo(SavedByWords.who(online, null));
    }

    @Test
    void bosPulledSpeakerNotesAreNamedWithHisPartyGroupAsTheOnlineWindowNamesThem() {
        DebateStore window = new DebateStore(anna.local.dsl(), anna.clock);
        long item = laptopItem();
        List<Speaker> copy = window.open(item).speakers().speakers();
        boNotesOnTheServer("Bos anteckning");
        assertThat(anna.sync().complete()).isTrue();

        SavedBy here = window.saveSpeakers(item, copy,
                with(window.open(item).speakers(), List.of(ANNA.withText("Annas anteckning"), BO))).savedBy();
        SavedBy online = Writers.ofSpeakers(world.server("pulled_anna").dsl(), serverItem);

        assertThat(SavedByWords.who(here, null)).startsWith("av Bo Ek (S) den ")
                .isEqualTo(SavedByWords.who(online, null));
    }

    @Test
    void herOwnTitleFromHerOtherLaptopIsSaidAsHersOnAnotherComputer() {
        MatterStore window = new MatterStore(anna.local.dsl(), anna.clock);
        Matter copy = laptopMatter();
        herTitleFromHerOtherLaptop();
        assertThat(anna.sync().complete()).isTrue();

        MatterMerge stale = window.save(copy, copy.toBuilder().title("Motion om simhallen i Ale").build());

        assertThat(stale.conflicts()).containsExactly(MatterField.TITLE);
        assertThat(stale.savedBy().at()).isNotNull();
        assertThat(SavedByWords.who(stale.savedBy(), null)).startsWith("av dig på en annan dator den ");
    }

    @Test
    void herOwnNotesFromTheOnlineWindowAreSaidAsHersOnAnotherComputer() {
        DebateStore window = new DebateStore(anna.local.dsl(), anna.clock);
        long item = laptopItem();
        List<Speaker> copy = window.open(item).speakers().speakers();
        DebateStore online = new DebateStore(world.server("pulled_anna").dsl(), Clock.systemUTC());
        online.saveSpeakers(serverItem, online.open(serverItem).speakers().speakers(),
                with(online.open(serverItem).speakers(), List.of(ANNA.withText("Skrivet på servern"), BO)));
        assertThat(anna.sync().complete()).isTrue();

        ListMerge<Speaker> stale = window.saveSpeakers(item, copy,
                with(window.open(item).speakers(), List.of(ANNA.withText("Annas anteckning"), BO)));

        assertThat(stale.conflict()).isTrue();
        assertThat(SavedByWords.who(stale.savedBy(), null)).startsWith("av dig på en annan dator den ");
    }

    @Test
    void inTheSyncsConflictsHerOwnTitleFromHerOtherLaptopIsHersOnAnotherComputer() {
        herTitleFromHerOtherLaptop();
        new MatterStore(anna.local.dsl(), anna.clock).save(laptopMatter().toBuilder()
                .title("Motion om simhallen i Ale").build());

        assertThat(anna.sync().conflicts()).isEqualTo(1);

        SavedBy theirs = anna.conflicts().list().getFirst().savedBy();
        assertThat(SavedByWords.who(theirs, null)).startsWith("av dig på en annan dator den ");
    }
}
