package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;

@OnBothEngines
class SampleDataTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    @Test
    void newDatabaseGetsTheFourSampleMattersOnceAndCanRemoveThem() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            assertThat(samples.loadIfNew()).hasSize(4);
            MatterStore store = new MatterStore(db.dsl(), Clock.systemUTC());
            assertThat(store.list()).extracting(Matter::kind).containsExactlyInAnyOrder(MatterKind.MOTION,
                    MatterKind.INTERPELLATION, MatterKind.SPEECH, MatterKind.REFERRAL);
            assertThat(new AttachmentStore(db.dsl(), Clock.systemUTC()).of(store.list().getFirst().id())).singleElement()
                    .satisfies(a -> assertThat(a.sample()).isTrue());

            assertThat(samples.remove()).isEqualTo(4);
            assertThat(store.list()).isEmpty();
            assertThat(store.trashed()).hasSize(4);
            // Offered once: an emptied database does not fill up again at the next start.
            assertThat(samples.loadIfNew()).isEmpty();
            assertThat(store.list()).isEmpty();
        }
    }

    /**
     * The walk of session 13: the sample interpellation's handlingar printed the blog's "Jag har nu knåpat ihop
     * följande svar …" before the answer; and its text began with the post's heading "Svar på interpellation om
     * integrationsenhet". The sample holds the interpellation as its text, from who asked what, and the answer apart.
     */
    @Test
    void theSampleInterpellationHoldsTheQuestionAndTheAnswerWithoutTheBlogsHeadingOrLeadIn() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            Matter interpellation = new MatterStore(db.dsl(), Clock.systemUTC()).list().stream()
                    .filter(m -> m.kind() == MatterKind.INTERPELLATION).findFirst().orElseThrow();
            assertThat(interpellation.answer()).startsWith("Sävsjö kommun har idag");
            assertThat(interpellation.body()).startsWith("Patrik Christierson har skickat in en interpellation")
                    .contains("Hur långt har arbetet kommit med integrationsenheten?")
                    .doesNotContain("Svar på interpellation").doesNotContain("knåpat")
                    .doesNotContain("Sävsjö kommun har idag");
            assertThat(interpellation.bodyBeforeAnswer()).doesNotContain("knåpat");
        }
    }

    /**
     * The walk of session 13: importing seeds/002 beside the samples added a second, undated interpellation. Its
     * answer is the sample's, word for word (the blog's lines around it differ): the same text, said, not stored.
     */
    @Test
    void theSeedsCopyOfTheSampleInterpellationIsRecognisedAsAlreadyRegistered() throws Exception {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            se.ledamot.importer.ImportItem seed = new se.ledamot.importer.Importer().prepare("002_ca5d8c8e3c0d95c4.txt",
                    java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds/002_ca5d8c8e3c0d95c4.txt")));
            ImportStore imports = new ImportStore(db.dsl(), Clock.systemUTC());
            assertThat(imports.markDuplicates(List.of(seed)).getFirst().isDuplicate()).isTrue();
            assertThat(imports.store(seed, false).isDuplicate()).isTrue();
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list())
                    .filteredOn(m -> m.kind() == MatterKind.INTERPELLATION).hasSize(1);
        }
    }

    /**
     * The walk of round 18: importing the repo's seeds/ after the samples stored the motion, the speech and the
     * referral again (only the interpellation was known, by its answer). The samples are those texts: each seed is
     * the sample made from it, in the preview and when stored.
     */
    @Test
    void everySeedInTheRepoIsRecognisedAsTheSampleMadeFromIt() throws Exception {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            assertSeedsAreTheSamples(db);
        }
    }

    /**
     * A folder whose samples an older version loaded keeps them under the fingerprint of the text it dated then: the
     * seeds are recognised there too, by the sample file's name (no row is changed for it).
     */
    @Test
    void theSeedsAreRecognisedInAFolderWhoseSamplesAnOlderVersionLoaded() throws Exception {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            db.dsl().update(se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT)
                    .set(se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT.TEXT_HASH,
                            se.ledamot.importer.SourceFile.textHash("the dated text an older version stored"))
                    .set(se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT.ANSWER_HASH, (String) null).execute();
            assertSeedsAreTheSamples(db);
        }
    }

    private static void assertSeedsAreTheSamples(OpenDatabase db) throws java.io.IOException {
        MatterStore store = new MatterStore(db.dsl(), Clock.systemUTC());
        List<Long> samples = store.list().stream().map(Matter::id).toList();
        List<se.ledamot.importer.ImportItem> seeds = new se.ledamot.importer.Importer()
                .prepare(List.of(Path.of("seeds")), (n, t, f) -> { }, () -> false);
        ImportStore imports = new ImportStore(db.dsl(), Clock.systemUTC());
        assertThat(seeds).hasSize(4);
        assertThat(imports.markDuplicates(seeds)).allSatisfy(i -> assertThat(i.duplicateOf()).as(i.file())
                .isNotNull().extracting(Matter::id).isIn(samples));
        assertThat(imports.store(seeds, (n, t, f) -> { }, () -> false)).noneMatch(
                se.ledamot.importer.ImportItem::isStored);
        assertThat(store.list()).hasSize(4);
    }

    @Test
    void databaseWithMattersOfItsOwnGetsNoSamples() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Egen fråga").build());
            assertThat(new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew()).isEmpty();
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
    }

    @Test
    void samplesComeWithAPlannedCouncilMeetingWithTheGroupsPositions() {
        Clock wednesday = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            assertThat(new SampleData(db.dsl(), wednesday).loadIfNew()).hasSize(4);
            MeetingStore meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
            // The planned meeting, the held one before it where the sample interpellation was asked, and the one
            // where the motion was announced soon after it came in.
            assertThat(meetings.list()).hasSize(3);
            Meeting meeting = meetings.list().stream().filter(m -> m.status() == MeetingStatus.PLANNED).findFirst()
                    .orElseThrow();
            assertThat(meeting.body()).isEqualTo("KF");
            assertThat(meeting.date()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(meeting.time()).isEqualTo(LocalTime.of(18, 0));
            assertThat(meeting.place()).contains("Kommunhuset");

            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            List<AgendaItem> agenda = new AgendaStore(db.dsl(), Clock.systemUTC()).agenda(meeting.id());
            assertThat(agenda).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);
            // Worded as a new meeting's kallelse names the standard item, so the two agendas read alike.
            assertThat(agenda.getFirst().text()).isEqualTo(Localization.get("papers.standard.adjusters"))
                    .isEqualTo("Val av justerare och tid för justering");
            assertThat(agenda.subList(1, 4)).extracting(i -> matters.find(i.matterId()).orElseThrow().kind())
                    .containsExactly(MatterKind.MOTION, MatterKind.INTERPELLATION, MatterKind.REFERRAL);
            assertThat(agenda.get(1).proposal()).startsWith("Kommunstyrelsen föreslår");

            Map<Long, Position> positions = new PositionStore(db.dsl(), Clock.systemUTC(), "v").forMeeting(meeting.id());
            assertThat(positions).hasSize(3);
            Position onMotion = positions.get(agenda.get(1).id());
            assertThat(onMotion.stance()).isEqualTo(Stance.SUPPORT);
            assertThat(onMotion.speaker()).isEqualTo("Jan Alexandersson");
            assertThat(onMotion.arguments()).isNotBlank();
            assertThat(onMotion.notes()).isNotBlank();
            assertThat(positions.get(agenda.get(3).id()).stance()).isEqualTo(Stance.REFER_BACK);
            assertThat(new PositionStore(db.dsl(), Clock.systemUTC(), "M").forMeeting(meeting.id())).isEmpty();

            Speaker speech = assertThat(new DebateStore(db.dsl(), Clock.systemUTC()).open(agenda.get(2).id()).speakers().speakers())
                    .singleElement().actual();
            assertThat(speech.text()).startsWith("För något år sen").endsWith("Hela kommunen behöver integreras.");
        }
    }

    /**
     * The kallelse summed up the sample referral with the opening of the blog post it is made from ("I kväll har
     * integrationsgruppen mött …"): the sample meeting gives the motion and the referral the summaries a secretary
     * writes, about the matter and in the third person.
     */
    @Test
    void theSampleMeetingSumsUpTheMotionAndTheReferralAsASecretaryWould() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            Meeting meeting = new MeetingStore(db.dsl(), Clock.systemUTC()).list().stream()
                    .filter(m -> m.status() == MeetingStatus.PLANNED).findFirst().orElseThrow();
            List<AgendaItem> agenda = new AgendaStore(db.dsl(), Clock.systemUTC()).agenda(meeting.id());
            var papers = new MinutesStore(db.dsl(), Clock.systemUTC())
                    .itemPapers(agenda.stream().map(AgendaItem::id).toList());
            assertThat(papers.get(agenda.get(1).id()).summary()).contains("motion", "integrationsplan");
            assertThat(papers.get(agenda.get(3).id()).summary()).contains("remiss", "program", "handlingsplan")
                    .doesNotContain("I kväll", "vår rapport", "jätteroligt", "vi ");
            assertThat(papers.get(agenda.get(2).id()).summary()).as("the interpellation's is made from its questions")
                    .isNull();
        }
    }

    @Test
    void removingTheSamplesDeletesTheSampleMeetingButNotAnOwnMeeting() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            samples.loadIfNew();
            MeetingStore meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
            Meeting own = meetings.add(Meeting.planned("KF", LocalDate.of(2027, 2, 1)));
            long ownMatter = new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Egen fråga").build()).id();
            new AgendaStore(db.dsl(), Clock.systemUTC()).addMatters(own.id(), List.of(ownMatter));

            samples.remove();

            assertThat(meetings.list()).extracting(Meeting::id).containsExactly(own.id());
        }
    }

    @Test
    void loadingAgainSkipsTheSamplesAndMakesNoSecondMeeting() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            assertThat(samples.loadWithMeeting().meeting()).isPresent();
            SampleData.Loaded again = samples.loadWithMeeting();
            assertThat(again.matters()).isEmpty();
            assertThat(again.meeting()).isEmpty();
            assertThat(new MeetingStore(db.dsl(), Clock.systemUTC()).list()).hasSize(3);
        }
    }

    @Test
    void theSampleMeetingIsOnTheFirstMondayAtLeastTwoWeeksAhead() {
        assertThat(SampleMeeting.dateAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(SampleMeeting.dateAfter(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(SampleMeeting.dateAfter(LocalDate.of(2028, 2, 14))).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void everySampleInTheJarIsReadable() {
        assertThat(SampleData.names()).hasSize(4).allMatch(n -> n.endsWith(".txt"));
    }

    @Test
    void everySamplesStatusFitsItsDatesAndFieldsOnTheDayOfFirstStart() {
        Clock wednesday = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        LocalDate today = LocalDate.of(2026, 11, 25);
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), wednesday).loadIfNew();
            List<Matter> samples = new MatterStore(db.dsl(), wednesday).list();
            assertThat(samples).hasSize(4).allSatisfy(m -> {
                assertThat(m.submitted() == null || !m.submitted().isAfter(today)).as("submitted by today").isTrue();
                if (m.kind() != MatterKind.SPEECH) {
                    assertThat(m.submitted()).as("a submitted matter has its date").isNotNull();
                }
                assertThat(m.answer() != null && !m.answer().isBlank()).as("an answer only when the status says so")
                        .isEqualTo(m.status() == Status.ANSWER_READY || m.status() == Status.ANSWERED);
                if (m.kind().hasAddressee()) {
                    assertThat(m.addressee()).as("put to someone").isNotNull();
                }
                if (m.replyBy() != null) {
                    assertThat(m.replyBy()).isAfter(today).isAfter(m.submitted());
                }
                assertThat(Deadlines.standard().nearest(m).map(d -> d.isOverdue(today))).as("nothing overdue on day one")
                        .isNotEqualTo(java.util.Optional.of(true));
            });
            Matter motion = kind(samples, MatterKind.MOTION);
            assertThat(motion.submitted()).isEqualTo(today.minusDays(120));
            assertThat(motion.body()).contains("Stenungsund " + today.minusDays(120));
            // The meeting carries the executive's proposal on the motion: it is prepared, no longer just submitted.
            assertThat(motion.status()).isEqualTo(Status.PREPARED);
            Matter interpellation = kind(samples, MatterKind.INTERPELLATION);
            assertThat(interpellation.status()).isEqualTo(Status.ANSWER_READY);
            assertThat(interpellation.submitted()).isBefore(today).isAfter(today.minusDays(60));
            Matter referral = kind(samples, MatterKind.REFERRAL);
            assertThat(referral.submitted()).isEqualTo(today.minusDays(7));
            assertThat(referral.replyBy()).isEqualTo(today.plusDays(24));
            assertThat(referral.status()).isEqualTo(Status.RECEIVED);
            assertThat(kind(samples, MatterKind.SPEECH).status()).isEqualTo(Status.DRAFT);
        }
    }

    /**
     * Every registered sample has a diarienummer in the secretariat's form ("KS 2026/214"), of the year it came in,
     * and they rise in the order the matters came in; a speech is not registered. On a first start in March the
     * motion handed in four months before is of the year before.
     */
    @Test
    void theRegisteredSamplesHaveDiarienummerOfTheYearTheyCameIn() {
        Clock march = Clock.fixed(Instant.parse("2027-03-03T09:00:00Z"), ZoneOffset.UTC);
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), march).loadIfNew();
            List<Matter> samples = new MatterStore(db.dsl(), march).list();
            Matter motion = kind(samples, MatterKind.MOTION);
            Matter interpellation = kind(samples, MatterKind.INTERPELLATION);
            Matter referral = kind(samples, MatterKind.REFERRAL);
            assertThat(motion.number()).matches("KS 2026/\\d{3}");
            assertThat(interpellation.number()).matches("KS 2027/\\d{2,3}");
            assertThat(referral.number()).matches("KS 2027/\\d{2,3}");
            assertThat(serial(interpellation)).isLessThan(serial(referral));
            assertThat(kind(samples, MatterKind.SPEECH).number()).isNull();
        }
    }

    /**
     * The walk of session 16: each sample's history showed "Diarienummer – → KS 2026/…" as if someone had changed it,
     * since the number was given after the import. A sample is stored with its number: no entry changes it.
     */
    @Test
    void theSamplesAreStoredWithTheirDiarienummerSoNoHistoryEntryGivesIt() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            MatterStore store = new MatterStore(db.dsl(), Clock.systemUTC());
            for (Matter m : store.list()) {
                assertThat(store.timeline(m.id())).as(m.kind().toString())
                        .noneMatch(c -> "number".equals(c.field()));
            }
        }
    }

    /**
     * The walk of round 17: the debate brief's timeline said "30 november 2026 — På föredragningslistan: KF 9 november
     * 2026", the held meeting's agenda entry recorded on the day of loading, after the meeting. Every sample history
     * entry is dated by today, and an agenda entry by its meeting's latest posting day (5 kap. 11 § kommunallagen).
     */
    @Test
    void noSampleHistoryEntryIsDatedAfterTodayOrAfterTheMeetingItNames() {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), clock).loadIfNew();
            Map<String, LocalDate> meetings = new HashMap<>();
            new MeetingStore(db.dsl(), clock).list().forEach(m -> meetings.put(m.label(), m.date()));
            MatterStore store = new MatterStore(db.dsl(), clock);
            List<MatterChange> changes = store.list().stream()
                    .flatMap(m -> store.timeline(m.id()).stream()).toList();
            assertThat(changes).filteredOn(c -> MatterChange.AGENDA.equals(c.field())).hasSize(4);
            assertThat(changes).allSatisfy(c -> {
                assertThat(c.at()).as(c.toString()).isBeforeOrEqualTo(now);
                if (MatterChange.AGENDA.equals(c.field()) && c.newValue() != null) {
                    assertThat(LocalDate.ofInstant(c.at(), ZoneOffset.UTC)).as(c.toString()).isBeforeOrEqualTo(
                            meetings.get(c.newValue()).minusDays(NoticeRule.LAW_DAYS));
                }
            });
            // The walk of round 18: "Registrerat" read 30 november, after the held meeting's agenda entry. A sample
            // is registered on the day it came in, its first event; a speech, never handed in, on the day of loading.
            assertThat(store.list()).allSatisfy(m -> {
                MatterChange first = store.timeline(m.id()).getFirst();
                assertThat(first.field()).as(m.kind() + ": " + store.timeline(m.id())).isEqualTo(MatterChange.CREATED);
                assertThat(LocalDate.ofInstant(first.at(), ZoneOffset.UTC)).as(m.kind().toString())
                        .isEqualTo(m.submitted() != null ? m.submitted() : LocalDate.ofInstant(now, ZoneOffset.UTC));
            });
        }
    }

    private static int serial(Matter m) {
        return Integer.parseInt(m.number().substring(m.number().indexOf('/') + 1));
    }

    @Test
    void noSampleBodyHoldsBlogText() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).extracting(Matter::body)
                    .allSatisfy(body -> assertThat(body).doesNotContain("sa...", "kommentar:", "exchange links",
                            "mixerbordet", "gudstjänst", "Sörmlandsvänster", "morgondagens", "{", "}")
                            .doesNotStartWith("måndag").doesNotStartWith("tisdag").doesNotStartWith("onsdag")
                            .doesNotStartWith("torsdag").doesNotStartWith("fredag").doesNotStartWith("lördag")
                            .doesNotStartWith("söndag"));
        }
    }

    @Test
    void sampleDatesAreWrittenRelativeToToday() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(SampleData.dated("Ort {iso-120}, {lång-7}; sista {kort+24}.", today))
                .isEqualTo("Ort 2026-07-28, onsdag 18 november 2026; sista 19 december.");
    }

    private static Matter kind(List<Matter> samples, MatterKind kind) {
        return samples.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }
}
