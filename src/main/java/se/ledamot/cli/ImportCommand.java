package se.ledamot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.ExportProgress;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportProgress;
import se.ledamot.importer.ImportSummary;
import se.ledamot.importer.MeetingImportText;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DeadlineService;
import se.ledamot.service.ExportService;
import se.ledamot.service.ImportService;
import se.ledamot.service.Ledamot;

/**
 * Imports files and folders as matters. With --dry-run nothing is stored and no database is created; an existing
 * one is only read, to show duplicates. A file that cannot be read is reported and the rest go on; the exit code is
 * 1 when any file failed. A folder that holds an export from Ledamot is read back as it is, into an empty data folder.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LedamotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FIL|MAPP", descriptionKey = "cli.import.param.files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", descriptionKey = "cli.import.option.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        if (files.size() == 1 && ExportService.isExport(files.getFirst())) {
            return readExport(files.getFirst());
        }
        List<ImportItem> items = ImportService.read(files, ImportProgress.NONE, () -> false);
        Deadlines rules = DeadlineService.withoutCalendar();
        if (!dryRun || Ledamot.hasData(root.dataFolder())) {
            try (Ledamot app = Folders.open(root.dataFolder(), spec.commandLine().getErr(), false)) {
                items = app.imports().markDuplicates(items);
                if (!dryRun) {
                    items = app.imports().store(items, ImportProgress.NONE, () -> false);
                }
                rules = app.deadlines().rules();
            }
        }
        Deadlines deadlines = rules;
        if (json) {
            spec.commandLine().getOut().println(MatterJson.write(items.stream().map(i -> ImportJson.of(i, deadlines))
                    .toList()));
        } else {
            items.forEach(this::describe);
            ImportSummary summary = ImportSummary.of(items);
            spec.commandLine().getOut().println(dryRun ? summary.dryRunText() : summary.text());
        }
        if (json) {
            items.stream().filter(ImportItem::isFailed).forEach(i -> spec.commandLine().getErr()
                    .println(i.failureText()));
        }
        return items.stream().anyMatch(ImportItem::isFailed) ? Cli.REFUSED : 0;
    }

    /** An export from Ledamot goes in as it is, into an empty data folder; a dry run says what it holds. */
    private int readExport(Path export) {
        if (dryRun) {
            spec.commandLine().getOut().println(ExportService.describe(ExportService.contents(export)));
            return 0;
        }
        try (Ledamot app = Folders.open(root.dataFolder(), spec.commandLine().getErr(), false)) {
            var counts = app.exports().readIntoEmpty(export, ExportProgress.NONE);
            spec.commandLine().getOut().println(Localization.get("cli.import.export.done", export,
                    ExportService.describe(counts)));
        }
        return 0;
    }

    private void describe(ImportItem item) {
        var out = spec.commandLine().getOut();
        if (item.isFailed()) {
            spec.commandLine().getErr().println(item.failureText());
            return;
        }
        if (item.isMeeting()) {
            describeMeeting(item);
            return;
        }
        Matter m = item.stored() != null ? item.stored() : item.draft().matter();
        String what = Localization.kind(m.kind()) + " ”" + m.title() + "”";
        if (item.duplicateOf() != null) {
            out.println(Localization.get("cli.import.duplicate", item.file(), item.duplicateOf().id(),
                    item.duplicateOf().title()));
        } else if (item.duplicateOfFile() != null) {
            out.println(Localization.get("cli.import.duplicateFile", item.file(), item.duplicateOfFile()));
        } else if (item.stored() != null) {
            out.println(Localization.get("cli.import.stored", item.file(), what, m.id()));
        } else {
            out.println(Localization.get("cli.import.found", item.file(), what));
        }
        List<MatterField> unsure = item.draft().unsureFields();
        if (!unsure.isEmpty() && !item.isDuplicate()) {
            out.println("    " + Localization.get("cli.import.unsure", unsure.stream()
                    .map(f -> Localization.get("importer.field." + f.code())).collect(Collectors.joining(", "))));
        }
        if (!item.isDuplicate()) {
            item.draft().warnings().forEach(w -> out.println("    " + w.text()));
        }
    }

    /** A kallelse: the meeting, what importing does or did, then one line per item. */
    private void describeMeeting(ImportItem item) {
        var out = spec.commandLine().getOut();
        MeetingImport m = item.meeting();
        if (item.duplicateOfFile() != null) {
            out.println(Localization.get("cli.import.duplicateFile", item.file(), item.duplicateOfFile()));
            return;
        }
        String heading = MeetingImportText.heading(m.draft());
        out.println(item.file() + ": " + (m.stored() == null ? heading
                : Localization.get("importer.meeting.stored", m.stored().id()) + ", " + heading));
        out.println("    " + MeetingImportText.summary(m));
        for (MeetingImportText.Row r : MeetingImportText.rows(m)) {
            String place = r.placeText();
            out.println("    " + r.line().number() + ". " + r.line().text()
                    + (r.line().dnr() == null ? "" : " (" + r.line().dnr() + ")") + " — " + r.matchText()
                    + (place.isEmpty() ? "" : ", " + place));
        }
        List<String> unsure = unsureMeetingFields(m);
        if (!unsure.isEmpty()) {
            out.println("    " + Localization.get("cli.import.unsure", String.join(", ", unsure)));
        }
        m.draft().warnings().forEach(w -> out.println("    " + w.text()));
    }

    /** The meeting's unsure fields, then each item's ("punkt 3: rubrik"). */
    private static List<String> unsureMeetingFields(MeetingImport m) {
        List<String> out = new ArrayList<>();
        for (MeetingDraft.Field f : MeetingDraft.Field.values()) {
            if (m.draft().confidenceOf(f) == Confidence.UNSURE) {
                out.add(Localization.get("importer.meeting.field." + f.code()));
            }
        }
        for (var line : m.draft().items()) {
            for (MatterField f : line.unsureFields()) {
                out.add(Localization.get("importer.meeting.itemUnsure", line.number(),
                        Localization.get("importer.field." + f.code())));
            }
        }
        return out;
    }
}
