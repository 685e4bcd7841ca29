package se.ledamot.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.FolderLock;
import se.ledamot.service.Ledamot;

/**
 * Protects the data folder with a password, changes it, or removes it. The current password is asked for as for any
 * command; the new one from {@value CliPasswords#NEW_VARIABLE} or typed twice in the terminal.
 */
@Command(name = "password", mixinStandardHelpOptions = true)
final class PasswordCommand extends DataCommand {
    /** Long enough that guessing it takes years at the key stretching's pace. */
    static final int MIN_LENGTH = 8;

    @Option(names = "--remove", descriptionKey = "cli.password.option.remove")
    boolean remove;

    @Override
    int run(Ledamot app) throws Exception {
        DataFolderService db = app.dataFolder().orElseThrow();
        Optional<FolderLock> noWindow = FolderLock.tryAcquire(app.folder());
        if (noWindow.isEmpty()) {
            throw new DomainException("cli.password.windowOpen", app.folder());
        }
        try (FolderLock held = noWindow.get()) {
            boolean was = db.isProtected();
            char[] password = null;
            if (!remove) {
                password = CliPasswords.fromSystem().newPassword();
                if (password == null) {
                    throw new DomainException("cli.password.noNew", CliPasswords.NEW_VARIABLE);
                }
                if (password.length < MIN_LENGTH) {
                    throw new DomainException("cli.password.tooShort", MIN_LENGTH);
                }
            } else if (!was) {
                out().println(Localization.get("cli.password.noneToRemove"));
                return 0;
            }
            int kept = db.protect(password);
            out().println(Localization.get(remove ? "cli.password.removed" : was ? "cli.password.changed"
                    : "cli.password.set"));
            if (kept > 0) {
                out().println(Localization.get("cli.password.backupsKept", kept, db.backupFolder()));
            }
        }
        return 0;
    }
}
