package se.ledamot.cli;

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

    @Override
    int run(Ledamot app) {
        if (matters < 1 || matters > 1_000_000) {
            err().println(Localization.get("cli.generate.range"));
            return 2;
        }
        int step = Math.max(1_000, matters / 10);
        GenerateService.Generated g = app.generate().generate(matters, seed,
                n -> progress("cli.generate.written", n, step), n -> progress("cli.generate.indexed", n, step));
        out().println(Localization.get("cli.generate.done", g.matters(), g.meetings(), g.agendaItems(),
                g.answers(), g.positions()));
        return 0;
    }

    private void progress(String key, int n, int step) {
        if (n % step == 0 || n == matters) {
            err().println(Localization.get(key, n, matters));
            err().flush();
        }
    }
}
