package se.ledamot.store;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Told at the end of a turn of a program that writes when the turn changed matters' own rows, meetings and nothing
 * else a matter's entry shows (an agenda or a group's position, not a setting or a body): the command line's kept
 * answers then change those matters' entries — after a meeting changed, every matter's whose deadlines follow the
 * meetings — instead of being made again from every matter (issue 15).
 */
@FunctionalInterface
public interface TurnFollower {
    /** Follows nothing. */
    TurnFollower NONE = (reads, before, matters, meetings) -> Optional.empty();

    /**
     * Before the file is closed, what it may read of its database on {@code reads}: the turn, which began on the
     * content {@code before} ({@link DatabaseStamp#ofContent}), changed these matters' rows (none: only rows that
     * show nowhere else, such as a matter's history) and, when {@code meetings}, meetings, which may move the deadlines
     * of the interpellations and questions awaiting their answer. Returns what to do, still in the turn, with the
     * closed file's stamp.
     */
    Optional<Consumer<String>> matterRowsChanged(TurnReads reads, String before, Set<Long> matters, boolean meetings);
}
