package se.ledamot.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.ledamot.brief.BriefFile;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BriefService;
import se.ledamot.service.Ledamot;

/**
 * Writes a PDF brief: a matter brief, an answer to read aloud, a debate brief for a meeting, the report of
 * unfinished motions, or one of the secretary's papers of a meeting (kallelse, handlingar, protokoll, utdrag).
 */
@Command(name = "brief", mixinStandardHelpOptions = true)
final class BriefCommand extends DataCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--matter", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.brief.matter")
        Long matter;

        @Option(names = "--answer", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.brief.answer")
        Long answer;

        @Option(names = "--meeting", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.brief.meeting")
        Long meeting;

        @Option(names = "--unfinished", descriptionKey = "cli.brief.unfinished")
        boolean unfinished;

        @Option(names = "--kallelse", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.brief.kallelse")
        Long kallelse;

        @Option(names = "--handlingar", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.brief.handlingar")
        Long handlingar;

        @Option(names = "--protokoll", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.brief.protokoll")
        Long protokoll;

        // The meeting and the item, in one option ("--utdrag 7 5") or in two as the help shows them.
        @Option(names = "--utdrag", arity = "1..2", paramLabel = "ID", hideParamSyntax = true,
                converter = MeetingConverters.Id.class, descriptionKey = "cli.brief.utdrag")
        List<Long> utdrag;
    }

    @Option(names = "--date", paramLabel = "DATUM", converter = Converters.Date.class,
            descriptionKey = "cli.brief.date")
    LocalDate date;

    @Option(names = "--group", paramLabel = "PARTI", descriptionKey = "cli.brief.group")
    String group;

    @Option(names = "--council", paramLabel = "NAMN", descriptionKey = "cli.brief.council")
    String council;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FIL.pdf", descriptionKey = "cli.brief.output")
    Path output;

    @Override
    int run(Ledamot app) {
        if (group != null && which.meeting == null) {
            throw new ParameterException(spec.commandLine(), Localization.get("cli.brief.groupOnlyMeeting"));
        }
        if (which.utdrag != null && which.utdrag.size() != 2) {
            throw new ParameterException(spec.commandLine(), Localization.get("cli.brief.utdragTwo"));
        }
        BriefService briefs = app.briefs();
        Document doc;
        if (which.unfinished) {
            doc = briefs.unfinished(date == null ? app.today() : date, council);
        } else if (which.kallelse != null) {
            doc = app.papers().kallelse(which.kallelse);
        } else if (which.handlingar != null) {
            doc = app.papers().handlingar(which.handlingar);
        } else if (which.protokoll != null) {
            doc = app.papers().protokoll(which.protokoll);
        } else if (which.utdrag != null) {
            doc = app.papers().utdrag(which.utdrag.get(0), Math.toIntExact(which.utdrag.get(1)));
        } else if (which.meeting != null) {
            doc = briefs.debate(which.meeting, group, council);
        } else if (which.matter != null) {
            doc = briefs.matter(which.matter);
        } else {
            doc = briefs.answer(which.answer);
        }
        PdfWriter.Result result = BriefFile.write(doc, output, PdfWriter.Progress.NONE);
        out().println(Localization.get("cli.brief.written", output, result.pages()));
        if (which.kallelse != null || which.handlingar != null || which.protokoll != null || which.utdrag != null) {
            PapersCommand.sayIfCouncilMissing(app, err());
        }
        return 0;
    }
}
