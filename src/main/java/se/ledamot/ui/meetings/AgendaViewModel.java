package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaSuggestion.Suggestion;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;
import se.ledamot.l10n.SubmissionText;
import se.ledamot.service.Agenda;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * Builds one meeting's agenda: pending matters to drag on, the suggestion of everything due, free-text items,
 * reordering and removing. Every change is stored at once, so nothing waits to be saved.
 */
public final class AgendaViewModel {
    private final AppContext context;
    private final TaskExecutor writes;
    private final MeetingService meetings;
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<AgendaRow> items = FXCollections.observableArrayList();
    private final ObservableList<Matter> pending = FXCollections.observableArrayList();
    private final StringBinding pendingPlaceholder = Bindings.createStringBinding(() -> Localization.get(
            meeting.get() == null ? "meeting.ui.pending.chooseMeeting" : "meeting.ui.pending.none"), meeting);
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty submissionDeadlines = new SimpleStringProperty("");
    private final StringProperty freeText = new SimpleStringProperty("");
    private final AgendaOrder order = new AgendaOrder();
    private final AgendaItemTextsViewModel texts;

    /** The item to choose once its meeting's agenda is shown (another screen asked for it). */
    private final ObjectProperty<Long> chosenItem = new SimpleObjectProperty<>();
    private Long wantedMeeting;
    private Long wantedItem;

    public AgendaViewModel(AppContext context) {
        this.context = context;
        this.writes = context.tasks().inOrder();
        this.meetings = context.services().meetings();
        this.texts = new AgendaItemTextsViewModel(meetings, context.services().putAside(), writes,
                context.newDebouncer(), this::reload);
        meeting.addListener((o, was, now) -> {
            // The same meeting stored or read again keeps its item chosen, which the reload shows again.
            if (was == null || now == null || !java.util.Objects.equals(was.id(), now.id())) {
                texts.show(null);
            }
            justerat = false;
            agreedFor = null;
            suggestions.clear();
            reload();
        });
    }

    private record Loaded(List<AgendaRow> rows, List<Matter> pending, String deadlines, boolean justerat) {
    }

    /** The meeting shown has justerade minutes (read with its agenda); its agenda changed is warned of first. */
    private boolean justerat;
    /** The meeting whose justerat agenda the user has already agreed to change while it is shown. */
    private Long agreedFor;

    public void reload() {
        Meeting m = meeting.get();
        if (m == null) {
            items.clear();
            pending.clear();
            submissionDeadlines.set("");
            return;
        }
        LocalDate today = context.today();
        BackgroundTask.of(p -> load(m, today))
                .title(Localization.get("meeting.ui.loading"))
                .onSuccess(loaded -> {
                    if (m.equals(meeting.get())) {
                        order.read(m.id(), ids(loaded.rows()));
                        items.setAll(loaded.rows());
                        pending.setAll(loaded.pending());
                        submissionDeadlines.set(loaded.deadlines());
                        justerat = loaded.justerat();
                        if (m.id().equals(wantedMeeting)) {
                            chosenItem.set(null);
                            chosenItem.set(wantedItem);
                            wantedMeeting = null;
                        }
                    }
                })
                .executeWith(context.tasks());
    }

    private Loaded load(Meeting m, LocalDate today) {
        Agenda agenda = meetings.agendaOf(m.id());
        return new Loaded(AgendaRow.of(context.services().papers().noticeAgenda(agenda), today), agenda.pending(),
                SubmissionText.of(agenda.calendar(), m), context.services().papers().storedMinutes(m.id()).adjusted() != null);
    }

    /**
     * Whether the agenda of {@code m} may be changed: asked first, once while it is shown, when its minutes are
     * justerade (the signed protokoll keeps the numbering it was justerat with, V30; the agenda would no longer match).
     */
    private boolean mayChange(Meeting m) {
        if (!justerat || m.id().equals(agreedFor)) {
            return true;
        }
        boolean agreed = context.dialogs().confirm(Localization.get("meeting.ui.justerat.title"),
                Localization.get("meeting.ui.justerat.change", m.body(),
                se.ledamot.l10n.Dates.date(m.date())));
        agreedFor = agreed ? m.id() : null;
        return agreed;
    }

    /** Fills the suggestions with everything due at this meeting that is not planned yet. */
    public void suggest() {
        Meeting m = meeting.get();
        if (m == null) {
            return;
        }
        BackgroundTask.of(p -> meetings.suggest(m.id()))
                .title(Localization.get("meeting.ui.suggesting"))
                .onSuccess(found -> {
                    suggestions.setAll(found);
                    if (found.isEmpty()) {
                        context.dialogs().notify(Localization.get("meeting.ui.suggest.none"));
                    }
                })
                .executeWith(context.tasks());
    }

