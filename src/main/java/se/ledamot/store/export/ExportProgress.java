package se.ledamot.store.export;

/** What an export or the reading of one tells while it runs, and whether whoever waits for it wants it to stop. */
public interface ExportProgress {
    /** {@code done} of {@code total} things so far; {@code kind} is the kind being written or read now. */
    void at(String kind, long done, long total);

    /** A safe point: true once the user asked to stop; nothing is then left half done. */
    boolean isCancelled();

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void at(String kind, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
