package se.ledamot.service;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import se.ledamot.store.GenerationFolder;
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
        return generate(matters, seed, written, indexed, false);
    }

    private Generated generate(int matters, long seed, IntConsumer written, IntConsumer indexed, boolean unindexed) {
        CouncilGenerator g = generator.apply(seed);
        CouncilGenerator.Summary s = unindexed ? g.generateUnindexed(matters, written) : g.generate(matters, written);
        if (search.inDataFolder()) {
            // The generator filled an empty folder alone and has committed every write.
            search.rebuildAsOnlyWriter(indexed);
        }
        return new Generated(s.matters(), s.meetings(), s.agendaItems(), s.positions(), s.answers());
    }

    /**
     * As {@link #generate} into a data folder that is missing or empty, made whole beside it and renamed into its
     * place ({@link GenerationFolder}), its plain indexes made once after the rows instead of row by row (about
     * half the generator's time at 100 000). A failure removes the side folder; a folder with anything in it is
     * filled in place.
     */
    static Generated intoFolder(Path folder, Function<Path, Ledamot> open, int matters, long seed,
            IntConsumer written, IntConsumer indexed) {
        Optional<GenerationFolder> claimed = GenerationFolder.claim(folder);
        if (claimed.isEmpty()) {
            try (Ledamot app = open.apply(folder)) {
                return app.generate().generate(matters, seed, written, indexed);
            }
        }
        GenerationFolder made = claimed.get();
        Generated g;
        try (Ledamot app = open.apply(made.side())) {
            g = app.generate().generate(matters, seed, written, indexed, true);
        } catch (RuntimeException e) {
            made.discard();
            throw e;
        }
        made.putInPlace();
        return g;
    }
}
