package se.ledamot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Whether a turn of a program that opens the database to write changed what the file holds: anything but a query
 * sent through its connections ({@link WriteWatch}), or work on the closed file that left it otherwise than it found
 * it. A turn that changed nothing leaves a {@link SameContent} note. H2's own count of writes to its file cannot
 * tell: it frees the space of old versions when it likes, during a read. A turn that changed only matters' own rows,
 * meetings and rows no kept answer shows tells its {@link TurnFollower} which matters ({@link MatterTouches}). Used
 * by {@link SharedFolder}.
 */
final class TurnContent {
    /**
     * Tables whose rows show only in their matter's entry, or in no answer a follower carries: a meeting's agenda and
     * its changes, the groups' positions, the debate and the minutes, the papers' settings, a body's seats and standard
     * items, the users and groups, the sync's own records. Not the rules deadlines follow (BODY, SUBMISSION_RULE,
     * COUNCIL_SETTING) nor a table added later: those are changes to anything else.
     */
    private static final Set<String> UNSEEN_OR_MATTERS_OWN = Set.of("MATTER", "MATTER_AUTHOR", "MATTER_PROPOSAL",
            "MATTER_QUESTION", "MATTER_TAG", "MATTER_CHANGE", "MATTER_ATTACHMENT", "ANSWER_DRAFT", "ANSWER_VERSION",
            "ANSWER_QUESTION_MARK", "AGENDA_ITEM", "AGENDA_MOTION", "AGENDA_CHANGE", "GROUP_POSITION",
            "DEBATE_DECISION", "DEBATE_SPEAKER", "ITEM_BALLOT", "ITEM_MOTION", "ITEM_NOTE",
            "ITEM_RECORD", "ITEM_RESERVATION", "MINUTES", "MINUTES_ATTENDEE", "MEETING_FILE", "PUT_ASIDE",
            "PAPER_SETTINGS", "BODY_PAPERS", "BODY_SEAT", "BODY_STANDARD_ITEM", "APP_USER", "PARTY_GROUP",
            "SYNC_STATE", "SYNC_CHANGE", "SYNC_CONFLICT", "SYNC_REPLICA");
    /**
     * Tables whose rows move matters' deadlines and nothing else a kept answer shows: the meetings (an interpellation
     * or question is answered at a meeting, KL 5 kap. 59–63 §§).
     */
    private static final Set<String> CALENDAR = Set.of("MEETING");

    private final Path folder;
    /** What the file held when the turn was taken; empty: not known (a protected file), or not a writer's turn. */
    private Optional<String> before = Optional.empty();
    private volatile boolean changed;
    /** Whether something else changed: a rule deadlines follow, a setting, the schema, the file put back. */
    private volatile boolean changedMore;
    /** Whether meetings changed, and with them the deadlines of the matters awaiting an answer may have. */
    private volatile boolean calendarChanged;
    private volatile TurnFollower follower = TurnFollower.NONE;
    private volatile Clock clock;
    /** What the follower does with the closed file's stamp ({@link #beforeClose}). */
    private Optional<Consumer<String>> then = Optional.empty();

    TurnContent(Path folder) {
        this.folder = folder;
    }

    void follow(TurnFollower f, Clock c) {
        follower = f;
        clock = c;
    }

    /** The turn was taken by a program that may write. */
    void taken() {
        before = DatabaseStamp.ofContent(folder);
        changed = false;
        changedMore = false;
        calendarChanged = false;
        MatterTouches.start(folder);
    }

    /** Something but a query was sent to the database ({@link WriteWatch}), on any thread. */
    void wrote(String sql) {
        changed = true;
        if (WriteWatch.isCheckpoint(sql)) {
            return;
        }
        Optional<String> table = WriteWatch.rowsOf(sql);
        if (table.filter(CALENDAR::contains).isPresent()) {
            calendarChanged = true;
        } else if (table.filter(UNSEEN_OR_MATTERS_OWN::contains).isEmpty()) {
            changedMore = true;
        }
    }

    /** The stamp of the closed file before work on it ({@link SharedFolder#alone}); empty when not watched. */
    Optional<String> beforeFileWork() {
        return before.isPresent() && !changed ? DatabaseStamp.settled(folder) : Optional.empty();
    }

    /** Work on the closed file is done: it changed what the file holds unless the file is as it was. */
    void afterFileWork(Optional<String> was) {
        if (before.isPresent() && (was.isEmpty() || !was.equals(DatabaseStamp.of(folder)))) {
            changed = true;
            changedMore = true;
        }
    }

    /**
     * Before the file is closed, the database open: a turn that changed nothing but matters' own rows, meetings and
     * rows no kept answer shows tells its follower which matters changed and whether meetings did, reading on a
     * connection of its own, and keeps what it is to do with the closed file's stamp ({@link #ended}).
     */
    void beforeClose(ConnectionSource open) {
        Optional<Set<Long>> matters = MatterTouches.taken(folder);
        then = Optional.empty();
        if (before.isEmpty() || !changed || changedMore || matters.isEmpty() || follower == TurnFollower.NONE) {
            return;
        }
        try (Connection c = open.get()) {
            if (c == null) {
                return; // closed for work on the file, and not opened since
            }
            then = follower.matterRowsChanged(new TurnReads(DSL.using(c, SQLDialect.H2), clock), before.get(),
                    matters.get(), calendarChanged);
        } catch (SQLException | RuntimeException e) {
            // Made again as after any change.
        }
    }

    /** A connection to the open database. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /**
     * The file was closed and the turn is about to be given back: noted when nothing in it changed; the follower's
     * work done with the file's stamp when nothing else than it follows did.
     */
    void ended() {
        if (before.isPresent() && !changed) {
            DatabaseStamp.settled(folder).ifPresent(after -> SameContent.note(folder, before.get(), after));
        } else if (then.isPresent()) {
            DatabaseStamp.settled(folder).ifPresent(then.get());
        }
        then = Optional.empty();
        before = Optional.empty();
    }
}
