package se.ledamot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.ExportProgress;
import se.ledamot.l10n.Localization;
import se.ledamot.service.ExportService;
import se.ledamot.service.Ledamot;

/** Everything in the data folder written to a folder in an open, documented form: for leaving, or for moving. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends DataCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "MAPP", required = true,
            descriptionKey = "cli.export.option.output")
    Path output;

    @Override
    int run(Ledamot app) {
        Path target = output.toAbsolutePath();
        var counts = app.exports().export(target, ExportProgress.NONE);
        out().println(Localization.get("cli.export.done", target, ExportService.describe(counts)));
        return 0;
    }
}
