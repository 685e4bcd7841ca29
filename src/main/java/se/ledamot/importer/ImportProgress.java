package se.ledamot.importer;

/** Told after each file of a long import, so a window can move a progress bar (called on the working thread). */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, file) -> { };

    void update(int done, int total, String file);
}
