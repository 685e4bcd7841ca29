package se.ledamot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;

/** `position MEETING MATTER --group V --stance reject`: records a group's position on a matter on the agenda. */
@Command(name = "position", mixinStandardHelpOptions = true)
final class PositionCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
            descriptionKey = "cli.param.meeting")
    long meetingId;

    @Parameters(index = "1", paramLabel = "ÄRENDE", converter = MeetingConverters.Id.class,
            descriptionKey = "cli.param.matter")
    long matterId;

    @Option(names = "--group", required = true, paramLabel = "PARTI", descriptionKey = "cli.option.group")
    String group;

    @Option(names = "--stance", required = true, paramLabel = "HÅLLNING", converter = MeetingConverters.StanceCode.class,
            descriptionKey = "cli.option.stance")
    Stance stance;

    @Option(names = "--speaker", paramLabel = "NAMN", descriptionKey = "cli.option.speaker")
    String speaker;

    @Option(names = "--arguments", paramLabel = "TEXT", descriptionKey = "cli.option.arguments")
    String arguments;

    @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "cli.option.notes")
    String notes;

    @Override
    int run(Ledamot app) {
        Position p = app.positions().onAgenda(meetingId, matterId, group).withStance(stance);
        if (speaker != null) {
            p = p.withSpeaker(speaker);
        }
        if (arguments != null) {
            p = p.withArguments(arguments);
        }
        if (notes != null) {
            p = p.withNotes(notes);
        }
        app.positions().save(group, p);
        return 0;
    }
}
