package se.ledamot.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.sync.SequenceMove;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.AnswerStore;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.BodyStore;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.DataFolder;
import se.ledamot.store.Database;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.DebateStore;
import se.ledamot.store.ImportStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MatterSubsets;
import se.ledamot.store.MeetingFileStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.OutlookStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.OpenOptions;
import se.ledamot.store.PaperSettingsStore;
import se.ledamot.store.PositionStore;
import se.ledamot.store.PutAsideStore;
import se.ledamot.store.RegisterStore;
import se.ledamot.store.Restore;
import se.ledamot.store.SampleData;
import se.ledamot.store.ServerCache;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.export.ExportReader;
import se.ledamot.store.export.Exporter;
import se.ledamot.store.sync.ChangeSequence;
import se.ledamot.store.sync.Replica;
import se.ledamot.store.sync.ReplicaSync;
import se.ledamot.store.SearchFeed;
import se.ledamot.store.sync.ServerIdentity;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * What Ledamot can do with its data, for the window and the command line alike: one service per capability. This is
 * the composition root: it opens the database (a data folder's, or a shared server's through a
 * {@link DatabaseTarget}), makes every store once with the one clock of the program, and hands out the services.
 * Nothing above it sees the database, a store or jOOQ.
 */
public final class Ledamot implements AutoCloseable {
    private final OpenDatabase database;
    private final DSLContext dsl;
    private final Path folder;
    private final Clock clock;
    private final MatterService matters;
    private final TrashService trash;
    private final ImportService imports;
    private final Lazy<SampleService> samples;
    private final DeadlineService deadlines;
    private final MeetingService meetings;
    private final BodyService bodies;
    private final SettingsService settings;
    private final PositionService positions;
    private final AnswerService answers;
    private final DebateService debates;
    private final BriefService briefs;
    private final SearchService search;
    private final RegisterService register;
    private final GenerateService generate;
    private final PaperService papers;
    private final PaperArchive archive;
    private final DataFolderService dataFolder;
    private final Lazy<ExportService> exports;
    private final SyncService replica;
    private final PutAsideService putAside;

    /** Opens the data folder, making and migrating its database as needed, on the system's clock and time zone. */
    public static Ledamot open(Path folder) {
        return open(folder, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)} on a clock of the caller's choosing (tests, a fixed "today"). */
    public static Ledamot open(Path folder, Clock clock) {
        return open(folder, clock, FolderAccess.NONE);
    }

    /** As {@link #open(Path, Clock, FolderAccess)} on the system's clock: the command line. */
    public static Ledamot open(Path folder, FolderAccess access) {
        return open(folder, Clock.systemDefaultZone(), access);
    }

    /** Opens the data folder with someone to ask for its password and a word for long waits for its turn. */
    public static Ledamot open(Path folder, Clock clock, FolderAccess access) {
        return open(new DatabaseTarget.Local(folder, options(folder, clock, access)), clock);
    }

    /**
     * Puts a backup in place of a data folder's database, which need not open (a damaged one is what a restore is
     * for), keeping what was there as a backup first. Not while a window has the folder open.
     */
    public static RestoreResult restoreInto(Path folder, Path backup, FolderAccess access) {
        Restore.Result r = Restore.into(folder, backup, options(folder, Clock.systemDefaultZone(), access));
        return new RestoreResult(DataFolderService.contents(r.restored(), backup), r.savedFirst(), r.notices());
    }

    /**
     * {@code generate}: a plausible municipality into a new data folder, which appears under its name only when
     * whole (see {@link GenerateService#intoFolder}).
     */
    public static GenerateService.Generated generateInto(Path folder, FolderAccess access, int matters, long seed,
            IntConsumer written, IntConsumer indexed) {
        return generateInto(folder, Clock.systemDefaultZone(), access, matters, seed, written, indexed);
    }

    /** As {@link #generateInto(Path, FolderAccess, int, long, IntConsumer, IntConsumer)} on a clock of one's own. */
    public static GenerateService.Generated generateInto(Path folder, Clock clock, FolderAccess access, int matters,
            long seed, IntConsumer written, IntConsumer indexed) {
        return GenerateService.intoFolder(folder, f -> open(f, clock, access), matters, seed, written, indexed);
    }

    private static OpenOptions options(Path folder, Clock clock, FolderAccess access) {
        OpenOptions options = OpenOptions.on(clock).withPasswords(DataFolderService.source(access.passwords()))
                .withLongWait(access.onLongWait()).withAfterTurn(KeptRefresh.afterTurn(folder)).withFollower(new KeptSplice(folder));
        return access.onlyReads() ? options.readingOnly() : options;
    }

    /**
     * Opens a shared PostgreSQL server (never migrated from here: {@code ledamot server init} prepares it). The
     * password is asked for once, when the connection is made.
     */
    public static Ledamot openServer(ServerAdministration.Server server, Supplier<char[]> password) {
        return open(new DatabaseTarget.Server(server.address(), password), Clock.systemDefaultZone());
    }

