package se.ledamot.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

/**
 * Every database error said in words: H2's English texts ("IO Exception … [90028]") never reach a user. Installed on
 * every query as a jOOQ listener, which also notes which connections wrote, so they are forced to disk when given back.
 */
final class SqlErrors implements ExecuteListener {
    private static final ThreadLocal<Boolean> WROTE = ThreadLocal.withInitial(() -> false);

    private final transient Path folder;

    SqlErrors(Path folder) {
        this.folder = folder;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            WROTE.set(true);
        }
    }

    @Override
    public void exception(ExecuteContext ctx) {
        if (ctx.sqlException() != null) {
            ctx.exception(translate(ctx.sqlException(), folder));
        }
    }

    /** Whether this thread wrote since last asked; asking clears it. */
    static boolean wroteAndClear() {
        boolean wrote = WROTE.get();
        WROTE.set(false);
        return wrote;
    }

    static StoreException translate(SQLException e, Path folder) {
        int code = e.getErrorCode();
        String key = diskFull(e) ? "store.diskFull" : switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> "store.locked";
            case ErrorCode.FILE_VERSION_ERROR_1 -> "store.newerFile";
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1,
                    ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
                    -> "store.corrupt";
            case ErrorCode.FILE_ENCRYPTION_ERROR_1 -> "store.password.wrong";
            case ErrorCode.DATABASE_IS_READ_ONLY -> "store.readOnly";
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1 -> "store.busy";
            case ErrorCode.VALUE_TOO_LONG_2 -> "store.tooLong";
            case ErrorCode.DUPLICATE_KEY_1, ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1,
                    ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1, ErrorCode.NULL_NOT_ALLOWED,
                    ErrorCode.CHECK_CONSTRAINT_VIOLATED_1 -> "store.conflict";
            default -> "store.failed";
        };
        return new StoreException(key, e, folder, Backups.folderOf(folder), code);
    }

    /** H2 reports a full disk as any other input/output error; the system's own words tell it apart. */
    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left") || m.contains("not enough space") || m.contains("Disk quota")) {
                return true;
            }
        }
        return false;
    }
}
