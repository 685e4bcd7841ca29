package se.ledamot.service;

/** How far a rebuild of the search index has come: matters indexed, of all (told after each chunk). */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, all) -> { };

    void indexed(int done, int all);
}
