package se.ledamot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.l10n.Localization;
import se.ledamot.service.GenerateService;
import se.ledamot.service.Ledamot;

/** `generate --matters N`: a plausible municipality's data in a new, empty data folder (for trying and benchmarks). */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand extends DataCommand {
    @Option(names = "--matters", paramLabel = "N", required = true, descriptionKey = "cli.generate.matters")
    int matters;

    @Option(names = "--seed", paramLabel = "FRÖ", defaultValue = "15", descriptionKey = "cli.generate.seed")
    long seed;

    /** A data folder is made beside its place and renamed into it when whole; a server is filled in place. */
    @Override
    public Integer call() throws Exception {
        if (matters < 1 || matters > 1_000_000) {
            err().println(Localization.get("cli.generate.range"));
            return 2;
        }
        if (server != null) {
            return super.call();
        }
        Path folder = dataFolder();
        return done(Ledamot.generateInto(folder, Folders.access(folder, err()), matters, seed,
                n -> progress("cli.generate.written", n), n -> progress("cli.generate.indexed", n)));
    }

    @Override
    int run(Ledamot app) {
        return done(app.generate().generate(matters, seed, n -> progress("cli.generate.written", n),
                n -> progress("cli.generate.indexed", n)));
    }

    private int done(GenerateService.Generated g) {
        out().println(Localization.get("cli.generate.done", g.matters(), g.meetings(), g.agendaItems(),
                g.answers(), g.positions()));
        return 0;
    }

    private void progress(String key, int n) {
        if (n % Math.max(1_000, matters / 10) == 0 || n == matters) {
            err().println(Localization.get(key, n, matters));
            err().flush();
        }
    }
}
