package se.ledamot.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * What every screen of one window shares: the open database and its stores, the dialog service, the background
 * task executor and the clock. Screens and view models get it passed in; nothing reaches for globals.
 */
public final class AppContext {
    private final Database database;
    private final MatterStore matters;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Supplier<Debouncer> debouncers;
    private final Clock clock;
    private final ReadOnlyLongWrapper mattersRevision = new ReadOnlyLongWrapper(0);

    public AppContext(Database database, DialogService dialogs, TaskExecutor tasks, Supplier<Debouncer> debouncers,
            Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.matters = new MatterStore(database);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.debouncers = Objects.requireNonNull(debouncers);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The open database, for areas that make their own stores over it. */
    public Database database() {
        return database;
    }

    public Path dataFolder() {
        return database.folder();
    }

    public MatterStore matters() {
        return matters;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** A new debouncer for one view model (autosave). */
    public Debouncer newDebouncer() {
        return debouncers.get();
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Call after writing matters outside the register (an import, a restore from the trash): the register reloads.
     * Must be called on the FX thread.
     */
    public void mattersChanged() {
        mattersRevision.set(mattersRevision.get() + 1);
    }

    public ReadOnlyLongProperty mattersRevision() {
        return mattersRevision.getReadOnlyProperty();
    }
}
