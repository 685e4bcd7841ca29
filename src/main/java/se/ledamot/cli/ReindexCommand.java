package se.ledamot.cli;

import picocli.CommandLine.Command;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;

/** `reindex`: makes the search index anew from the database (it is only ever derived from it). */
@Command(name = "reindex", mixinStandardHelpOptions = true)
final class ReindexCommand extends DataCommand {
    @Override
    int run(Ledamot app) {
        int n = app.search().rebuild(i -> { });
        out().println(Localization.get("cli.reindex.done", n));
        if (app.search().sealed()) {
            out().println(Localization.get("cli.reindex.sealed"));
        }
        return 0;
    }
}
