package se.ledamot.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BackupEntry;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.Ledamot;

/**
 * Backs the data folder up now (into the backup folder, or to a file of one's choice), lists the backups, or moves
 * where backups go (a USB stick, a synced folder).
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends DataCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = {"-o", "--output"}, paramLabel = "FIL", descriptionKey = "cli.backup.option.output")
    Path output;

    @Option(names = "--list", descriptionKey = "cli.backup.option.list")
    boolean list;

    @Option(names = "--folder", paramLabel = "MAPP", descriptionKey = "cli.backup.option.folder")
    Path folder;

    @Override
    int run(Ledamot app) {
        DataFolderService folders = app.dataFolder().orElseThrow();
        if (folder != null) {
            folders.moveBackupsTo(folder.toString().isBlank() ? null : folder.toAbsolutePath());
            out().println(Localization.get("cli.backup.folder", folders.backupFolder()));
            return 0;
        }
        if (list) {
            out().println(Localization.get("cli.backup.in", folders.backupFolder()));
            for (BackupEntry e : folders.backups()) {
                out().println("  " + WHEN.format(e.made()) + "  " + Localization.get("backup.kind." + e.kind())
                        + "  " + e.file().getFileName());
            }
            return 0;
        }
        if (output != null) {
            out().println(Localization.get("cli.backup.made", folders.backUpTo(output.toAbsolutePath())));
            return 0;
        }
        Path made = folders.backUpNow();
        out().println(Localization.get("cli.backup.made", made));
        folders.detour(made).ifPresent(out()::println);
        return 0;
    }
}
