package se.ledamot.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.l10n.Localization;
import se.ledamot.store.Backups;
import se.ledamot.store.Database;

/**
 * Backs the data folder up now (into the backup folder, or to a file of one's choice), lists the backups, or moves
 * where backups go (a USB stick, a synced folder).
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends StoreCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = {"-o", "--output"}, paramLabel = "FIL", descriptionKey = "cli.backup.option.output")
    Path output;

    @Option(names = "--list", descriptionKey = "cli.backup.option.list")
    boolean list;

    @Option(names = "--folder", paramLabel = "MAPP", descriptionKey = "cli.backup.option.folder")
    Path folder;

    @Override
    int run(Database db) {
        Backups backups = db.backups();
        if (folder != null) {
            backups.moveTo(folder.toString().isBlank() ? null : folder);
            out().println(Localization.get("cli.backup.folder", backups.folder()));
            return 0;
        }
        if (list) {
            out().println(Localization.get("cli.backup.in", backups.folder()));
            for (Backups.Entry e : backups.list()) {
                out().println("  " + WHEN.format(e.made()) + "  " + Localization.get("backup.kind." + e.kind().code())
                        + "  " + e.file().getFileName());
            }
            return 0;
        }
        Path made = db.backUp(output == null ? null : output.toAbsolutePath());
        out().println(Localization.get("cli.backup.made", made));
        return 0;
    }
}
