package se.ledamot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import se.ledamot.l10n.Localization;
import se.ledamot.store.Database;
import se.ledamot.store.OpenOptions;

/** Opens the data folder for a command: the password asked for as the command line does, a long wait said on stderr. */
final class Folders {
    private Folders() {
    }

    static OpenOptions options(Path folder, PrintWriter err) {
        return OpenOptions.defaults().withPasswords(CliPasswords.fromSystem())
                .withLongWait(() -> err.println(Localization.get("store.waiting", folder)));
    }

    /** The database, with what the opening has to tell (an upgrade, a failed backup) said on stderr. */
    static Database open(Path folder, PrintWriter err) {
        Database db = Database.open(folder, options(folder, err));
        db.notices().forEach(err::println);
        return db;
    }
}
