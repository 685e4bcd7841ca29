package se.ledamot.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.ledamot.service.KeptRefresh;

/**
 * {@code refresh-kept}, started by the program itself, never typed ({@link KeptRefresh}): the folder's kept calls
 * asked lately whose output is no longer current asked again, the shortest first, their output kept and printed nowhere (the
 * time each was last asked kept with it). Ends at once when another program queues for the folder.
 */
@Command(name = "refresh-kept", hidden = true)
final class RefreshKeptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** A call that fails (its output is then not kept) is not asked more often than this by one refresh. */
    private static final int TRIES = 3;

    @Override
    public Integer call() throws Exception {
        Path folder = ((LedamotCommand) spec.root().userObject()).dataFolder();
        Map<List<String>, Integer> tries = new HashMap<>();
        while (true) {
            Optional<AutoCloseable> claim = KeptRefresh.claim(folder);
            if (claim.isEmpty()) {
                return 0; // another program does it
            }
            try (AutoCloseable held = claim.get()) {
                // Asked anew after each call: a change meanwhile (whose program saw this one under way and started
                // none) makes a call made already stale again.
                for (List<String> call; (call = next(folder, tries)) != null; ) {
                    tries.merge(call, 1, Integer::sum);
                    remake(folder, call);
                }
            }
            // A change between the last look and the claim given back started no refresh either.
            if (next(folder, tries) == null) {
                return 0;
            }
        }
    }

    private static List<String> next(Path folder, Map<List<String>, Integer> tries) {
        return KeptRefresh.toMake(folder).stream().filter(c -> tries.getOrDefault(c, 0) < TRIES).findFirst()
                .orElse(null);
    }

    private static void remake(Path folder, List<String> call) {
        List<String> args = new ArrayList<>(List.of("--data", folder.toString()));
        args.addAll(call);
        KeptRefresh.remake(folder, call, () -> Cli.run((f, server, named) -> { }, OutputStream.nullOutputStream(),
                new PrintWriter(Writer.nullWriter()), args.toArray(String[]::new)));
    }
}
