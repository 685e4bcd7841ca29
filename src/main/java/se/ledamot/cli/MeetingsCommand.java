package se.ledamot.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.ClockText;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;

/** `meetings`: every meeting, earliest first, with how many items its agenda has. */
@Command(name = "meetings", mixinStandardHelpOptions = true)
final class MeetingsCommand extends DataCommand {
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Ledamot app) {
        List<Meeting> meetings = app.meetings().list();
        if (json) {
            out().println(MatterJson.write(meetings.stream().map(MeetingJson::of).toList()));
            return 0;
        }
        for (Meeting m : meetings) {
            out().printf("%5d  %-4s  %s  %-5s  %-10s  %s%n", m.id(), m.body(), m.date(),
                    ClockText.of(m.time()), Localization.get("meeting.status." + m.status().code()),
                    Localization.get("cli.meetings.items", app.meetings().agenda(m.id()).size())
                            + (m.place() == null ? "" : ", " + m.place()));
        }
        if (meetings.isEmpty()) {
            out().println(Localization.get("cli.meetings.empty"));
        }
        return 0;
    }
}