    /** Opens where the data is: a data folder's database or a shared server's. */
    static Ledamot open(DatabaseTarget target, Clock clock) {
        OpenDatabase database = target.open();
        Path folder = target instanceof DatabaseTarget.Local local ? local.folder() : null;
        return new Ledamot(database, database.dsl(), clock, folder);
    }

    private static IndexPlace indexPlace(OpenDatabase database, Path folder) {
        if (database instanceof ServerDatabase server) {
            ServerCache.forgetEarlierDatabases(server.address(), server.databaseId());
            return IndexPlace.ofServer(ServerCache.folderOf(server.address(), server.databaseId()));
        }
        return IndexPlace.ofDataFolder(folder, () -> database instanceof Database local ? local.searchKey()
                : java.util.Optional.empty());
    }

    /** The user's data folder on this platform, used when no other is named. */
    public static Path defaultFolder() {
        return DataFolder.defaultFolder();
    }

    /** Whether the folder holds a database already; a dry run reads one but never makes one. */
    public static boolean hasData(Path folder) {
        return Files.exists(folder.resolve(Database.FILE_NAME + ".mv.db"));
    }

    /**
     * Where a command's output on the folder is kept ({@link OutputCache}), today at the system's zone offset now:
     * {@link java.util.TimeZone} has the rules at hand, java.time loads them by reflection (~30 ms of a kept answer).
     */
    public static OutputCache keptOutput(Path folder, String command, String call) {
        int offset = java.util.TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 1_000;
        return new OutputCache(folder, command, call, Clock.system(java.time.ZoneOffset.ofTotalSeconds(offset)));
    }

    /** With the statements going through {@code dsl}, e.g. one that counts them. */
    Ledamot(OpenDatabase database, DSLContext dsl, Clock clock, Path folder) {
        this.database = database;
        this.dsl = dsl;
        this.folder = folder;
        this.clock = clock;
        MatterStore matterStore = new MatterStore(dsl, clock);
        MatterSubsets subsets = new MatterSubsets(dsl, matterStore);
        BodyStore bodyStore = new BodyStore(dsl);
        MeetingStore meetingStore = new MeetingStore(dsl, clock);
        AgendaStore agendaStore = new AgendaStore(dsl, clock);
        DebateStore debateStore = new DebateStore(dsl, clock);
        AttachmentStore attachmentStore = new AttachmentStore(dsl, clock);
        CouncilRulesStore rulesStore = new CouncilRulesStore(dsl);
        settings = new SettingsService(rulesStore);
        matters = new MatterService(matterStore, subsets, attachmentStore, settings);
        search = new SearchService(indexPlace(database, folder), new SearchFeed(dsl, matterStore), clock);
        register = new RegisterService(new RegisterStore(dsl), search);
        generate = new GenerateService(seed -> new CouncilGenerator(dsl, LocalDate.now(clock), seed), search);
        trash = new TrashService(matterStore);
        imports = new ImportService(new ImportStore(dsl, clock), settings);
        samples = new Lazy<>(() -> new SampleService(new SampleData(dsl, clock), database instanceof Database));
        deadlines = new DeadlineService(rulesStore, meetingStore, new OutlookStore(dsl));
        meetings = new MeetingService(meetingStore, agendaStore, matterStore, subsets, deadlines,
                new MeetingFileStore(dsl, clock));
        bodies = new BodyService(bodyStore);
        positions = new PositionService(group -> new PositionStore(dsl, clock, group), meetings,
                group -> ServerIdentity.seesGroup(dsl, database instanceof ServerDatabase, group));
        answers = new AnswerService(new AnswerStore(dsl, clock, VersionPolicy.standard()), subsets);
        papers = new PaperService(new PaperSettingsStore(dsl, clock), rulesStore, new MinutesStore(dsl, clock),
                meetingStore, agendaStore, bodyStore, matterStore, subsets, debateStore, attachmentStore, clock);
        debates = new DebateService(debateStore, meetings, papers, answers);
        briefs = new BriefService(matterStore, subsets, meetingStore, agendaStore, bodyStore, debateStore, positions,
                answers, deadlines, settings, papers, clock);
        archive = new PaperArchive(papers, clock);
        putAside = new PutAsideService(new PutAsideStore(dsl, clock));
        dataFolder = database instanceof Database local ? new DataFolderService(local, search::protectionChanged) : null;
        exports = new Lazy<>(() -> new ExportService(new Exporter(dsl, clock), new ExportReader(dsl), dataFolder));
        replica = dataFolder == null ? null
                : new SyncService(new ReplicaSync(dsl, ((Database) database)::firstSyncCopy, clock), search);
        if (replica != null) {
            // Every write the folder's change capture records, whichever service made it, is told by the sync.
            ((Database) database).onChangeRecorded(replica::changeRecorded);
        }
    }