    /** Puts every suggested matter on the agenda, in the suggested order. */
    public void addSuggestions() {
        List<Long> ids = suggestions.stream().map(s -> s.matter().id()).toList();
        addMatters(ids, suggestions::clear);
    }

    /**
     * Appends matters (dragged from the pending list). Nothing is added when one of them cannot be, and the
     * notification says why.
     */
    public void addMatters(List<Long> matterIds) {
        addMatters(matterIds, () -> { });
    }

    private void addMatters(List<Long> matterIds, Runnable added) {
        Meeting m = meeting.get();
        if (m != null && !matterIds.isEmpty() && mayChange(m)) {
            Map<Long, String> titles = new HashMap<>();
            pending.forEach(p -> titles.put(p.id(), p.title()));
            Map<Long, Meeting> elsewhere = new java.util.concurrent.ConcurrentHashMap<>();
            Map<Long, Deadline> late = new java.util.concurrent.ConcurrentHashMap<>();
            change(() -> {
                meetings.addMatters(m.id(), matterIds);
                elsewhere.putAll(meetings.plannedElsewhere(m.id(), matterIds));
                late.putAll(meetings.dueBefore(m.id(), matterIds));
            }, () -> {
                added.run();
                // Said, not refused: the secretary takes it off the other agenda, or means it (walk31); a deadline
                // passed first may be the council's choice too (a remiss answered late by agreement).
                elsewhere.forEach((id, other) -> context.dialogs().notify(Localization.get(
                        "meeting.ui.agenda.alsoPlanned", titles.getOrDefault(id, "#" + id),
                        MeetingText.withPlace(other))));
                matterIds.stream().filter(late::containsKey).forEach(id -> context.dialogs().notify(
                        DeadlineText.passesBefore(titles.getOrDefault(id, "#" + id), late.get(id), m)));
            });
        }
    }

    /** Adds the free text typed as an item at the end; the field is emptied once it is stored. */
    public void addText() {
        Meeting m = meeting.get();
        String text = freeText.get();
        if (m != null && text != null && !text.isBlank() && mayChange(m)) {
            change(() -> meetings.addText(m.id(), text), () -> freeText.set(""));
        }
    }

    /**
     * Moves an item up (-1) or down (+1) past the next item that can move, from where this screen's moves have put it:
     * a second click before the first move is read back moves it on (the row's own number is the one read, and moved
     * it to the same place again). The body's standard items keep their places on the kallelse, so a matter is not
     * moved past one, nor is one moved.
     */
    public void move(AgendaRow row, int delta) {
        Meeting m = meeting.get();
        if (m != null && row != null && !row.fixed()) {
            List<Long> now = order.copy(m.id()).orElse(ids(items));
            List<Long> fixed = items.stream().filter(AgendaRow::fixed).filter(r -> r.item() != null)
                    .map(r -> r.item().id()).toList();
            int target = now.indexOf(row.item().id());
            do {
                target += delta;
            } while (target >= 0 && target < now.size() && fixed.contains(now.get(target)));
            if (now.contains(row.item().id()) && target >= 0 && target < now.size()) {
                moveTo(row, target + 1);
            }
        }
    }

    /**
     * Puts an item at a place (1 = first), as when it is dropped there. Compared with the order stored (issue 16.5):
     * items the other added or took off meanwhile stay so, and a reorder against theirs opens the conflict view.
     */
    public void moveTo(AgendaRow row, int number) {
        Meeting m = meeting.get();
        if (m != null && row.item() != null && !row.fixed() && mayChange(m)) {
            List<Long> from = order.copy(m.id()).orElse(ids(items));
            List<Long> mine = AgendaOrder.moved(from, row.item().id(), number);
            order.start(mine);
            arrange(m, from, mine);
        }
    }

