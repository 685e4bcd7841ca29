package se.ledamot.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
    int run(Ledamot app) {
        LocalDate day = today == null ? app.today() : today;
        Deadlines deadlines = app.deadlines().rules();
        List<Overdue.Entry> overdue = app.deadlines().overdue(day);
        if (json) {
            MatterJson.print(out(), overdue.stream().map(e -> json(e, deadlines)).toList());
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

    /** One entry of {@code overdue --json}: the matter, and the deadline it is past. */
    static Map<String, Object> json(Overdue.Entry e, Deadlines deadlines) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("matter", MatterJson.of(e.matter(), deadlines));
        entry.put("deadline", e.deadline().date().toString());
        entry.put("deadline_type", e.deadline().type().code());
        entry.put("deadline_rule", DeadlineText.explainForMachine(e.deadline()));
        entry.put("days_overdue", e.daysOverdue());
        return entry;
    }
}
