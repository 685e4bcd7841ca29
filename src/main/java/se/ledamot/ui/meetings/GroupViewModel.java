package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Agenda;
import se.ledamot.service.MeetingService;
import se.ledamot.service.PositionService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The group meeting (gruppmöte) before one meeting: every item with the group's position, speaker, arguments and
 * notes. Only the chosen group's positions are read or written. Reads and writes run in the background in one lane,
 * so a read always sees the writes made before it; a position is shown in its row as soon as it is saved here.
 * Each save is compared with the copy its typing started from (issue 16.5: two members of a group on one server); a
 * field both changed waits for the user's choice in {@link FormConflicts}, per group and item, and a choice put aside
 * ("Välj senare") is kept on disk till it is made, asked again when Partigrupp is first shown after a restart.
 */
public final class GroupViewModel {
    /** A position whose write failed, with the copy its typing started from, to be written again. */
    private record Unsaved(Position base, Position position) {
    }

    /** The name its choices put aside are kept under. */
    static final String FORM = "group.positions";
    private final AppContext context;
    private final TaskExecutor lane;
    /** Positions whose last write failed, kept to be written again by {@link #flush()} and shown meanwhile. */
    private final Map<String, Unsaved> unsaved = new LinkedHashMap<>();
    /** Per position ({@link #key}), the copy its next save is compared with; it moves on to what is sent at once. */
    private final Map<String, Position> bases = new HashMap<>();
    private final FormConflicts<Position> stale = new FormConflicts<>("position",
            (c, base, mine, theirs) -> PositionSaid.readable(c, base, mine, theirs, kindOf(theirs.itemId())));
    private final MeetingService meetings;
    private final PositionService positions;
    private final StringProperty group = new SimpleStringProperty("");
    private final ObservableList<Meeting> upcoming = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GroupRow> shown = new FilteredList<>(rows);
    private final UndecidedFilter undecided = new UndecidedFilter(shown);
    private final BooleanProperty onlyUndecided = new SimpleBooleanProperty();
    /** Why no position is shown, when the chosen group's are kept from this user (another group's, on a server). */
    private final StringProperty hidden = new SimpleStringProperty("");
    private final Debouncer pause;
    /** The form's store waiting for typing to pause, if any. */
    private Runnable pending;

    public GroupViewModel(AppContext context) {
        this.context = context;
        this.pause = context.newDebouncer();
        this.lane = context.tasks().inOrder();
        this.meetings = context.services().meetings();
        this.positions = context.services().positions();
        group.set(context.groupChosen());
        stale.keepIn(new KeptAside<>(context.services().putAside(), FORM, lane,
                k -> positions.find(itemOf(k), groupOf(k)), KeptAside.Typed.asText(Position::withField),
                (k, b, m, s) -> Position.FIELDS));
        onlyUndecided.addListener((o, was, now) -> undecided.set(now));
        meeting.addListener((o, was, now) -> {
            if (now != null) {
                context.groupMeeting().set(String.valueOf(now.id()));
            }
            reload();
        });
        group.addListener((o, was, now) -> {
            remember(now);
            reload();
        });
        // The group the server enrolled the user in, learnt after the screen was made, fills an empty field.
        context.partyGroup().addListener((o, was, now) -> {
            if ((group.get() == null || group.get().isBlank()) && now != null && !now.isBlank()) {
                group.set(now);
            }
        });
        // A sync pulled positions or settled a conflict in this database: they are read again (reload stores the
        // typing first, so a field the sync changed too opens the conflict view).
        context.mattersRevision().addListener((o, was, now) -> reload());
    }

    /** Planned meetings from today on; the one chosen last time here (over a restart too), else the first. */
    public void loadMeetings() {
        LocalDate today = context.today();
        BackgroundTask.of(p -> meetings.upcoming(today))
                .title(Localization.get("meeting.ui.loading"))
                .onSuccess(list -> {
                    String kept = context.groupMeeting().get();
                    Meeting keep = meeting.get() != null ? meeting.get() : list.stream()
                            .filter(m -> String.valueOf(m.id()).equals(kept)).findFirst().orElse(null);
                    upcoming.setAll(list);
                    meeting.set(keep != null && list.contains(keep) ? keep : list.isEmpty() ? null : list.getFirst());
                })
                .executeWith(context.tasks());
    }

    /** The group is chosen again on the next start; a field emptied chooses the user's party again. */
    private void remember(String typed) {
        try {
            context.partyGroup().set(typed == null || typed.isBlank() ? "" : Position.groupCode(typed));
        } catch (DomainException tooLong) {
            // Not a group's code: reload() says so, and the group remembered stays.
        }
    }

