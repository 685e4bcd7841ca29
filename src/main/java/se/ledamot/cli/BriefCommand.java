package se.ledamot.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.ledamot.brief.BriefFile;
import se.ledamot.brief.doc.AnswerBrief;
import se.ledamot.brief.doc.DebateBrief;
import se.ledamot.brief.doc.MatterBrief;
import se.ledamot.brief.doc.UnfinishedReport;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.UnfinishedMotions;
import se.ledamot.l10n.Localization;
import se.ledamot.store.Database;
import se.ledamot.store.DebateMaterials;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.StoreException;

/**
 * Writes a PDF brief: a matter brief, an answer to read aloud, a debate brief for a meeting, or the report of
 * unfinished motions.
 */
@Command(name = "brief", mixinStandardHelpOptions = true)
final class BriefCommand extends StoreCommand {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

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
    int run(Database db) {
        MatterStore store = new MatterStore(db);
        LocalDate today = LocalDate.now(ZONE);
        Document doc;
        if (group != null && which.meeting == null) {
            throw new ParameterException(spec.commandLine(), Localization.get("cli.brief.groupOnlyMeeting"));
        }
        if (which.unfinished) {
            LocalDate day = date == null ? today : date;
            doc = UnfinishedReport.of(UnfinishedMotions.asOf(day, store.list(),
                    new MeetingStore(db).latestProposals()), day, council, Instant.now());
        } else if (which.meeting != null) {
            doc = DebateBrief.of(DebateMaterials.load(db, which.meeting, group), council, Deadlines.standard(), today,
                    Instant.now());
        } else if (which.matter != null) {
            Matter m = find(store, which.matter);
            doc = MatterBrief.of(m, store.timeline(m.id()), Deadlines.standard(), today, Instant.now());
        } else {
            Matter m = find(store, which.answer);
            if (!m.kind().hasAddressee()) {
                throw new DomainException("brief.error.noAnswer", m.id(), m.kind());
            }
            doc = AnswerBrief.of(m, today, Instant.now());
        }
        PdfWriter.Result result = BriefFile.write(doc, output, PdfWriter.Progress.NONE);
        out().println(Localization.get("cli.brief.written", output, result.pages()));
        return 0;
    }

    private static Matter find(MatterStore store, long id) {
        return store.find(id).orElseThrow(() -> new StoreException("store.matter.missing", null, id));
    }
}