    /** Everything out as JSON and the original files, and such an export read back. */
    public ExportService exports() {
        return exports.get();
    }

    /** The data folder's replica of a shared server, synced on demand; empty when the data is on the server itself. */
    public Optional<SyncService> replica() {
        return Optional.ofNullable(replica);
    }

    /** The data folder's backups and password; empty when the data is on a shared server. */
    public Optional<DataFolderService> dataFolder() {
        return Optional.ofNullable(dataFolder);
    }

    /** What opening the folder has to tell the user: an upgrade and where the old version was saved, a failed backup. */
    public List<String> notices() {
        return dataFolder == null ? List.of() : ((Database) database).notices();
    }

    /** The shared server this works on, as {@code anna@host/database}; empty for a data folder. */
    public Optional<String> server() {
        return database instanceof ServerDatabase s ? Optional.of(s.address().shortName()) : Optional.empty();
    }

    /**
     * Who works here as the shared server knows them: on the server the name and party group its administrator
     * enrolled the login with; in a laptop copy of one, the group the copy was made for (no name). Empty for a data
     * folder of one's own and a login nobody enrolled. Reads the database.
     */
    public Optional<SignedIn> signedIn() {
        if (database instanceof ServerDatabase) {
            return ServerIdentity.find(dsl).map(who -> new SignedIn(
                    ServerIdentity.enrolledName(dsl).orElse(""), who.group() == null ? "" : who.group()));
        }
        return replica == null ? Optional.empty() : Replica.of(dsl).filter(copy -> copy.group() != null)
                .map(copy -> new SignedIn("", copy.group()));
    }

    /**
     * The number of the latest change on the shared server this user may see (its change sequence, which laptops
     * pull by); empty for a data folder. Reads the server.
     */
    public java.util.OptionalLong latestServerChange() {
        return database instanceof ServerDatabase ? java.util.OptionalLong.of(ChangeSequence.latest(dsl))
                : java.util.OptionalLong.empty();
    }

    /**
     * How the shared server's change sequence moved after {@code seen}, and whether anyone but this window made a
     * change in it (see {@link SequenceMove}); empty for a data folder. Reads the server.
     */
    public Optional<SequenceMove> serverChangesAfter(long seen) {
        return database instanceof ServerDatabase ? Optional.of(ChangeSequence.after(dsl, seen)) : Optional.empty();
    }

    /**
     * Tells each time the shared server stops answering (false: a read or write failed because the connection is
     * gone) and answers again (true), from the thread that noticed. A data folder never tells.
     */
    public void onServerReachable(java.util.function.Consumer<Boolean> listener) {
        database.onReachable(listener);
    }

    /** Whether the data answers now: asks a shared server for nothing (a data folder always answers). */
    public boolean serverAnswers() {
        return database.answers();
    }

    /** The data folder; none when the data is on a shared server. */
    public Path folder() {
        return folder;
    }

    /** The program's one clock: "now" and "today" everywhere come from it. */
    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public MatterService matters() {
        return matters;
    }

    public TrashService trash() {
        return trash;
    }

    public ImportService imports() {
        return imports;
    }

    public SampleService samples() {
        return samples.get();
    }

    public DeadlineService deadlines() {
        return deadlines;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public BodyService bodies() {
        return bodies;
    }

    /** The council's name and rules: what every deadline and brief is made under. */
    public SettingsService settings() {
        return settings;
    }

    public PositionService positions() {
        return positions;
    }

    public AnswerService answers() {
        return answers;
    }

    public DebateService debates() {
        return debates;
    }

    public BriefService briefs() {
        return briefs;
    }

    /** Full-text search over everything in the data folder. */
    public SearchService search() {
        return search;
    }

    /** The register at any size: ids in order, rows a page at a time. */
    public RegisterService register() {
        return register;
    }

    /** Generated data for trying Ledamot at scale. */
    public GenerateService generate() {
        return generate;
    }

    /** The secretary's papers: kallelse, handlingar, protokoll and utdrag, and the minutes they are made from. */
    public PaperService papers() {
        return papers;
    }

    /** Choices put aside ("Välj senare"), kept until chosen: the user's own, wherever the data is. */
    public PutAsideService putAside() {
        return putAside;
    }

    /** The papers of a meeting or a year written to a folder for the records office. */
    public PaperArchive archive() {
        return archive;
    }

    /**
     * Asks, before anything is read, for the database file's stamp as this program leaves it: after {@link #close},
     * {@link #stampOfAllRead} has it when the file holds exactly what was read ({@link OpenDatabase#stampOfAllRead}).
     */
    public void keepStamp() {
        database.keepStamp();
    }

    public java.util.Optional<String> stampOfAllRead() {
        return database.stampOfAllRead();
    }

    @Override
    public void close() {
        search.close();
        database.close();
    }
}
