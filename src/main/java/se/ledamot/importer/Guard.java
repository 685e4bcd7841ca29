package se.ledamot.importer;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import se.ledamot.domain.DomainException;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.budget.BudgetExceededException;
import se.ledamot.importer.budget.Limits;
import se.ledamot.importer.read.UnreadableFileException;

/**
 * Reads and parses one file on a thread of its own, within the file's {@link Budget}. The readers and the parser stop
 * themselves when the budget runs out; should one not (a library busy where it charges nothing), the file is refused
 * anyway once its time and a few seconds more have passed, and its thread, a daemon, is left to finish alone. Either
 * way the next file is read.
 */
final class Guard {
    /** How long past its time a file that does not stop by itself is waited for. */
    static final long GRACE_MS = 5_000;

    /** The user cancelled while a file was being read: the import stops, and that file is not counted. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    private final Limits limits;
    private final long graceMs;

    Guard(Limits limits) {
        this(limits, GRACE_MS);
    }

    Guard(Limits limits, long graceMs) {
        this.limits = limits;
        this.graceMs = graceMs;
    }

    ImportItem run(String shown, BooleanSupplier cancelled, Callable<ImportItem> work) {
        return run(shown, cancelled, work, item -> item);
    }

    /**
     * Runs the work that reads one file into what {@code T} is (one item, or the items of a file split in parts);
     * a file refused becomes {@code refused} of its item.
     */
    <T> T run(String shown, BooleanSupplier cancelled, Callable<T> work, Function<ImportItem, T> refusedAs) {
        Budget budget = new Budget(limits, cancelled);
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().name("ledamot-import").unstarted(() -> {
            try {
                result.complete(budget.run(work));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        reader.start();
        try {
            while (true) {
                // The budget's deadline moves when the reader is allowed more time (a scanned page read by OCR).
                long wait = budget.deadlineNanos() - System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMs);
                try {
                    return result.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (budget.deadlineNanos() - System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMs) <= 0) {
                        reader.interrupt();
                        return refusedAs.apply(refused(shown, BudgetExceededException.Reason.TIME, e));
                    }
                }
            }
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            return refusedAs.apply(failure(shown, e.getCause()));
        }
    }

    private ImportItem failure(String shown, Throwable cause) {
        return switch (cause) {
            case BudgetExceededException b when b.reason() == BudgetExceededException.Reason.CANCELLED ->
                    throw new Cancelled();
            case BudgetExceededException b -> refused(shown, b.reason(), b);
            case DomainException d -> ImportItem.failed(shown, d);
            case OutOfMemoryError m -> refused(shown, BudgetExceededException.Reason.MEMORY, m);
            case StackOverflowError s -> refused(shown, BudgetExceededException.Reason.WORK, s);
            default -> ImportItem.failed(shown, new UnreadableFileException("importer.file.failed", cause, name(shown)));
        };
    }

    private ImportItem refused(String shown, BudgetExceededException.Reason reason, Throwable cause) {
        String name = name(shown);
        UnreadableFileException e = switch (reason) {
            case TIME -> new UnreadableFileException("importer.file.tooSlow", cause, name, limits.time().toSeconds());
            case MEMORY -> new UnreadableFileException("importer.file.tooHeavy", cause, name,
                    limits.memoryBytes() >> 20);
            default -> new UnreadableFileException("importer.file.tooComplex", cause, name);
        };
        return ImportItem.failed(shown, e);
    }

    private static String name(String shown) {
        int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        return shown.substring(slash + 1);
    }
}