    /**
     * Reads the rows again. Typing that waits for its pause is stored first, from the copy it started from, while the
     * rows are still those it was typed in: another group chosen at once took S's typing into V's position.
     */
    public void reload() {
        storeTyping();
        Meeting m = meeting.get();
        String g = group.get();
        hidden.set("");
        if (m == null || g == null || g.isBlank()) {
            rows.clear();
            return;
        }
        String code;
        try {
            code = Position.groupCode(g);
        } catch (DomainException e) {
            // A code that is no group's (too long): show no positions at all rather than the last group's.
            rows.clear();
            context.dialogs().notify(Localization.message(e));
            return;
        }
        LocalDate today = context.today();
        BackgroundTask.of(p -> load(m, code, today))
                .title(Localization.get("meeting.ui.loading"))
                .onSuccess(read -> {
                    boolean kept = !read.isEmpty() && !read.getFirst().visible();
                    hidden.set(kept ? Localization.get("meeting.ui.group.hidden", code) : "");
                    read.forEach(r -> bases.put(key(r.position()), stale.copyOf(key(r.position()), r.position())));
                    rows.setAll(read.stream().map(r -> withUnsaved(withWaiting(r))).toList());
                })
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(lane);
    }

    private List<GroupRow> load(Meeting m, String g, LocalDate today) {
        Agenda agenda = meetings.agendaOf(m.id());
        return GroupRow.of(AgendaRow.of(context.services().papers().noticeAgenda(agenda), today),
                positions.ofMeeting(m.id(), g), g, positions.visible(g));
    }

    /** A row as read, with this side's value in a field whose choice waits, so nothing typed leaves the screen. */
    private GroupRow withWaiting(GroupRow read) {
        Position shown = stale.keepAsked(key(read.position()), read.position());
        return shown.equals(read.position()) ? read : new GroupRow(read.agenda(), shown, read.visible());
    }

    /** A row as read, or with the position typed for it when that is not stored yet. */
    private GroupRow withUnsaved(GroupRow read) {
        Unsaved typed = unsaved.get(key(read.position()));
        return typed == null ? read : new GroupRow(read.agenda(), typed.position());
    }

    /**
     * The position with the form's values, or empty (after saying why) when one does not fit, such as a speaker's
     * name longer than it may be. The form keeps what was typed.
     */
    public Optional<Position> edited(Position position, UnaryOperator<Position> change) {
        try {
            return Optional.of(change.apply(position));
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return Optional.empty();
        }
    }

    /**
     * Shows a changed position of the group in its row at once and stores it in the background, after every write
     * before it, compared with the copy its typing started from (issue 16.5): a field another member saved meanwhile
     * comes into the row, and one both changed opens the conflict view. A write that fails is said, and the position
     * is kept (and shown) to be written again by {@link #flush()}. False when the last write of this position failed.
     */
    public boolean save(Position changed) {
        String key = key(changed);
        Position shown = show(changed).orElse(changed);
        Position base = bases.getOrDefault(key, shown);
        // The copy moves on at once, so a second save sent before the first comes back does not meet its own change.
        bases.put(key, stale.copyOf(key, changed));
        store(key, base, changed);
        return !unsaved.containsKey(key);
    }

    /** After Spara's writes: says the position is stored, unless its write failed or a conflict waits (said so). */
    public void sayStored(GroupRow row) {
        BackgroundTask.of(p -> key(row.position())).onSuccess(k -> {
            if (!unsaved.containsKey(k) && !stale.waits(k)) {
                context.dialogs().notifySaved(Localization.get("meeting.ui.group.saved",
                        String.valueOf(row.agenda().number()), row.agenda().heading()));
            }
        }).executeWith(lane);
    }

