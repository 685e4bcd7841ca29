package se.ledamot.importer.budget;

/** A file went past its budget, or its reading was cancelled: the file is refused and the next one read. */
public final class BudgetExceededException extends RuntimeException {
    /** Which limit was reached. */
    public enum Reason { TIME, MEMORY, WORK, CANCELLED }

    private final Reason reason;
    private final transient Limits limits;

    public BudgetExceededException(Reason reason, Limits limits) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT) + " budget exceeded", null, false, false);
        this.reason = reason;
        this.limits = limits;
    }

    public Reason reason() {
        return reason;
    }

    public Limits limits() {
        return limits;
    }
}
