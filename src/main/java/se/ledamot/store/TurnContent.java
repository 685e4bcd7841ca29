package se.ledamot.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a turn of a program that opens the database to write changed what the file holds: anything but a query
 * sent through its connections ({@link WriteWatch}), or work on the closed file that left it otherwise than it found
 * it. A turn that changed nothing leaves a {@link SameContent} note. H2's own count of writes to its file cannot
 * tell: it frees the space of old versions when it likes, during a read. Used by {@link SharedFolder}.
 */
final class TurnContent {
    private final Path folder;
    /** What the file held when the turn was taken; empty: not known (a protected file), or not a writer's turn. */
    private Optional<String> before = Optional.empty();
    private volatile boolean changed;

    TurnContent(Path folder) {
        this.folder = folder;
    }

    /** The turn was taken by a program that may write. */
    void taken() {
        before = DatabaseStamp.ofContent(folder);
        changed = false;
    }

    /** Something but a query was sent to the database ({@link WriteWatch}), on any thread. */
    void wrote() {
        changed = true;
    }

    /** The stamp of the closed file before work on it ({@link SharedFolder#alone}); empty when not watched. */
    Optional<String> beforeFileWork() {
        return before.isPresent() && !changed ? DatabaseStamp.settled(folder) : Optional.empty();
    }

    /** Work on the closed file is done: it changed what the file holds unless the file is as it was. */
    void afterFileWork(Optional<String> was) {
        if (before.isPresent() && (was.isEmpty() || !was.equals(DatabaseStamp.of(folder)))) {
            changed = true;
        }
    }

    /** The file was closed and the turn is about to be given back: noted when nothing in it changed. */
    void ended() {
        if (before.isPresent() && !changed) {
            DatabaseStamp.settled(folder).ifPresent(after -> SameContent.note(folder, before.get(), after));
        }
        before = Optional.empty();
    }
}
