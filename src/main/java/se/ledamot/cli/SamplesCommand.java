package se.ledamot.cli;

import picocli.CommandLine.Command;
import se.ledamot.domain.Matter;
import se.ledamot.importer.ImportItem;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.service.LoadedSamples;

/**
 * `samples`: loads the sample matters and the sample meeting, as the window does on its first start. A sample already
 * in the database is skipped by the importer, so running it twice stores nothing new.
 */
@Command(name = "samples", mixinStandardHelpOptions = true)
final class SamplesCommand extends DataCommand {

    @Override
    int run(Ledamot app) {
        LoadedSamples loaded = app.samples().load();
        for (ImportItem item : loaded.matters()) {
            Matter m = item.stored();
            out().println(Localization.get("cli.samples.matter", m.id(), Localization.kind(m.kind()), m.title()));
        }
        loaded.meeting().ifPresent(m -> out().println(Localization.get("cli.samples.meeting", m.id(), m,
                m.place())));
        out().println(loaded.matters().isEmpty() ? Localization.get("cli.samples.none")
                : Localization.get("cli.samples.summary", loaded.matters().size()));
        return 0;
    }
}
