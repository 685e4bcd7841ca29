package se.ledamot.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;

/**
 * `meeting add`: plans a meeting of a body; `meeting posted`: the day its notice went up on the anslagstavla. One of
 * them is needed, and the help shows it so (not "[COMMAND]").
 */
@Command(name = "meeting", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        subcommands = {MeetingCommand.Add.class, MeetingCommand.Posted.class})
final class MeetingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Localization.get("cli.meeting.which"));
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends DataCommand {
        @Option(names = "--body", required = true, paramLabel = "ORGAN", descriptionKey = "cli.option.body")
        String body;

        @Option(names = "--date", required = true, paramLabel = "DATUM", converter = Converters.Date.class,
                descriptionKey = "cli.option.meetingDate")
        LocalDate date;

        @Option(names = "--time", paramLabel = "TID", converter = MeetingConverters.Time.class,
                descriptionKey = "cli.option.time")
        LocalTime time;

        @Option(names = "--place", paramLabel = "PLATS", descriptionKey = "cli.option.place")
        String place;

        @Override
        int run(Ledamot app) {
            Meeting added = app.meetings().add(new Meeting(null, body, date, time, place,
                    MeetingStatus.PLANNED));
            out().println(added.id());
            return 0;
        }
    }

    /** The posting day the kallelse prints; a day later than 5 kap. 11 § allows is stored and warned of. */
    @Command(name = "posted", mixinStandardHelpOptions = true)
    static final class Posted extends DataCommand {
        @Parameters(index = "0", paramLabel = "SAMMANTRÄDE", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.param.meeting")
        long meetingId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "DATUM", converter = Converters.Date.class,
                descriptionKey = "cli.param.posted")
        LocalDate day;

        @Override
        int run(Ledamot app) {
            Meeting m = app.meetings().require(meetingId).withPostedOn(day);
            app.meetings().save(m);
            NoticeRule notice = app.settings().notice();
            if (notice.late(day, m.date())) {
                err().println(Localization.get("meeting.ui.posted.late", day, notice.latestDay(m.date()),
                        notice.daysBefore()));
            }
            out().println(day == null ? Localization.get("cli.meeting.posted.cleared", m)
                    : Localization.get("cli.meeting.posted.saved", m, day));
            return 0;
        }
    }
}
