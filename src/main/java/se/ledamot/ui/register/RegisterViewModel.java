package se.ledamot.ui.register;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.search.SearchQuery;
import se.ledamot.service.DeadlineService;
import se.ledamot.service.RegisterService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The register of matters at any size: the filters and search text the user has set, the order, the matters they
 * let through (as ids, asked of the database and the search index off the FX thread, one question at a time and
 * always the latest), their rows read a page at a time as the table shows them, the selected matter, and new and
 * delete (to the trash, with undo).
 */
public final class RegisterViewModel {
    private final AppContext context;
    private final TaskExecutor writes;
    /** The deadline rules of the last reload; each reload reads them anew. */
    private Deadlines deadlines = DeadlineService.withoutCalendar();
    private final RowCache cache;
    private final RegisterReadsViewModel reads;
    private final ReadOnlyObjectWrapper<ObservableList<MatterRow>> visible = new ReadOnlyObjectWrapper<>(
            PagedRows.EMPTY);
    private final RegisterFilters filters = new RegisterFilters(o -> ask(false));
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<MatterRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final SearchMarksViewModel searchMarks;
    /** A column's order, or null for the register's own: relevance while searching, newest submission otherwise. */
    private RegisterService.Sort sort;
    private boolean ascending;
    private int total;
    private boolean asking;
    private boolean askAgain;
    private boolean readAgain;
    /** Whether the first question was asked; the list from its first page, until the whole list arrives. */
    private boolean begun;
    private PagedRows firstPage;
    private Runnable firstRows = () -> { };
    /** A matter to select once the list that holds it arrives (another screen asked for it). */
    private Long wanted;
    /** A new matter is being stored (FX thread only). */
    private boolean creating;
    /** The draft made last by {@link #create}, as it was made. */
    private Matter untouched;

    public RegisterViewModel(AppContext context) {
        this.context = context;
        this.writes = context.tasks().inOrder();
        this.reads = new RegisterReadsViewModel(context);
        this.cache = new RowCache(reads::rows, (row, s) -> row.update(s, deadlines, context.today()));
        InvalidationListener refilter = o -> ask(false);
        query.addListener(refilter);
        context.mattersRevision().addListener((o, was, now) -> reload());
        searchMarks = new SearchMarksViewModel(context, selected);
    }

    /** Reads the register anew (and the deadline rules, the count, the parties); keeps the selected matter. */
    public void reload() {
        ask(true);
    }

    /** Orders by a column ({@code null}: the register's own order). Asks again only if the order changed. */
    public void sortBy(RegisterService.Sort by, boolean up) {
        if (by != sort || (by != null && up != ascending)) {
            sort = by;
            ascending = up;
            ask(false);
        }
    }

    private record Answer(long[] ids, Fresh fresh, SearchQuery searched) { }

    /** What a reload reads besides the ids: the rules the rows' deadlines need and the register's size. */
    private record Fresh(Deadlines deadlines, int total) { }

    /** Asks for the ids now, or, while a question is out, once its answer is in: typing never piles up work. */
    private void ask(boolean read) {
        readAgain |= read;
        if (asking) {
            askAgain = true;
            return;
        }
        asking = true;
        askAgain = false;
        boolean fresh = readAgain;
        readAgain = false;
        RegisterService.Query q = question();
        if (!begun) {
            begun = true;
            // The whole list too waits until the first rows are on screen (it reads every id of the register).
            reads.firstRows(q, first -> {
                showFirst(first);
                context.afterFirstRows(() -> askWhole(q, fresh));
            });
            return;
        }
        askWhole(q, fresh);
    }

    /** The first page at start (null: not read) shown at once; the whole list follows, the held reads may start. */
    private void showFirst(RegisterReadsViewModel.FirstRows first) {
        if (first != null) {
            deadlines = first.rules();
            firstPage = new PagedRows(cache.fill(first.rows()), cache);
            visible.set(firstPage);
            summary.set(Localization.get("ui.register.counting"));
        }
        firstRows.run();
    }

