package se.ledamot.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.SyncText;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerAdministration;
import se.ledamot.service.SyncService;

/**
 * {@code ledamot sync --server URL}: the data folder as the offline replica of a shared server. The first time it
 * joins the server and brings what its user may see there; later it sends what changed here and brings what changed
 * there ({@code --server} may then be left out). Conflicts wait for the user in the window.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "cli.sync.option.server")
    String server;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        LedamotCommand root = (LedamotCommand) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        try (Ledamot app = Folders.open(root.dataFolder(), err, false)) {
            SyncService replica = app.replica().orElseThrow();
            String url = server != null ? server : replica.serverUrl()
                    .orElseThrow(() -> new DomainException("cli.sync.noServer"));
            var address = ServerAdministration.server(url, System.getProperty("user.name"));
            err.println(Localization.get("cli.sync.start", address.shortName()));
            err.flush();
            // A new folder fetches its first copy: said so, not as "changes" of a copy it does not have yet.
            boolean first = replica.status().isEmpty();
            SyncService.Summary s = replica.sync(address, ServerPasswords.forServer(address, err),
                    new Steps(err, first));
            if (json) {
                spec.commandLine().getOut().println(MatterJson.write(json(s)));
            } else {
                spec.commandLine().getOut().println(s.joined()
                        ? SyncText.joined("cli.sync.joined", s.server(), s.pulled(), s.pushed(), s.kept())
                        : Localization.get("cli.sync.done", s.pushed(), s.pulled()));
                if (s.kept() > 0) {
                    spec.commandLine().getOut().println(SyncText.kept(s.kept()));
                }
                if (s.conflicts() > 0) {
                    spec.commandLine().getOut().println(Localization.get("cli.sync.conflicts", s.conflicts()));
                }
                if (s.refused() > 0) {
                    spec.commandLine().getOut().println(Localization.get("cli.sync.refused", s.refused()));
                }
            }
            return 0;
        }
    }

    private static Map<String, Object> json(SyncService.Summary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("server", s.server());
        out.put("joined", s.joined());
        out.put("pushed", s.pushed());
        out.put("kept", s.kept());
        out.put("pulled", s.pulled());
        out.put("conflicts", s.conflicts());
        out.put("refused", s.refused());
        out.put("complete", s.complete());
        return out;
    }

    /** Progress on stderr: a line when a phase starts and at every tenth of it, so a long first sync shows life. */
    private static final class Steps implements SyncService.Progress {
        private final PrintWriter err;
        private final boolean first;
        private SyncService.Phase phase;
        private long shown = -1;

        Steps(PrintWriter err, boolean first) {
            this.err = err;
            this.first = first;
        }

        @Override
        public void step(SyncService.Phase now, long done, long total) {
            if (total == 0) {
                return;
            }
            long tenth = done * 10 / total;
            if (now != phase || tenth > shown) {
                phase = now;
                shown = tenth;
                // A first sync's sending is a look at what the folder had before it joined; mostly nothing goes.
                String key = now == SyncService.Phase.SEND ? "cli.sync.sending" : "cli.sync.fetching";
                err.println(Localization.get(first ? key + ".first" : key, done, total));
                err.flush();
            }
        }
    }
}
