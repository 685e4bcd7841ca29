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
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.PositionText;
import se.ledamot.l10n.SubmissionText;
import se.ledamot.service.Agenda;
import se.ledamot.service.AgendaEntry;
import se.ledamot.service.AgendaPlace;
import se.ledamot.service.Ledamot;
import se.ledamot.l10n.MeetingText;

/**
 * `agenda MEETING`: the föredragningslista as the kallelse prints it (the body's standard items among the agenda's),
 * each item with its matter and, for a group, its position and speaker.
 */
@Command(name = "agenda", mixinStandardHelpOptions = true, subcommands = AgendaCommand.Add.class)
final class AgendaCommand extends DataCommand {
    /** Under the item's text, past its number. */
    private static final String INDENT = " ".repeat(10);

    // None: the next planned meeting, the one Partigrupp opens on.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
            descriptionKey = "cli.agenda.param.meeting")
    Long meetingId;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--group", paramLabel = "PARTI", descriptionKey = "cli.option.group")
    String group;

    @Override
    int run(Ledamot app) {
        long id = meetingId != null ? meetingId : app.meetings().upcoming(app.today()).stream()
                .findFirst().map(Meeting::id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        Localization.get("cli.agenda.noUpcoming")));
        Agenda agenda = app.meetings().agendaOf(id);
        Meeting meeting = agenda.meeting();
        Deadlines deadlines = agenda.deadlines();
        // The föredragningslista as the kallelse prints it and Sammanträden shows it (§ is the protokoll's); for a
        // group, as Partigrupp shows it: the items the agenda holds, a standard item not on it has no position.
        List<AgendaPlace> places = app.papers().noticeAgenda(agenda).stream()
                .filter(p -> group == null || p.entry() != null).toList();
        boolean visible = group == null || app.positions().visible(group);
        Map<Long, Position> positions = group == null || !visible ? Map.of()
                : app.positions().ofMeeting(id, group);
        LocalDate today = app.today();
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (AgendaPlace p : places) {
                Map<String, Object> item = MeetingJson.item(p, deadlines, today);
                if (group != null) {
                    item.put("position", visible ? MeetingJson.position(position(positions, p.item())) : null);
                }
                out.add(item);
            }
            Map<String, Object> json = MeetingJson.of(meeting);
            if (group != null) {
                json.put("positions_visible", visible);
            }
            json.put("items", out);
            out().println(MatterJson.write(json));
            return 0;
        }
        out().println(MeetingText.withPlace(meeting));
        String submission = SubmissionText.of(agenda.calendar(), meeting);
        if (!submission.isEmpty()) {
            out().println(submission);
        }
        if (!visible) {
            out().println(Localization.get("meeting.ui.group.hidden", Position.groupCode(group)));
        }
        for (AgendaPlace p : places) {
            AgendaEntry e = p.entry();
            out().printf("%-9s %s%n", Localization.get("meeting.item", p.number()), e == null
                    ? Kallelse.title(p.standard())
                    : e.matter().map(m -> line(m, deadlines, today)
                            + (e.late() ? "  " + Localization.get("cli.agenda.late") : "")).orElse(e.item().text()));
            if (group != null) {
                out().println(INDENT + position(positions, e, visible));
            }
        }
        if (places.isEmpty()) {
            out().println(Localization.get("cli.agenda.empty"));
        }
        return 0;
    }

    /** The group's position on an item as Partigrupp words it; another group's kept from the user says so. */
    private String position(Map<Long, Position> positions, AgendaEntry e, boolean visible) {
        Position p = position(positions, e.item());
        MatterKind kind = e.matter().map(Matter::kind).orElse(null);
        String stance = PositionText.stance(p, kind, Position.needed(e.item(), e.matter().isPresent()), visible);
        return visible ? Localization.get("cli.agenda.position", p.group(), stance, p.speaker() == null ? "-"
                : p.speaker()) : Localization.get("cli.agenda.hidden", p.group(), stance);
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
            List<AgendaItem> added = app.meetings().addMatters(meetingId, matterIds);
            Map<Long, Integer> numbers = app.papers().noticeNumbers(app.meetings().agendaOf(meetingId));
            for (AgendaItem item : added) {
                out().println(Localization.get("cli.agenda.added", numbers.get(item.id()), item.matterId()));
            }
            app.meetings().plannedElsewhere(meetingId, matterIds).forEach((matter, other) -> err().println(
                    Localization.get("meeting.ui.agenda.alsoPlanned", app.matters().require(matter).title(),
                            se.ledamot.l10n.MeetingText.withPlace(other))));
            Meeting meeting = app.meetings().require(meetingId);
            app.meetings().dueBefore(meetingId, matterIds).forEach((matter, due) -> err().println(
                    se.ledamot.l10n.DeadlineText.passesBefore(app.matters().require(matter).title(), due, meeting)));
            return 0;
        }
    }
}
