package se.ledamot.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.ledamot.service.KeptRefresh;

/**
 * {@code refresh-kept}, started by the program itself, never typed ({@link KeptRefresh}): the folder's kept calls
 * whose output is no longer current asked again, the last asked first, their output kept and printed nowhere. Ends
 * at once when another program queues for the folder.
 */
@Command(name = "refresh-kept", hidden = true)
final class RefreshKeptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = ((LedamotCommand) spec.root().userObject()).dataFolder();
        Optional<AutoCloseable> claim = KeptRefresh.claim(folder);
        if (claim.isEmpty()) {
            return 0; // another program does it
        }
        try (AutoCloseable held = claim.get()) {
            for (List<String> call : KeptRefresh.keptCalls(folder)) {
                if (!KeptRefresh.kept(folder, call).isCurrent()) {
                    List<String> args = new ArrayList<>(List.of("--data", folder.toString()));
                    args.addAll(call);
                    Cli.run((f, server, named) -> { }, OutputStream.nullOutputStream(),
                            new PrintWriter(Writer.nullWriter()), args.toArray(String[]::new));
                }
            }
        }
        return 0;
    }
}
