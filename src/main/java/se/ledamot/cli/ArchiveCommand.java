package se.ledamot.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.service.PaperArchive;

/**
 * Writes the kallelse and handlingar of a meeting, or of every meeting of a year, and the protokoll of each that has
 * been held (a planned meeting has none yet), to a folder with a manifest for the archive.
 */
@Command(name = "archive", mixinStandardHelpOptions = true)
final class ArchiveCommand extends DataCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--meeting", paramLabel = "ID", converter = MeetingConverters.Id.class,
                descriptionKey = "cli.archive.meeting")
        Long meeting;

        @Option(names = "--year", paramLabel = "ÅR", descriptionKey = "cli.archive.year")
        Integer year;
    }

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MAPP", descriptionKey = "cli.archive.output")
    Path output;

    @Override
    int run(Ledamot app) {
        List<PaperArchive.Entry> written = which.meeting != null
                ? app.archive().meeting(which.meeting, output, PdfWriter.Progress.NONE)
                : app.archive().year(which.year, output, PdfWriter.Progress.NONE);
        for (PaperArchive.Entry e : written) {
            out().println(Localization.get("cli.archive.file", e.file(), e.pages()));
        }
        out().println(Localization.get("cli.archive.written", written.size(), output.resolve(PaperArchive.MANIFEST)));
        PapersCommand.sayIfCouncilMissing(app, err());
        return 0;
    }
}
