package se.ledamot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BackupContents;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.FolderLock;
import se.ledamot.service.Ledamot;
import se.ledamot.service.RestoreResult;

/**
 * Shows what a backup holds and puts it in place of the folder's database, the current state backed up first. Works
 * on a folder whose database no longer opens (that is what it is for), but not under an open window.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "cli.restore.param.file")
    Path backup;

    @Option(names = "--preview", descriptionKey = "cli.restore.option.preview")
    boolean previewOnly;

    @Override
    public Integer call() throws Exception {
        LedamotCommand root = (LedamotCommand) spec.root().userObject();
        Path folder = root.dataFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (previewOnly) {
            describe(DataFolderService.contents(backup, CliPasswords.fromSystem()), out);
            return 0;
        }
        Optional<FolderLock> noWindow = FolderLock.tryAcquire(folder);
        if (noWindow.isEmpty()) {
            throw new DomainException("cli.restore.windowOpen", folder);
        }
        try (FolderLock held = noWindow.get()) {
            RestoreResult result = Ledamot.restoreInto(folder, backup, Folders.access(folder, err));
            describe(result.restored(), out);
            result.notices().forEach(err::println);
            out.println(result.savedFirst() == null ? Localization.get("cli.restore.doneNothingBefore")
                    : Localization.get("cli.restore.done", result.savedFirst()));
        }
        return 0;
    }

    static void describe(BackupContents p, PrintWriter out) {
        out.println(Localization.get("cli.restore.made", p.made(),
                p.kind() == null ? "" : " (" + Localization.get("backup.kind." + p.kind()) + ")"));
        out.println(Localization.get(p.isProtected() ? "cli.restore.protected" : "cli.restore.notProtected"));
        out.println(Localization.get("cli.restore.matters", p.matters(), p.trashed()));
        if (p.newestTitle() != null) {
            out.println(Localization.get("cli.restore.newest", p.newestTitle(), p.newestAdded()));
        }
        out.println(Localization.get("cli.restore.rest", p.meetings(), p.positions(), p.answerVersions(),
                p.attachments()));
    }
}
