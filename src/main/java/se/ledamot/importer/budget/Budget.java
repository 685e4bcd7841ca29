package se.ledamot.importer.budget;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * What reading one file may cost: time, memory and counted work. The importer binds a budget to the thread that reads
 * a file; the readers and the parser charge it as they go ({@link #charge}, {@link #counted}), and the first charge
 * past a limit, or after the user cancelled, throws a {@link BudgetExceededException} that stops the file and nothing
 * else. Work is counted, not timed: every character a parser's regular expression looks at is one unit, so a test can
 * tell linear from quadratic without a clock. Code that runs with no budget bound (a test of one extractor, the
 * samples) is charged nothing.
 */
public final class Budget {
    private static final ScopedValue<Budget> CURRENT = ScopedValue.newInstance();
    /** Clock, memory and cancellation are looked at once per this many units, so counting stays cheap. */
    private static final int CHECK_EVERY = 1 << 14;

    private final Limits limits;
    private final BooleanSupplier cancelled;
    private final long start = System.nanoTime();
    private final long allocatedAtStart = Allocation.ofThisThread();
    /** Time added for work that runs outside this thread's counting (OCR in another process); read by the guard. */
    private volatile long extraNanos;
    private long work;
    private long workLimit = Long.MAX_VALUE;
    private long untilCheck = CHECK_EVERY;

    public Budget(Limits limits, BooleanSupplier cancelled) {
        this.limits = Objects.requireNonNull(limits);
        this.cancelled = Objects.requireNonNull(cancelled);
    }

    /** Runs the work with this budget charged by everything it does on this thread. */
    public <T> T run(Callable<T> work) throws Exception {
        return ScopedValue.where(CURRENT, this).call(work::call);
    }

    /** Charges the budget of this thread, if any, for {@code units} of work (a character looked at, an element read). */
    public static void charge(long units) {
        if (CURRENT.isBound()) {
            CURRENT.get().spend(units);
        }
    }

    /**
     * The text as regular expressions should see it: each character they look at is charged to this thread's budget.
     * Without a budget, the text itself.
     */
    public static CharSequence counted(CharSequence text) {
        return CURRENT.isBound() ? new CountedText(text, CURRENT.get()) : text;
    }

    /**
     * Caps the work of what follows — the parse of a text of {@code chars} characters — at what the limits allow such a
     * text; the clock and the memory keep counting from the start of the file.
     */
    public static void allowParse(int chars) {
        if (CURRENT.isBound()) {
            Budget b = CURRENT.get();
            b.workLimit = b.work + b.limits.parseWork(chars);
        }
    }

    /**
     * Gives this thread's file more time, for a step whose time is bounded on its own (an OCR process with a time
     * limit): a scanned file gets the time of each page it reads, not half a minute in all.
     */
    public static void allowMoreTime(Duration more) {
        if (CURRENT.isBound()) {
            Budget b = CURRENT.get();
            b.extraNanos += more.toNanos();
        }
    }

    /** When this file's time runs out, on {@link System#nanoTime()}'s clock; later once more time was allowed. */
    public long deadlineNanos() {
        return start + limits.time().toNanos() + extraNanos;
    }

    /** Units of work charged so far to this thread's budget; 0 without one. */
    public static long workSoFar() {
        return CURRENT.isBound() ? CURRENT.get().work : 0;
    }

    /** Looks at the clock, the memory and the cancel button now, as a long step without counted work begins. */
    public static void checkpoint() {
        if (CURRENT.isBound()) {
            CURRENT.get().check();
        }
    }

    public Limits limits() {
        return limits;
    }

    /** Units charged so far. */
    public long work() {
        return work;
    }

    void spend(long units) {
        work += units;
        if (work > workLimit) {
            throw new BudgetExceededException(BudgetExceededException.Reason.WORK, limits);
        }
        untilCheck -= units;
        if (untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            check();
        }
    }

    private void check() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new BudgetExceededException(BudgetExceededException.Reason.CANCELLED, limits);
        }
        if (System.nanoTime() - deadlineNanos() > 0) {
            throw new BudgetExceededException(BudgetExceededException.Reason.TIME, limits);
        }
        long allocated = Allocation.ofThisThread();
        if (allocated >= 0 && allocated - allocatedAtStart > limits.memoryBytes()) {
            throw new BudgetExceededException(BudgetExceededException.Reason.MEMORY, limits);
        }
    }
}
