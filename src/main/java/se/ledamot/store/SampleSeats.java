package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;

/**
 * The sample council's ledamöter and ersättare (sample-seats.txt: 31 ledamöter, 5 kap. 5 § kommunallagen, and half as
 * many ersättare for each party, 5 kap. 8 §), so that Protokoll's Hämta ledamöter och ersättare fills the sample
 * meetings' attendance, without which a protokoll is not justerat (5 kap. 67 §). Given with the samples to a council
 * that has no seats; taken away with them seat by seat, so a seat typed in beside them stays.
 */
final class SampleSeats {
    static final List<Seat> SEATS = read();

    private final PaperSettingsStore store;
    private final Body council;

    SampleSeats(DSLContext dsl, Clock clock) {
        store = new PaperSettingsStore(dsl, clock);
        council = new BodyStore(dsl).require(Body.COUNCIL);
    }

    /** Gives the council the sample seats when it has none (a council's own seats are never replaced). */
    void seat() {
        BodyPapers papers = papers();
        if (papers.seats().isEmpty()) {
            store.saveBody(papers.withSeats(SEATS));
        }
    }

    /** Takes the sample seats away from the council; any other seat stays. */
    void unseat() {
        BodyPapers papers = papers();
        List<Seat> kept = papers.seats().stream().filter(s -> !SEATS.contains(s)).toList();
        if (kept.size() < papers.seats().size()) {
            store.saveBody(papers.withSeats(kept));
        }
    }

    /** Whether the council's papers are what the samples made of them: the usual settings with the sample seats. */
    boolean onlySamples() {
        return papers().equals(BodyPapers.defaults(council).withSeats(SEATS));
    }

    private BodyPapers papers() {
        return store.load().of(council);
    }

    private static List<Seat> read() {
        try (InputStream in = SampleSeats.class.getResourceAsStream("sample-seats.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(SampleSeats::seat).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "ledamot: Jan Alexandersson (V)" or "ersättare: Sara Öberg (V)". */
    private static Seat seat(String line) {
        String[] parts = line.split(":", 2);
        return parts[0].strip().equals("ledamot") ? Seat.member(parts[1].strip()) : Seat.substitute(parts[1].strip());
    }
}
