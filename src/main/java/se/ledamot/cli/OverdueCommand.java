package se.ledamot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;

/** `overdue`: every matter past a deadline, which one, and by how many days. */
@Command(name = "overdue", mixinStandardHelpOptions = true)
final class OverdueCommand extends DataCommand {
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--today", paramLabel = "DATUM", converter = Converters.Date.class,
            descriptionKey = "cli.option.today")
    LocalDate today;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Ledamot app) {
        LocalDate day = today == null ? app.today() : today;
        Deadlines deadlines = app.deadlines().rules();
        List<Overdue.Entry> overdue = app.deadlines().overdue(day);
        if (json) {
            printJson(out(), overdue, deadlines);
            return 0;
        }
        for (Overdue.Entry e : overdue) {
            out().printf("%5d  %-16s  %s — %s, %s%n", e.matter().id(), Localization.kind(e.matter().kind()),
                    e.matter().title(), DeadlineText.when(e.deadline()), Grammar.due(-e.daysOverdue()));
        }
        if (overdue.isEmpty()) {
            out().println(Localization.get("cli.overdue.none"));
        }
        return 0;
    }

    /** The entries as {@code overdue --json} prints them (also some matters' entries only: {@link KeptEntries}). */
    static void printJson(PrintWriter out, List<Overdue.Entry> overdue, Deadlines deadlines) {
        Map<Long, Integer> entriesOf = new HashMap<>();
        overdue.forEach(e -> entriesOf.merge(e.matter().id(), 1, Integer::sum));
        MatterJson.print(out, overdue.stream().map(e -> json(e, entriesOf.get(e.matter().id()) == 1
                ? e.deadline() : deadlines.nearest(e.matter()).orElseThrow(), deadlines)).toList());
    }

    /**
     * One entry of {@code overdue --json}: the matter, and the deadline it is past. A matter past one deadline only
     * has that as its nearest (every deadline before one past is past too, and each is an entry), so neither is
     * worked out, nor its rule said, twice: that was a tenth of the command's own CPU at 100 000 matters (issue 15).
     */
    static Map<String, Object> json(Overdue.Entry e, Deadline nearest, Deadlines deadlines) {
        Map<String, Object> entry = new LinkedHashMap<>();
        Map<String, Object> matter = MatterJson.of(e.matter(), nearest, deadlines);
        entry.put("matter", matter);
        entry.put("deadline", e.deadline().date().toString());
        entry.put("deadline_type", e.deadline().type().code());
        entry.put("deadline_rule", e.deadline().equals(nearest) ? matter.get("deadline_rule")
                : DeadlineText.explainForMachine(e.deadline()));
        entry.put("days_overdue", e.daysOverdue());
        return entry;
    }
}
