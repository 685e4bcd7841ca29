package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.SAMPLE_DATA;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.Importer;
import se.ledamot.importer.SourceFile;

/**
 * The sample matters a new user sees at once: the documents in the jar's se/ledamot/seeds/ (listed in index.txt),
 * made into matters by the same importer as any file, with their dates set relative to the day of first start
 * ({@link #dated}). Offered once per database, on the window's first start with
 * an empty database; removed again in one go (to the trash, like any matter). With the matters comes a planned council
 * meeting that has them on its agenda, with the party group V's positions (see {@link SampleMeeting}), and the council's
 * ledamöter, ersättare, ordförande and sekreterare when it has no seats ({@link SampleSeats}); removing the samples
 * deletes that meeting, since its agenda would otherwise point at matters in the trash, and the sample seats.
 */
public final class SampleData {
    static final String FOLDER = "/se/ledamot/seeds/";

    private static final Pattern DATE_MARK = Pattern.compile("\\{(iso|lång|kort)([+-]\\d{1,4})}");
    /** A blog post's heading line that names it as an answer: "Svar på interpellation om integrationsenhet". */
    private static final Pattern POST_HEADING = Pattern.compile("Svar på \\p{L}+ om [^.?!:]+");
    /** The samples' file names and their seeds' text fingerprints, as index.txt lists them ({@link #seeds}). */
    private static final Map<String, String> SEEDS = seeds();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM", SWEDISH);

    private final DSLContext dsl;
    private final Clock clock;
    private final Importer importer = new Importer();