    private void arrange(Meeting m, List<Long> base, List<Long> mine) {
        LocalDate today = context.today();
        List<AgendaRow> shown = List.copyOf(items);
        BackgroundTask.of(p -> {
                    var merge = meetings.arrange(m.id(), base, mine);
                    if (!merge.conflict()) {
                        return new Arranged(merge.merged(), null);
                    }
                    Map<Long, AgendaRow> rows = new HashMap<>();
                    Stream.concat(shown.stream(), load(m, today).rows().stream()).filter(r -> r.item() != null)
                            .forEach(r -> rows.put(r.item().id(), r));
                    return new Arranged(merge.merged(), new AgendaOrder.Met(text(m, mine, rows),
                            text(m, merge.merged(), rows), text(m, base, rows), merge.savedBy()));
                })
                .onSuccess(done -> {
                    order.done(done.stored());
                    if (done.met() != null) {
                        order.met(m.label(), mine, done.stored(), done.met());
                    }
                    context.mattersChanged();
                    reload();
                })
                .onFailure(e -> {
                    order.done(List.of());
                    context.dialogs().notify(Errors.describe(e));
                })
                .executeWith(writes);
    }

    /** An order as the conflict view lists it: each item by the number the kallelse would give it in that order. */
    private String text(Meeting m, List<Long> order, Map<Long, AgendaRow> rows) {
        List<AgendaRow> known = order.stream().map(rows::get).filter(Objects::nonNull).toList();
        return AgendaOrder.text(order, context.services().papers().noticeNumbers(m,
                known.stream().map(AgendaRow::item).toList()), rows);
    }

    /** What a move stored, and the three orders as the conflict view lists them when it met another's reorder. */
    private record Arranged(List<Long> stored, AgendaOrder.Met met) {
    }

    /**
     * The user chose in the conflict view: for the order, the stored one stays or this side's is put over it; for an
     * item's texts, see {@link AgendaItemTextsViewModel}.
     */
    public void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        if ("agenda_item".equals(c.entity())) {
            texts.choose(c, choice, merged, after);
            return;
        }
        AgendaOrder.Waiting w = order.chosen(c);
        Meeting m = meeting.get();
        if (w != null && m != null && m.id() == w.meetingId() && choice == Resolution.MINE) {
            List<Long> mine = AgendaOrder.mineOver(w);
            order.start(mine);
            arrange(m, w.theirs(), mine);
        }
        after.run();
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        order.onConflicts = show;
        texts.setOnConflicts(show);
    }

    /** The heading and proposal of the item chosen, as the secretary corrects them. */
    AgendaItemTextsViewModel texts() {
        return texts;
    }

    /** The items' texts put aside before the window was last closed (or the program stopped): asked again, once. */
    public void askKept() {
        texts.askKept();
    }

    /** The items whose texts wait for a choice put aside, kept on disk till it is made. */
    public List<Screen.Aside> waitingAside() {
        return texts.waitingAside();
    }

    /** Hands what was typed in an item's texts over; false while one is not stored (see the texts' flush). */
    public boolean flush() {
        return texts.flush();
    }

    /** The agenda's stored order: the items of the rows (a standard item not on the agenda has none). */
    private static List<Long> ids(List<AgendaRow> rows) {
        return rows.stream().filter(r -> r.item() != null).map(r -> r.item().id()).toList();
    }

    /** Takes an item off the agenda; a standard item not on it is the kallelse's all the same, and stays. */
    public void remove(AgendaRow row) {
        Meeting m = meeting.get();
        if (row == null || row.item() == null || m != null && !mayChange(m)) {
            return;
        }
        change(() -> meetings.remove(row.item().id()), () -> { });
    }

    /** Writes in the background, after every change before it; then the agenda is read again. */
    private void change(Runnable write, Runnable done) {
        BackgroundTask.of(p -> {
                    write.run();
                    return true;
                })
                .onSuccess(x -> {
                    done.run();
                    context.mattersChanged();
                    reload();
                })
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(writes);
    }

    /** A free-text item being typed, such as "Val av justerare". */
    public StringProperty freeTextProperty() {
        return freeText;
    }

    /** Chooses an item of a meeting's agenda once that agenda is shown ({@code itemId} null: none). */
    public void choose(long meetingId, Long itemId) {
        wantedMeeting = meetingId;
        wantedItem = itemId;
    }

    /** The item another screen asked for, set once its meeting's agenda is shown. */
    public ReadOnlyObjectProperty<Long> chosenItemProperty() {
        return chosenItem;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<AgendaRow> items() {
        return items;
    }

    public ObservableList<Matter> pending() {
        return pending;
    }

    /** What the empty pending list says: which matters it lists depends on the meeting, so one must be chosen. */
    public StringBinding pendingPlaceholder() {
        return pendingPlaceholder;
    }

    /** "Sista tid för inlämning: interpellationer 2026-11-30 08:00; …", or "" when the body has no rules. */
    public ReadOnlyStringProperty submissionDeadlinesProperty() {
        return submissionDeadlines;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }
}