    /** Runs once the first rows are in the list (or could not be read): the screen lets the held reads go. */
    void onFirstRows(Runnable then) {
        firstRows = then;
    }

    /** Asks for the whole list of the question (and, for a reload, what goes with it). */
    private void askWhole(RegisterService.Query q, boolean fresh) {
        RegisterService register = context.services().register();
        SearchQuery marks = SearchMarksViewModel.questionOf(q);
        BackgroundTask.of(p -> {
                    long[] ids = register.ids(q, !q.text().isBlank());
                    // Unfiltered, the ids are the register: no second pass over it to count them.
                    return new Answer(ids, fresh ? new Fresh(context.services().deadlines().rules(),
                            q.isEverything() ? ids.length : register.count()) : null, marks);
                })
                .onSuccess(this::show)
                .onFailure(e -> {
                    asking = false;
                    context.dialogs().notify(Errors.describe(e));
                    if (askAgain) {
                        ask(false);
                    }
                })
                .executeWith(context.tasks());
    }

    private RegisterService.Query question() {
        RegisterService.Sort by = sort != null ? sort
                : query.get().isBlank() ? RegisterService.Sort.SUBMITTED : RegisterService.Sort.RELEVANCE;
        boolean up = sort != null && ascending;
        return filters.applyTo(RegisterService.Query.ALL.withText(query.get())).sortedBy(by, up);
    }

    private void show(Answer answer) {
        asking = false;
        if (answer.fresh() != null) {
            deadlines = answer.fresh().deadlines();
            total = answer.fresh().total();
            if (firstPage == null) {
                // Not after a first page just read: those rows are as fresh as the list.
                cache.staleAll();
            }
            reads.parties(parties::setAll);
        }
        if (askAgain) {
            // Typed on meanwhile: this answer is already old. A reload's figures are kept all the same.
            ask(false);
            return;
        }
        PagedRows rows = firstPage != null && firstPage.growTo(answer.ids()) ? firstPage
                : new PagedRows(answer.ids(), cache);
        firstPage = null;
        searchMarks.show(answer.searched());
        if (visible.get() != rows) {
            visible.set(rows);
        }
        reads.prepareSearch();
        summarize();
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        int at = keep == null ? -1 : rows.indexOfId(keep);
        if (at >= 0) {
            wanted = null;
            selected.set(rows.get(at));
        }
        searchMarks.findSnippet();
    }

    private void summarize() {
        summary.set(Localization.get("ui.register.summary", visible.get().size(), total));
    }

    private PagedRows rows() {
        return (PagedRows) visible.get();
    }

    /**
     * Adds a new matter (a motion draft) in the background, makes it visible even under filters, and selects it.
     * When the matter selected is the last one made here and nothing has been written in it yet, that draft is the
     * new matter; while one is being made, asking again makes no second one: one action, one draft, however often
     * the keys repeat or the menu is used as well. {@code created} is told the new matter's id.
     */
    public void create(LongConsumer created) {
        clearFilters();
        MatterRow current = selected.get();
        if (untouched != null && current != null && current.id() == untouched.id()) {
            created.accept(current.id());
            return;
        }
        if (creating) {
            return;
        }
        creating = true;
        Matter draft = Matter.newMatter(MatterKind.MOTION, Localization.get("ui.matter.newTitle")).build();
        BackgroundTask.of(p -> context.services().matters().add(draft))
                .onSuccess(added -> {
                    creating = false;
                    untouched = added;
                    clearFilters();
                    MatterRow row = new MatterRow(added, deadlines, context.today());
                    rows().prepend(row);
                    total++;
                    summarize();
                    selected.set(row);
                    created.accept(added.id());
                })
                .onFailure(e -> {
                    creating = false;
                    context.dialogs().notify(Errors.describe(e));
                })
                .executeWith(writes);
    }

    /** The draft made last by {@link #create} while nothing has been written in it, whole. */
    public Optional<Matter> untouchedDraft() {
        return Optional.ofNullable(untouched);
    }

    public void clearFilters() {
        filters.clear();
        query.set("");
    }

    /** Moves the matter to the trash, with an "Ångra" notification that brings it back. */
    public void trash(MatterRow row) {
        trash(row, () -> { });
    }