    /** Puts the position into its row; the position the row showed before, if the item is shown. */
    private Optional<Position> show(Position p) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).agenda().item().id() == p.itemId()) {
                Position was = rows.get(i).position();
                rows.set(i, new GroupRow(rows.get(i).agenda(), p));
                return Optional.of(was);
            }
        }
        return Optional.empty();
    }

    private Optional<GroupRow> row(long itemId) {
        return rows.stream().filter(r -> r.agenda().item().id() == itemId).findFirst();
    }

    private void store(String key, Position base, Position position) {
        String title = row(position.itemId()).map(r -> r.agenda().heading()).orElse("");
        BackgroundTask.of(p -> positions.save(position.group(), base, position))
                // The lane keeps the order: whatever failed for this item before was older than what is stored now.
                .onSuccess(merge -> {
                    unsaved.remove(key);
                    if (merge.conflicts().isEmpty()) {
                        stale.saved(key);
                    } else {
                        stale.met(key, base, position, merge, title);
                    }
                    // A field in conflict keeps the value both sides started from in the copy until she chooses.
                    bases.put(key, stale.copyOf(key, merge.nextBase(base)));
                    Position shown = stale.keepAsked(key, merge.merged());
                    if (!shown.equals(position) && position.group().equals(currentGroup())) {
                        show(shown);
                    }
                })
                .onFailure(e -> {
                    unsaved.put(key, new Unsaved(base, position));
                    context.dialogs().notify(Errors.describe(e));
                })
                .executeWith(lane);
    }

    /** The form changed: {@code store} runs once typing pauses (or after a while of typing on), as everywhere. */
    public void typed(Runnable store) {
        pending = store;
        pause.schedule(this::storeTyping);
    }

    /** Runs the form's store now if typing waits for it. */
    private void storeTyping() {
        Runnable store = pending;
        pending = null;
        pause.cancel();
        if (store != null) {
            store.run();
        }
    }

    /** Writes again every position whose write failed; false while one is not stored or a choice waits to be made. */
    public boolean flush() {
        Map.copyOf(unsaved).forEach((key, u) -> store(key, u.base(), u.position()));
        return stale.ask() && unsaved.isEmpty();
    }

    /**
     * The choices put aside before (in a window since closed, or before a crash), met with the positions as stored
     * now and asked again, once; a position only she changed is stored. The rows are read again after.
     */
    public void askKept() {
        // Read again after what was met (in the lane): a row shows her text, waiting or stored.
        stale.askKept((base, mine) -> positions.save(mine.group(), base, mine), "meeting.ui.group.keptAside", () -> {
            reload();
            return false;
        }, line -> context.dialogs().notify(line));
    }

    /** The positions whose choice was put aside, each kept on disk once written there. */
    public List<Screen.Aside> waitingAside() {
        return stale.waitingAside();
    }

    /** Where a save that met another member's change of the same field is shown (the conflict view). */
    public void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    /**
     * The user chose in the conflict view: the choice is shown in the row and, once every field of the position is
     * chosen, stored; a position not shown (another group or meeting chosen since) is stored from the values kept.
     */
    public void choose(Conflict c, Resolution choice, String text, Runnable after) {
        String key = c.key();
        if (stale.waits(key)) {
            Optional<GroupRow> row = groupOf(key).equals(currentGroup()) ? row(itemOf(key)) : Optional.empty();
            Position values = row.map(GroupRow::position).orElseGet(() -> stale.kept(key));
            Position picked = choice != Resolution.MERGED ? stale.choose(c, choice, values)
                    : stale.choose(c, Resolution.MINE, values.withField(c.field(), text));
            row.ifPresent(r -> show(picked));
            FormConflicts.Settled<Position> next = stale.settled(key, row.isPresent() ? bases.get(key) : null);
            if (next != null && row.isPresent()) {
                bases.put(key, picked);
                store(key, next.copy(), picked);
            } else if (next != null) {
                stale.storeAside(key, next, c.title(), (base, mine) -> positions.save(mine.group(), base, mine), lane,
                        () -> { }, e -> context.dialogs().notify(Errors.describe(e)));
            }
        }
        after.run();
    }

    private String currentGroup() {
        String g = group.get();
        return g == null || g.isBlank() ? "" : Position.groupCode(g);
    }

    /** A group's position on an item, as its choices are keyed: "V/12". */
    private static String key(Position p) {
        return p.group() + "/" + p.itemId();
    }

    private MatterKind kindOf(long itemId) {
        return row(itemId).map(GroupRow::kind).orElse(null);
    }

    private static String groupOf(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    private static long itemOf(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
    }

    public boolean setStance(GroupRow row, Stance stance) {
        return save(row.position().withStance(stance));
    }

    public boolean markReviewed(GroupRow row, boolean reviewed) {
        return save(row.position().withReviewed(reviewed));
    }

    public StringProperty groupProperty() {
        return group;
    }

    public ObservableList<Meeting> upcoming() {
        return upcoming;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    /** The rows as the filter shows them. */
    public ObservableList<GroupRow> rows() {
        return shown;
    }

    /**
     * Empty, or why the rows show no positions: they are another group's, which the shared server keeps from this
     * user. Nothing can be saved for that group then.
     */
    public javafx.beans.property.ReadOnlyStringProperty hiddenProperty() {
        return hidden;
    }

    public BooleanProperty onlyUndecidedProperty() {
        return onlyUndecided;
    }

    /** The item open in the form: under Bara ej bestämda it stays listed, decided, until another is opened. */
    public void opened(long itemId) {
        undecided.opened(itemId);
    }
}
