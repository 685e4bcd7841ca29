package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;

/**
 * The sample council's ledamöter and ersättare (sample-seats.txt: 31 ledamöter, 5 kap. 5 § kommunallagen, and half as
 * many ersättare for each party, 5 kap. 8 §), so that Protokoll's Hämta ledamöter och ersättare fills the sample
 * meetings' attendance, without which a protokoll is not justerat (5 kap. 67 §); its ordförande and sekreterare, who
 * sign the kallelse and the protokoll (5 kap. 69 §), and its first and second vice ordförande (5 kap. 11 §). Given
 * with the samples to a council that has no seats; taken away with them seat by seat, so a seat typed in beside them
 * stays, and an ordförande or sekreterare she typed too.
 * Also where the sample council keeps its protokoll, which the anslagsbevis names (8 kap. 12 §).
 */
final class SampleSeats {
    private static final List<String[]> LINES = read();
    static final List<Seat> SEATS = LINES.stream().filter(l -> l[0].equals("ledamot") || l[0].equals("ersättare"))
            .map(l -> l[0].equals("ledamot") ? Seat.member(l[1]) : Seat.substitute(l[1])).toList();
    static final Person CHAIR = Person.parse(value("ordförande"));
    static final Person FIRST_VICE = Person.parse(value("förste vice ordförande"));
    static final Person SECOND_VICE = Person.parse(value("andre vice ordförande"));
    static final String SECRETARY = value("sekreterare");
    static final String KEPT = value("förvaringsplats");

    private final PaperSettingsStore store;
    private final Body council;

    SampleSeats(DSLContext dsl, Clock clock) {
        store = new PaperSettingsStore(dsl, clock);
        council = new BodyStore(dsl).require(Body.COUNCIL);
    }

    /**
     * Gives the council the sample seats, ordförande, vice ordförande and sekreterare when it has no seats (a council's
     * own seats are never replaced, nor an ordförande, vice or sekreterare she gave it).
     */
    void seat() {
        BodyPapers papers = papers();
        if (papers.seats().isEmpty()) {
            store.saveBody(papers.withSeats(SEATS).withChair(papers.chair() == null ? CHAIR : papers.chair())
                    .withVice(papers.firstVice() == null ? FIRST_VICE : papers.firstVice(),
                            papers.secondVice() == null ? SECOND_VICE : papers.secondVice())
                    .withSecretary(papers.secretary() == null ? SECRETARY : papers.secretary()));
            PaperSettings settings = store.load();
            if (settings.minutesKept() == null) {
                store.saveCouncil(settings.withArchive(settings.noticeBoard(), KEPT));
            }
        }
    }

    /** Takes the sample seats, ordförande, vices, sekreterare and place kept away from the council; the rest stays. */
    void unseat() {
        BodyPapers papers = papers();
        BodyPapers kept = withoutSamples(papers);
        if (!kept.equals(papers)) {
            store.saveBody(kept);
        }
        PaperSettings settings = store.load();
        if (KEPT.equals(settings.minutesKept())) {
            store.saveCouncil(settings.withArchive(settings.noticeBoard(), null));
        }
    }

    /**
     * Whether the council's row of settings holds nothing but the samples' place kept (or nothing): a replica keeps
     * it off the server, whose own comes in over it.
     */
    boolean settingsOnlySamples() {
        PaperSettings s = store.load();
        PaperSettings usual = PaperSettings.empty();
        return s.logo() == null && s.noticeBoard() == null && s.referMotionsTo().equals(usual.referMotionsTo())
                && (s.minutesKept() == null || KEPT.equals(s.minutesKept()));
    }

    /**
     * Whether the council's papers are what the samples made of them: the usual settings with the sample seats (and
     * the sample ordförande and sekreterare, which a folder given its samples before round 22 lacks).
     */
    boolean onlySamples() {
        BodyPapers papers = papers();
        return papers.seats().equals(SEATS) && withoutSamples(papers).equals(BodyPapers.defaults(council));
    }

    private static BodyPapers withoutSamples(BodyPapers papers) {
        return papers.withSeats(papers.seats().stream().filter(s -> !SEATS.contains(s)).toList())
                .withChair(CHAIR.equals(papers.chair()) ? null : papers.chair())
                .withVice(FIRST_VICE.equals(papers.firstVice()) ? null : papers.firstVice(),
                        SECOND_VICE.equals(papers.secondVice()) ? null : papers.secondVice())
                .withSecretary(SECRETARY.equals(papers.secretary()) ? null : papers.secretary());
    }

    private BodyPapers papers() {
        return store.load().of(council);
    }

    /** The file's lines as role and value: "ledamot: Jan Alexandersson (V)", "sekreterare: Karin Wester". */
    private static List<String[]> read() {
        try (InputStream in = SampleSeats.class.getResourceAsStream("sample-seats.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split(":", 2)).map(p -> new String[] {p[0].strip(), p[1].strip()}).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String role) {
        return LINES.stream().filter(l -> l[0].equals(role)).map(l -> l[1]).findFirst().orElseThrow();
    }
}
