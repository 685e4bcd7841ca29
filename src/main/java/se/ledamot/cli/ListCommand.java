package se.ledamot.cli;

import java.time.LocalDate;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterFilter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.service.RegisterService;

@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand extends DataCommand {
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--kind", paramLabel = "K", converter = Converters.Kind.class, descriptionKey = "cli.option.kind")
    MatterKind kind;

    @Option(names = "--status", paramLabel = "S", converter = Converters.StatusCode.class,
            descriptionKey = "cli.option.status")
    Status status;

    @Option(names = "--party", paramLabel = "PARTI", descriptionKey = "cli.option.party")
    String party;

    @Option(names = "--query", paramLabel = "TEXT", descriptionKey = "cli.option.query")
    String query;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Ledamot app) {
        Deadlines deadlines = app.deadlines().rules();
        MatterFilter filter = new MatterFilter(kind, status, party);
        if (json) {
            try (MatterJson.ListWriter list = new MatterJson.ListWriter(out(), deadlines)) {
                each(app, m -> {
                    if (filter.test(m)) {
                        list.accept(m);
                    }
                });
            }
            return 0;
        }
        LocalDate today = app.today();
        int[] shown = {0};
        each(app, m -> {
            if (!filter.test(m)) {
                return;
            }
            shown[0]++;
            String deadline = deadlines.nearest(m).map(d -> d.date() + " (" + Grammar.due(d, today) + ")").orElse("");
            out().printf("%5d  %-14s  %-16s  %-10s  %-12s  %s%s%n", m.id(), orDash(m.number()),
                    Localization.kind(m.kind()), m.submitted() == null ? "-" : m.submitted(),
                    Localization.status(m.kind(), m.status()), m.title(),
                    m.authors().isEmpty() ? "" : "  — " + String.join(", ",
                            m.authors().stream().map(se.ledamot.domain.Person::display).toList())
                            + (deadline.isEmpty() ? "" : "  [" + deadline + "]"));
        });
        if (shown[0] == 0) {
            out().println(Localization.get("cli.list.empty"));
        }
        return 0;
    }

    /**
     * The matters one at a time, as outlines (the list never shows body or answer): from a database cursor, or the
     * hits of a text found as the register's search field finds it (word forms, compounds; the search index), where
     * every matter was read whole and its words compared (issue 15).
     */
    private void each(Ledamot app, Consumer<Matter> action) {
        if (query == null || query.isBlank()) {
            app.matters().eachOutline(action);
        } else {
            app.matters().eachOutline(app.register().ids(RegisterService.Query.ALL.withText(query), false), action);
        }
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
