package se.ledamot.ui.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterFilter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DeadlineService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The register of matters: every matter not in the trash, the filters the user has set, the selected matter, and
 * new and delete (to the trash, with undo).
 */
public final class RegisterViewModel {
    private final AppContext context;
    /** The deadline rules of the last load; each load reads them anew with the matters. */
    private Deadlines deadlines = DeadlineService.withoutCalendar();
    private final ObservableList<MatterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MatterRow> visible = new FilteredList<>(rows);
    private final ObservableList<MatterKind> kindFilter = FXCollections.observableArrayList();
    private final ObservableList<Status> statusFilter = FXCollections.observableArrayList();
    private final ObservableList<String> partyFilter = FXCollections.observableArrayList();
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<MatterRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public RegisterViewModel(AppContext context) {
        this.context = context;
        InvalidationListener refilter = o -> refilter();
        kindFilter.addListener(refilter);
        statusFilter.addListener(refilter);
        partyFilter.addListener(refilter);
        query.addListener(refilter);
        InvalidationListener resummarize = o -> summary.set(Localization.get("ui.register.summary",
                visible.size(), rows.size()));
        visible.addListener(resummarize);
        resummarize.invalidated(visible);
        context.mattersRevision().addListener((o, was, now) -> reload());
    }

    /** Reads every matter in the background; keeps the selection if its matter is still there. */
    public void reload() {
        loading.set(true);
        BackgroundTask.of(p -> new Loaded(context.services().matters().list(), context.services().deadlines().rules()))
                .title(Localization.get("ui.register.loading"))
                .onSuccess(this::show)
                .onFailure(e -> {
                    loading.set(false);
                    context.dialogs().notify(Errors.describe(e));
                })
                .executeWith(context.tasks());
    }

    private record Loaded(List<Matter> matters, Deadlines deadlines) {
    }

    private void show(Loaded loaded) {
        List<Matter> matters = loaded.matters();
        deadlines = loaded.deadlines();
        Long selectedId = selected.get() == null ? null : selected.get().id();
        rows.setAll(matters.stream().map(m -> new MatterRow(m, deadlines, context.today())).toList());
        TreeSet<String> known = new TreeSet<>();
        matters.forEach(m -> known.addAll(m.parties()));
        parties.setAll(known);
        loading.set(false);
        if (selectedId != null) {
            selected.set(rowOf(selectedId).orElse(null));
        }
    }

    private void refilter() {
        String text = query.get();
        List<MatterKind> kinds = List.copyOf(kindFilter);
        List<Status> statuses = List.copyOf(statusFilter);
        List<String> chosenParties = List.copyOf(partyFilter);
        MatterFilter textFilter = new MatterFilter(null, null, null, text);
        visible.setPredicate(row -> {
            Matter m = row.matter();
            return (kinds.isEmpty() || kinds.contains(m.kind()))
                    && (statuses.isEmpty() || statuses.contains(m.status()))
                    && (chosenParties.isEmpty()
                        || chosenParties.stream().anyMatch(p -> new MatterFilter(null, null, p, null).test(m)))
                    && textFilter.test(m);
        });
    }

    /** Adds a new matter (a motion draft), makes it visible even under filters, and selects it. */
    public MatterRow create() {
        Matter added = context.services().matters().add(
                Matter.newMatter(MatterKind.MOTION, Localization.get("ui.matter.newTitle")).build());
        clearFilters();
        MatterRow row = new MatterRow(added, deadlines, context.today());
        rows.addFirst(row);
        selected.set(row);
        return row;
    }

    public void clearFilters() {
        kindFilter.clear();
        statusFilter.clear();
        partyFilter.clear();
        query.set("");
    }

    /** Moves the matter to the trash, with an "Ångra" notification that brings it back. */
    public void trash(MatterRow row) {
        long id = row.id();
        try {
            context.services().trash().trash(id);
        } catch (RuntimeException e) {
            context.dialogs().notify(Errors.describe(e));
            return;
        }
        int index = visible.indexOf(row);
        rows.remove(row);
        if (Objects.equals(selected.get(), row)) {
            selected.set(visible.isEmpty() ? null : visible.get(Math.min(Math.max(index, 0), visible.size() - 1)));
        }
        context.dialogs().notify(Localization.get("ui.register.trashed", row.matter().title()),
                Localization.get("ui.register.undo"), () -> restore(id));
    }

    /** Brings a matter back from the trash into the register and selects it. */
    public void restore(long id) {
        try {
            context.services().trash().restore(id);
        } catch (RuntimeException e) {
            context.dialogs().notify(Errors.describe(e));
            return;
        }
        context.services().matters().find(id).ifPresent(m -> {
            MatterRow row = new MatterRow(m, deadlines, context.today());
            rows.addFirst(row);
            selected.set(row);
        });
    }

    /** The editor saved a matter: show its new state in its row. */
    public void saved(Matter matter) {
        rowOf(matter.id()).ifPresent(r -> r.update(matter, deadlines, context.today()));
    }

    public Optional<MatterRow> rowOf(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Selects a matter, clearing the filters if they hide it. */
    public boolean select(long id) {
        Optional<MatterRow> row = rowOf(id);
        if (row.isPresent() && !visible.contains(row.get())) {
            clearFilters();
        }
        row.ifPresent(selected::set);
        return row.isPresent();
    }

    public ObservableList<MatterRow> visibleRows() {
        return visible;
    }

    public ObservableList<MatterRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<MatterKind> kindFilter() {
        return kindFilter;
    }

    public ObservableList<Status> statusFilter() {
        return statusFilter;
    }

    public ObservableList<String> partyFilter() {
        return partyFilter;
    }

    /** Every party among the authors, for the party filter. */
    public ObservableList<String> parties() {
        return parties;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<MatterRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "12 av 40 ärenden". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
