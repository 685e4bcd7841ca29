package se.ledamot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import se.ledamot.l10n.Localization;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;

/** Opens the data folder for a command: the password asked for as the command line does, a long wait said on stderr. */
final class Folders {
    private Folders() {
    }

    static FolderAccess access(Path folder, PrintWriter err) {
        return new FolderAccess(CliPasswords.fromSystem(), () -> err.println(Localization.get("store.waiting", folder)));
    }

    /**
     * The application on the folder, with what the opening has to tell (an upgrade, a failed backup) on stderr; for a
     * command that only reads, on the file opened read-only.
     */
    static Ledamot open(Path folder, PrintWriter err, boolean onlyReads) {
        FolderAccess access = access(folder, err);
        Ledamot app = Ledamot.open(folder, onlyReads ? access.readingOnly() : access);
        app.notices().forEach(err::println);
        return app;
    }
}