    public SampleData(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Loads the samples when this database is new (never offered samples, no matters at all) and returns the
     * matters stored; an empty list otherwise. Either way the database is not offered them again.
     */
    public List<ImportItem> loadIfNew() {
        // One transaction with the mark: a first start stopped midway leaves no sample and no mark, and the next
        // start loads them all (before, a stopped load kept a part for good, its matters barring another).
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            if (d.fetchExists(SAMPLE_DATA)) {
                return List.of();
            }
            boolean empty = !d.fetchExists(MATTER);
            List<ImportItem> loaded = empty ? loadIn(d).matters() : List.of();
            d.insertInto(SAMPLE_DATA).set(SAMPLE_DATA.OFFERED_AT, now()).set(SAMPLE_DATA.LOADED, empty).execute();
            return loaded;
        });
    }

    /** What loading the samples stored: the matters, and the sample meeting when all it needs was stored now. */
    public record Loaded(List<ImportItem> matters, Optional<Meeting> meeting) {
    }

    /** Imports the samples now, whatever the database holds; a sample already there is not stored twice. */
    public List<ImportItem> load() {
        return loadWithMeeting().matters();
    }

    /**
     * As {@link #load()}, and plans the sample meeting with the matters stored now; when they were there already
     * (skipped as duplicates) no second meeting is made. All in one transaction: the matters and their meeting are
     * stored together or not at all.
     */
    public Loaded loadWithMeeting() {
        return dsl.transactionResult(tx -> loadIn(tx.dsl()));
    }

    private Loaded loadIn(DSLContext d) {
        List<ImportItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
            String name = seed.getKey();
            items.add(asSeed(answerApart(importer.prepare(name, dated(new String(resource(name),
                    StandardCharsets.UTF_8), today).getBytes(StandardCharsets.UTF_8))), seed.getValue()));
        }
        SampleMeeting sampleMeeting = new SampleMeeting(d, clock);
        List<ImportItem> stored = new ImportStore(d, clock).store(sampleMeeting.fitted(items), true, (n, t, f) -> { },
                () -> false).stream().filter(i -> i.stored() != null).toList();
        Optional<Meeting> meeting = sampleMeeting.plan(stored.stream().map(ImportItem::stored).toList());
        new SampleSeats(d, clock).seat();
        return new Loaded(stored, meeting);
    }

    /**
     * A sample that is a written answer (a blog post: its heading "Svar på interpellation om …", who asked what,
     * "Jag har nu knåpat ihop följande svar …:", the answer) keeps the interpellation as its text and the answer as its
     * answer, so the papers print the question and the answer, not the post's heading or its line leading into the
     * answer. Any other sample stays as the importer read it.
     */
    private static ImportItem answerApart(ImportItem item) {
        if (item.draft() == null || item.draft().matter().answer().isBlank()) {
            return item;
        }
        Matter read = item.draft().matter();
        List<String> lines = read.bodyBeforeAnswer().lines().toList();
        int from = !lines.isEmpty() && POST_HEADING.matcher(lines.getFirst().strip()).matches() ? 1 : 0;
        boolean leadIn = lines.size() > from && lines.getLast().strip().endsWith(":");
        String question = String.join("\n", lines.subList(from, leadIn ? lines.size() - 1 : lines.size())).strip();
        return item.withDraft(item.draft().edited(read.toBuilder().body(question).build()));
    }

    /**
     * The meetings the samples made, with these sample matters (in the trash or not): those whose agenda holds only
     * them, and the held meeting with an empty agenda where the motion was announced. Also how a replica knows them.
     */
    public static List<Long> meetingsOf(DSLContext dsl, Clock clock, Set<Long> sampleMatters) {
        return sampleMatters.isEmpty() ? List.of() : new SampleMeeting(dsl, clock).meetingsOf(sampleMatters);
    }

    /**
     * Whether the council's papers hold nothing but what the samples gave it (its seats): a replica keeps them off the
     * server, which has the council's own.
     */
    public static boolean councilPapersAreSamples(DSLContext dsl, Clock clock) {
        return new SampleSeats(dsl, clock).onlySamples();
    }

    /** Whether the council's row of settings holds only the samples' place kept: a replica keeps it off the server. */
    public static boolean councilSettingsAreSamples(DSLContext dsl, Clock clock) {
        return new SampleSeats(dsl, clock).settingsOnlySamples();
    }

    /**
     * Deletes the sample meeting, moves every sample matter to the trash and takes the sample seats from the council;
     * returns how many matters.
     */
    public int remove() {
        MatterStore matters = new MatterStore(dsl, clock);
        List<Long> ids = new AttachmentStore(dsl, clock).sampleMatters();
        meetingsOf(dsl, clock, Set.copyOf(ids)).forEach(new MeetingStore(dsl, clock)::delete);
        ids.forEach(matters::trash);
        new SampleSeats(dsl, clock).unseat();
        return ids.size();
    }

    /**
     * A sample's text with its dates set relative to today, so that the samples are as fresh on the day of first start
     * as on the day they were written: {iso-120} is 120 days ago as 2026-07-31, {lång-7} a week ago as "fredag 21
     * november 2026" (a blog's post date), {kort+24} in 24 days as "22 december".
     */
    static String dated(String text, LocalDate today) {
        Matcher m = DATE_MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate day = today.plusDays(Long.parseLong(m.group(2)));
            String written = switch (m.group(1)) {
                case "iso" -> day.toString();
                case "lång" -> LONG.format(day);
                default -> SHORT.format(day);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        return m.appendTail(out).toString();
    }

    static List<String> names() {
        return List.copyOf(SEEDS.keySet());
    }

    /**
     * The samples' file names, each with the text fingerprint of the repo's seeds/ file it is made from (index.txt:
     * "name fingerprint" a line; SampleDataTest keeps them true). A sample is stored under that fingerprint rather than
     * its dated text's, which no file has: a user importing seeds/ is told the texts are registered (round 18: three of
     * the four were stored again), and loading the samples on another day finds them there.
     */
    private static Map<String, String> seeds() {
        Map<String, String> seeds = new LinkedHashMap<>();
        new String(resource("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.split("\\s+", 2)).forEach(s -> seeds.put(s[0], s[1]));
        return seeds;
    }

    /**
     * The sample file made from the seed with this text fingerprint, if it is one: a folder whose samples an older
     * version loaded keeps them under their dated text's fingerprint, and finds them by the file's name instead.
     */
    static Optional<String> seedWithText(String textHash) {
        return SEEDS.entrySet().stream().filter(e -> e.getValue().equals(textHash)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The sample as read, under its seed's text fingerprint. */
    private static ImportItem asSeed(ImportItem item, String seedHash) {
        if (item.draft() == null) {
            return item;
        }
        SourceFile s = item.source();
        return ImportItem.read(item.file(), new SourceFile(s.name(), s.bytes(), s.format(), s.contentHash(), seedHash),
                item.draft());
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
