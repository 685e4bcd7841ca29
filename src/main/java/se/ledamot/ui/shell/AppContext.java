package se.ledamot.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * What every screen of one window shares: the application's services (and its clock), the dialog service, the
 * background task executor and the user's preferences. Screens and view models get it passed in; nothing reaches
 * for globals. Only view models call the services; the ArchitectureTest keeps it so.
 */
public final class AppContext {
    private final Ledamot services;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Supplier<Debouncer> debouncers;
    private final WriterPreferences preferences;
    /** The writes of {@link #keptHere}'s choices, one after another: the last choice made is the one kept. */
    private final TaskExecutor keptWrites;
    private final javafx.beans.property.StringProperty partyGroup = new javafx.beans.property.SimpleStringProperty();
    private final javafx.beans.property.StringProperty minutesMeeting = new javafx.beans.property.SimpleStringProperty();
    private final javafx.beans.property.StringProperty groupMeeting = new javafx.beans.property.SimpleStringProperty();
    private final javafx.beans.property.StringProperty groupItem = new javafx.beans.property.SimpleStringProperty();
    private final ReadOnlyLongWrapper mattersRevision = new ReadOnlyLongWrapper(0);
    /** The matter last chosen in the register (Ärenden); null for none. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Long> chosenMatter =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    /** From the window's start until the reads it starts with (those held for the first rows too) have ended. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper starting =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** While a new folder's samples are being stored (a first start): a screen that counts matters says it reads. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper samplesComing =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** Reads held back until the register's first rows are shown; null once they are (or nothing holds them). */
    private java.util.List<Runnable> heldReads;

    public AppContext(Ledamot services, DialogService dialogs, TaskExecutor tasks, Supplier<Debouncer> debouncers,
            WriterPreferences preferences) {
        this.services = Objects.requireNonNull(services);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.debouncers = Objects.requireNonNull(debouncers);
        this.preferences = Objects.requireNonNull(preferences);
        this.keptWrites = tasks.inOrder();
        keptHere(partyGroup, WriterPreferences.GROUP, preferences.partyGroup());
        keptHere(minutesMeeting, WriterPreferences.MINUTES_MEETING, preferences.minutesMeeting());
        keptHere(groupMeeting, WriterPreferences.GROUP_MEETING, preferences.groupMeeting());
        keptHere(groupItem, WriterPreferences.GROUP_ITEM, preferences.groupItem());
    }

    /**
     * On a shared server, or a laptop copy of one, the name and party group its administrator enrolled the user with
     * fill Översikt's *Jag är* and Partigrupp's group where the user has written none (walkgroup: a new member had to
     * know to type "S"). Read in the background; what the user wrote is never replaced. FX thread.
     */
    public void takeWhoWorksHereFromTheServer() {
        if (services.server().isEmpty() && services.replica().isEmpty()) {
            return;
        }
        se.ledamot.ui.task.BackgroundTask.of(p -> services.signedIn())
                .onSuccess(who -> who.ifPresent(w -> {
                    fillIfEmpty(preferences.userName(), w.name());
                    fillIfEmpty(preferences.userParty(), w.group());
                    fillIfEmpty(partyGroup, w.group());
                }))
                .executeWith(tasks);
    }

    private static void fillIfEmpty(javafx.beans.property.StringProperty field, String known) {
        if ((field.get() == null || field.get().isBlank()) && !known.isBlank()) {
            field.set(known);
        }
    }

    /**
     * A choice a screen opens on next time: each data folder keeps its own (a second folder is not shown another's
     * group or meeting); a shared server has no folder, so the user's preferences keep it there. The folder's file is
     * written in the background: renamed into place and synced, on the FX thread it was part of Protokoll's longest
     * stall at 100 000 matters.
     */
    private void keptHere(javafx.beans.property.StringProperty choice, String name,
            javafx.beans.property.StringProperty onServer) {
        var folder = services.dataFolder();
        choice.set(folder.map(f -> f.chosen(name)).orElseGet(onServer::get));
        choice.addListener((o, was, now) -> {
            String value = now == null ? "" : now.strip();
            folder.ifPresentOrElse(f -> se.ledamot.ui.task.BackgroundTask.of(p -> {
                f.choose(name, value);
                return value;
            }).executeWith(keptWrites), () -> onServer.set(value));
        });
    }

