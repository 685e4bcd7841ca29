package se.ledamot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;

@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = MeetingConverters.Id.class,
            descriptionKey = "cli.param.id")
    long id;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Ledamot app) {
        Matter m = app.matters().require(id);
        Deadlines deadlines = app.deadlines().rules();
        if (json) {
            out().println(MatterJson.write(MatterJson.full(m, deadlines)));
            return 0;
        }
        line("cli.show.title", m.title());
        line("cli.show.kind", Localization.kind(m.kind()));
        line("cli.show.number", m.number());
        line("cli.show.submitted", m.submitted() == null ? null
                : Dates.date(m.submitted()) + (m.place() == null ? "" : ", " + m.place()));
        line("cli.show.authors", MatterField.AUTHORS.textOf(m));
        line("cli.show.addressee", addressee(m.addressee()));
        line("cli.show.responsibleBody", m.responsibleBody());
        line("cli.show.status", Localization.status(m.kind(), m.status())
                + (m.decision() == null ? "" : " — " + Localization.decision(m.decision())));
        deadlines.nearest(m).ifPresentOrElse(d -> {
            line("cli.show.deadline", Dates.date(d.date()) + " (" + Grammar.due(d, app.today()) + ")");
            line("cli.show.deadlineRule", DeadlineText.explain(d));
        }, () -> deadlines.undated(m).ifPresent(u -> {
            line("cli.show.deadline", DeadlineText.when(u));
            line("cli.show.deadlineRule", DeadlineText.explain(u));
        }));
        numbered("cli.show.proposals", m.proposals(), "att ");
        numbered("cli.show.questions", m.questions(), "");
        if (!m.body().isBlank()) {
            out().println();
            out().println(m.body().strip());
        }
        if (!m.answer().isBlank()) {
            out().println();
            out().println(Localization.get("cli.show.answer"));
            out().println(m.answer().strip());
        }
        if (app.matters().isTrashed(id)) {
            out().println(Localization.get("cli.show.trashed"));
        }
        return 0;
    }

    /** "Per Lund (S), kommunstyrelsens ordförande", or the parts there are: a role alone, a name alone. */
    private static String addressee(se.ledamot.domain.Addressee a) {
        if (a == null) {
            return null;
        }
        String who = a.name() == null ? "" : a.name() + (a.party() == null ? "" : " (" + a.party() + ")");
        String role = a.role() == null ? "" : a.role();
        return who.isEmpty() || role.isEmpty() ? who + role : who + ", " + role;
    }

    private void line(String key, String value) {
        if (value != null && !value.isBlank()) {
            out().printf("%-16s %s%n", Localization.get(key) + ":", value);
        }
    }

    private void numbered(String key, java.util.List<String> items, String prefix) {
        if (items.isEmpty()) {
            return;
        }
        out().println(Localization.get(key) + ":");
        for (int i = 0; i < items.size(); i++) {
            out().printf("  %d. %s%s%n", i + 1, prefix, items.get(i));
        }
    }
}
