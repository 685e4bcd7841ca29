package se.ledamot.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.Position;
import se.ledamot.l10n.Localization;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.PositionStore;

/** `agenda MEETING`: the items in order, each with its matter and, for a group, its position and speaker. */
@Command(name = "agenda", mixinStandardHelpOptions = true, subcommands = AgendaCommand.Add.class)
final class AgendaCommand extends StoreCommand {
    // Optional to picocli so that "agenda add" is not taken for a missing meeting; checked in run.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
            descriptionKey = "cli.param.meeting")
    Long meetingId;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--group", paramLabel = "PARTI", descriptionKey = "cli.option.group")
    String group;

    @Override
    int run(Database db) {
        if (meetingId == null) {
            throw new ParameterException(spec.commandLine(), Localization.get("cli.error.missing", "SAMMANTRÄDE"));
        }
        MeetingStore store = new MeetingStore(db);
        Meeting meeting = store.require(meetingId);
        List<AgendaItem> items = store.agenda(meetingId);
        MeetingCalendar calendar = store.calendar();
        Deadlines deadlines = calendar.deadlines();
        Map<Long, Matter> matters = new MatterStore(db).list().stream()
                .collect(Collectors.toMap(Matter::id, Function.identity()));
        PositionStore positions = group == null ? null : new PositionStore(db, group);
        LocalDate today = LocalDate.now();
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (AgendaItem item : items) {
                Matter m = item.matterId() == null ? null : matters.get(item.matterId());
                out.add(MeetingJson.item(item, m, deadlines, m != null && calendar.isLate(m, meeting), today,
                        positions == null ? null : positions.get(item.id())));
            }
            Map<String, Object> json = MeetingJson.of(meeting);
            json.put("items", out);
            out().println(MatterJson.write(json));
            return 0;
        }
        out().println(meeting.label() + (meeting.time() == null ? "" : " " + meeting.time())
                + (meeting.place() == null ? "" : ", " + meeting.place()));
        String submission = se.ledamot.l10n.SubmissionText.of(calendar, meeting);
        if (!submission.isEmpty()) {
            out().println(submission);
        }
        for (AgendaItem item : items) {
            Matter m = item.matterId() == null ? null : matters.get(item.matterId());
            out().printf("§ %-3d %s%n", item.number(), m == null ? item.text() : line(m, deadlines, today)
                    + (calendar.isLate(m, meeting) ? "  " + Localization.get("cli.agenda.late") : ""));
            if (positions != null) {
                Position p = positions.get(item.id());
                out().println("      " + Localization.get("cli.agenda.position", positions.group(),
                        Localization.stance(p.stance(), m == null ? null : m.kind()),
                        p.speaker() == null ? "-" : p.speaker()));
            }
        }
        if (items.isEmpty()) {
            out().println(Localization.get("cli.agenda.empty"));
        }
        return 0;
    }

    private static String line(Matter m, Deadlines deadlines, LocalDate today) {
        String authors = m.authors().stream().map(Person::display).collect(Collectors.joining(", "));
        return Localization.kind(m.kind()) + ": " + m.title() + (authors.isEmpty() ? "" : " — " + authors)
                + deadlines.nearest(m).map(d -> "  [" + d.date() + ", " + ListCommand.due(d, today) + "]")
                        .orElse("");
    }

    /** `agenda add MEETING MATTER…`: appends matters to the agenda; nothing is added if one is wrong. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.param.meeting")
        long meetingId;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ÄRENDE", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.param.matters")
        List<Long> matterIds;

        @Override
        int run(Database db) {
            for (AgendaItem item : new MeetingStore(db).addMatters(meetingId, matterIds)) {
                out().println(Localization.get("cli.agenda.added", item.number(), item.matterId()));
            }
            return 0;
        }
    }
}
