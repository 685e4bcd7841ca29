package se.ledamot.domain;

/**
 * What an export or the reading of one tells while it runs, and whether whoever waits for it wants it to stop. One
 * interface for the store that does the work, the service that offers it and the window that shows it.
 */
@FunctionalInterface
public interface ExportProgress {
    /** Nothing to tell and never stopped (the command line). */
    ExportProgress NONE = () -> false;

    /**
     * {@code done} of {@code total} things so far; {@code kind} is the code of the kind at hand ("matter"). Nobody is
     * told unless this is overridden.
     */
    default void at(String kind, long done, long total) {
    }

    /** A safe point: true once the user asked to stop; nothing is then left half done. */
    boolean isCancelled();
}