    /** What the application can do: one service per capability. For view models only. */
    public Ledamot services() {
        return services;
    }

    public Path dataFolder() {
        return services.folder();
    }

    /** The shared server the window works on ({@code anna@host/db}); empty for a data folder. */
    public java.util.Optional<String> server() {
        return services.server();
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** Who the user is and how fast they speak: the dashboard and the answer editor share them. */
    public WriterPreferences preferences() {
        return preferences;
    }

    /** The party group last chosen in Partigrupp in this data folder, chosen again on the next start. */
    public javafx.beans.property.StringProperty partyGroup() {
        return partyGroup;
    }

    /** The meeting (its id; "" for none) last worked on in Protokoll here, opened again on the next start. */
    public javafx.beans.property.StringProperty minutesMeeting() {
        return minutesMeeting;
    }

    /** The meeting (its id; "" for none) last chosen in Partigrupp here, chosen again on the next start. */
    public javafx.beans.property.StringProperty groupMeeting() {
        return groupMeeting;
    }

    /** The agenda item (its id; "" for none) last chosen in Partigrupp here, chosen again on the next start. */
    public javafx.beans.property.StringProperty groupItem() {
        return groupItem;
    }

    /** The group last worked on in Partigrupp here, else the user's own party (the one most often meant); may be "". */
    public String groupChosen() {
        String last = partyGroup.get() == null ? "" : partyGroup.get().strip();
        String party = preferences.userParty().get();
        return last.isEmpty() && party != null ? party.strip() : last;
    }

    /** A new debouncer for one view model (autosave). */
    public Debouncer newDebouncer() {
        return debouncers.get();
    }

    /** The program's one clock. */
    public Clock clock() {
        return services.clock();
    }

    public LocalDate today() {
        return services.today();
    }

    /**
     * Call after writing matters outside the register (an import, a restore from the trash): the register reloads.
     * Must be called on the FX thread.
     */
    public void mattersChanged() {
        mattersRevision.set(mattersRevision.get() + 1);
    }

    /**
     * At start, the register's first rows are read before anything else (issue 15: on screen within 0.3 s of the
     * window at any size): until {@link #firstRowsShown}, reads passed to {@link #afterFirstRows} wait. FX thread.
     */
    public void holdReadsUntilFirstRows() {
        if (heldReads == null) {
            heldReads = new java.util.ArrayList<>();
            starting.set(true);
        }
    }

    /** Runs a read now, or once the register's first rows are shown if they are being read (FX thread). */
    public void afterFirstRows(Runnable read) {
        if (heldReads == null) {
            read.run();
        } else {
            heldReads.add(read);
        }
    }

    /** The register's first rows are shown (or could not be read): the reads held back start. FX thread. */
    public void firstRowsShown() {
        java.util.List<Runnable> held = heldReads;
        heldReads = null;
        if (held != null) {
            held.forEach(Runnable::run);
            endStartWhenIdle();
        }
    }

    /** The start is over once the background work the held reads began has ended (FX thread). */
    private void endStartWhenIdle() {
        if (tasks.isIdle()) {
            starting.set(false);
            return;
        }
        tasks.idleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean idle) {
                if (idle) {
                    o.removeListener(this);
                    starting.set(false);
                }
            }
        });
    }

    /**
     * True while the window reads what it shows at start (its first screen, the register, the search index): the
     * status bar says so calmly instead of that it waits for the database. FX thread.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    /** The samples of a new folder are being stored (true), or stored or not needed (false). FX thread. */
    public void samplesComing(boolean coming) {
        samplesComing.set(coming);
    }

    /** True while a new folder's samples are being stored: what is read meanwhile is not yet the folder's. */
    public javafx.beans.property.ReadOnlyBooleanProperty samplesComingProperty() {
        return samplesComing.getReadOnlyProperty();
    }

    /** The register chose a matter (null: none): Svar opens on it when it is an interpellation or a question. */
    public void chooseMatter(Long matterId) {
        chosenMatter.set(matterId);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Long> chosenMatter() {
        return chosenMatter.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty mattersRevision() {
        return mattersRevision.getReadOnlyProperty();
    }
}
