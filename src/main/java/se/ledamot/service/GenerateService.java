package se.ledamot.service;

import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * Generated data for trying Ledamot at scale and for its benchmarks: a plausible municipality of N matters with
 * bodies, meetings, agendas, answers and positions, into an empty data folder, then indexed for search.
 */
public final class GenerateService {
    /** What was made. */
    public record Generated(int matters, int meetings, int agendaItems, int positions, int answers) {
    }

    private final LongFunction<CouncilGenerator> generator;
    private final SearchService search;

    GenerateService(LongFunction<CouncilGenerator> generator, SearchService search) {
        this.generator = generator;
        this.search = search;
    }

    /** Generates {@code matters} matters from a seed (the same seed, the same data), then builds the index. */
    public Generated generate(int matters, long seed, IntConsumer written, IntConsumer indexed) {
        CouncilGenerator.Summary s = generator.apply(seed).generate(matters, written);
        if (search.folder() != null) {
            // The generator filled an empty folder alone and has committed every write.
            search.rebuildAsOnlyWriter(indexed);
        }
        return new Generated(s.matters(), s.meetings(), s.agendaItems(), s.positions(), s.answers());
    }
}
