package se.ledamot.store;

import java.nio.file.Path;

/**
 * The password of the data folder was changed (the database has the new protection), but some backups could not be
 * rewritten with it: they still open with the password they had. Not a failed change, so it is said apart from one.
 */
public final class BackupsNotRekeyedException extends StoreException {
    public BackupsNotRekeyedException(int count, Path backupFolder, Throwable cause) {
        super("store.password.backupsNotRekeyed", cause, count, backupFolder);
    }
}