    /** Moves the matter to the trash in the background; {@code done} runs once that ended, well or not. */
    public void trash(MatterRow row, Runnable done) {
        long id = row.id();
        write(() -> {
            context.services().trash().trash(id);
            return id;
        }, trashed -> {
            PagedRows rows = rows();
            int index = rows.indexOfId(id);
            rows.removeId(id);
            total--;
            summarize();
            if (selected.get() != null && selected.get().id() == id) {
                selected.set(rows.isEmpty() ? null : rows.get(Math.min(Math.max(index, 0), rows.size() - 1)));
            }
            context.dialogs().notify(Localization.get("ui.register.trashed", row.title()),
                    Localization.get("ui.register.undo"), () -> restore(id));
        }, done);
    }

    /** Brings a matter back from the trash into the register and selects it. */
    public void restore(long id) {
        write(() -> {
            context.services().trash().restore(id);
            return context.services().register().rows(new long[] {id});
        }, found -> found.forEach(s -> {
            MatterRow row = new MatterRow(id);
            row.update(s, deadlines, context.today());
            rows().prepend(row);
            total++;
            summarize();
            selected.set(row);
        }), () -> { });
    }

    /**
     * Writes in the background after every write of the register before it; {@code then} shows the outcome,
     * {@code done} runs after it or after a failure (which is said).
     */
    private <T> void write(Callable<T> work, Consumer<T> then, Runnable done) {
        reads.inBackground(work, then, done, writes);
    }

    /**
     * Reads a matter whole in the background (the rows hold no texts); {@code then} is given it, {@code done} runs
     * after, or after a failure (which is said).
     */
    public void read(long id, Consumer<Optional<Matter>> then, Runnable done) {
        reads.inBackground(() -> context.services().matters().find(id), then, done, context.tasks());
    }

    /** The editor saved a matter: show its new state in its row. */
    public void saved(Matter matter) {
        if (untouched != null && untouched.id().equals(matter.id()) && !untouched.equals(matter)) {
            untouched = null;
        }
        MatterRow row = cache.peek(matter.id());
        if (row != null) {
            row.update(matter, deadlines, context.today());
        }
    }

    /** The row of a matter in the list shown now. */
    public Optional<MatterRow> rowOf(long id) {
        int at = rows().indexOfId(id);
        return at < 0 ? Optional.empty() : Optional.of(rows().get(at));
    }

    /**
     * Selects a matter. If the filters hide it they are cleared, and it is selected when the register without them
     * arrives. False if it is not in the list now (it may still come, unless it is in the trash).
     */
    public boolean select(long id) {
        Optional<MatterRow> row = rowOf(id);
        if (row.isPresent()) {
            selected.set(row.get());
            return true;
        }
        wanted = id;
        clearFilters();
        ask(false);
        return rowOf(id).isPresent();
    }

    /** The rows the filters and the search let through, in order; a new list for each question. */
    public ObservableList<MatterRow> visibleRows() {
        return visible.get();
    }

    public ReadOnlyObjectProperty<ObservableList<MatterRow>> visibleRowsProperty() {
        return visible.getReadOnlyProperty();
    }

    /** How many matters are in the register (not in the trash), filtered or not. */
    public int total() {
        return total;
    }

    public ObservableList<MatterKind> kindFilter() {
        return filters.kinds();
    }

    public ObservableList<Status> statusFilter() {
        return filters.statuses();
    }

    public ObservableList<String> partyFilter() {
        return filters.parties();
    }

    /** One person's matters only (author or addressee), or null for anyone's. */
    public ObjectProperty<Person> personFilter() {
        return filters.person();
    }

    /** Every party among the authors, for the party filter. */
    public ObservableList<String> parties() {
        return parties;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The search the list shown answers: its words in the titles, the selected matter's snippet. */
    public SearchMarksViewModel searchMarks() {
        return searchMarks;
    }

    public ObjectProperty<MatterRow> selectedProperty() {
        return selected;
    }

    /** "12 av 40 ärenden". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
