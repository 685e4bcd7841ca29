package se.ledamot.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import se.ledamot.domain.meeting.Position;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.SubmissionText;
import se.ledamot.service.Agenda;
import se.ledamot.service.AgendaEntry;
import se.ledamot.service.Ledamot;

/** `agenda MEETING`: the items in order, each with its matter and, for a group, its position and speaker. */
@Command(name = "agenda", mixinStandardHelpOptions = true, subcommands = AgendaCommand.Add.class)
final class AgendaCommand extends DataCommand {
    // Optional to picocli so that "agenda add" is not taken for a missing meeting; checked in run.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
            descriptionKey = "cli.param.meeting")
    Long meetingId;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--group", paramLabel = "PARTI", descriptionKey = "cli.option.group")
    String group;

    @Override
    int run(Ledamot app) {
        if (meetingId == null) {
            throw new ParameterException(spec.commandLine(), Localization.get("cli.error.missing", "SAMMANTRÄDE"));
        }
        Agenda agenda = app.meetings().agendaOf(meetingId);
        Meeting meeting = agenda.meeting();
        Deadlines deadlines = agenda.deadlines();
        Map<Long, Position> positions = group == null ? null : app.positions().ofMeeting(meetingId, group);
        LocalDate today = app.today();
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (AgendaEntry e : agenda.entries()) {
                out.add(MeetingJson.item(e.item(), e.matter().orElse(null), deadlines, e.late(), today,
                        positions == null ? null : position(positions, e.item())));
            }
            Map<String, Object> json = MeetingJson.of(meeting);
            json.put("items", out);
            out().println(MatterJson.write(json));
            return 0;
        }
        out().println(meeting.label() + (meeting.time() == null ? "" : " " + meeting.time())
                + (meeting.place() == null ? "" : ", " + meeting.place()));
        String submission = SubmissionText.of(agenda.calendar(), meeting);
        if (!submission.isEmpty()) {
            out().println(submission);
        }
        for (AgendaEntry e : agenda.entries()) {
            AgendaItem item = e.item();
            out().printf("§ %-3d %s%n", item.number(), e.matter().map(m -> line(m, deadlines, today)
                    + (e.late() ? "  " + Localization.get("cli.agenda.late") : "")).orElse(item.text()));
            if (positions != null) {
                Position p = position(positions, item);
                out().println("      " + Localization.get("cli.agenda.position", p.group(),
                        Localization.stance(p.stance(), e.matter().map(Matter::kind).orElse(null)),
                        p.speaker() == null ? "-" : p.speaker()));
            }
        }
        if (agenda.entries().isEmpty()) {
            out().println(Localization.get("cli.agenda.empty"));
        }
        return 0;
    }

    private Position position(Map<Long, Position> positions, AgendaItem item) {
        return positions.getOrDefault(item.id(), Position.undecided(item.id(), group));
    }

    private static String line(Matter m, Deadlines deadlines, LocalDate today) {
        String authors = m.authors().stream().map(Person::display).collect(Collectors.joining(", "));
        return Grammar.heading(m.kind(), m.title()) + (authors.isEmpty() ? "" : " — " + authors)
                + deadlines.nearest(m).map(d -> "  [" + d.date() + ", " + Grammar.due(d, today) + "]")
                        .orElse("");
    }

    /** `agenda add MEETING MATTER…`: appends matters to the agenda; nothing is added if one is wrong. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends DataCommand {
        @Parameters(index = "0", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.param.meeting")
        long meetingId;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ÄRENDE", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.param.matters")
        List<Long> matterIds;

        @Override
        int run(Ledamot app) {
            for (AgendaItem item : app.meetings().addMatters(meetingId, matterIds)) {
                out().println(Localization.get("cli.agenda.added", item.number(), item.matterId()));
            }
            return 0;
        }
    }
}
