package se.ledamot.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.FolderLock;
import se.ledamot.service.Ledamot;
import se.ledamot.service.Keyring;
import se.ledamot.service.RestoreResult;
import se.ledamot.service.ServerAdministration;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.backup.BackupMenu;
import se.ledamot.ui.backup.PasswordDialogs;
import se.ledamot.ui.backup.Recovery;
import se.ledamot.ui.brief.BriefExport;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.export.ExportMenu;
import se.ledamot.ui.find.FindEverywhere;
import se.ledamot.ui.importer.ImportScreen;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.server.ConnectDialog;
import se.ledamot.ui.server.ConnectViewModel;
import se.ledamot.ui.server.ConnectionViewModel;
import se.ledamot.ui.server.ServerMenu;
import se.ledamot.ui.server.ServerMemory;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.settings.SettingsScreen;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Appearance;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.sync.SyncMenu;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.FxTaskExecutor;
import se.ledamot.ui.trash.TrashScreen;

/** The desktop window over the database in a data folder, or on a shared server. */
public final class DesktopApp {
    /** How long typing must pause before it is saved; with the save itself well inside two seconds. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(700);
    /** The longest typing without a pause goes unsaved: what a crash mid-sentence may lose at most. */
    public static final Duration AUTOSAVE_LONGEST = Duration.ofSeconds(3);

    private DesktopApp() {
    }

    /**
     * Starts JavaFX and opens the window; the program ends when the window closes, or once the user has read why it
     * cannot open. The window is opened from the running event loop, not from the start-up call itself: a dialog
     * shown during start-up stayed blank and its OK button failed (the second window on a folder never ended).
     *
     * @param server the shared server to open ({@code --server}), or null: the data folder when {@code folderNamed}
     *        ({@code --data}), else the server worked on last, if any, else the data folder
     */
    public static void launch(Path dataFolder, ServerAdministration.Server server, boolean folderNamed) {
        // Before the toolkit starts: GTK's file chooser then speaks the window's language.
        se.ledamot.ui.dialog.GtkLanguage.follow(se.ledamot.l10n.Localization.locale());
        Platform.startup(() -> Platform.runLater(() -> {
            Start start = new Start(dataFolder, Ledamot::open, Keyring.system(), ServerMemory.forUser(), true);
            ServerAdministration.Server to = start.memory().startOn(server, folderNamed).orElse(null);
            boolean opened = to != null ? connect(new Stage(), start, to).isPresent()
                    : open(new Stage(), start, new PasswordDialogs(null)).isPresent();
            if (!opened) {
                Platform.exit();
            }
        }));
    }

    /**
     * The start-up cache's training of the window (se.ledamot.app.StartupCache): the window made on the training's
     * own data folder as at start but never shown, drawn off screen through its register's first rows and a matter in
     * the editor ({@link WindowRehearsal}), then closed; the program ends with it. Nothing in it may reach the user's
     * screen: a folder that does not open ends it (no dialog, no lock to take, the folder is the training's alone), as
     * does a toolkit that cannot start (no display); the training then leaves the window's cache out.
     */
    public static void rehearse(Path dataFolder) {
        Platform.startup(() -> Platform.runLater(() -> {
            Start start = new Start(dataFolder, Ledamot::open, Keyring.system(), ServerMemory.forUser(), false);
            try {
                Ledamot services = start.opener().apply(dataFolder, access(new PasswordDialogs(null)));
                WindowRehearsal.run(window(new Stage(), services, start, () -> { }, shell -> { }));
            } catch (RuntimeException e) {
                System.exit(1);
            }
        }));
    }

    /**
     * Where the window opens and how it signs in: the data folder and how its database is opened, the keyring and
     * the remembered server; whether it is shown (not in a rehearsal). Kept to open the window again (after a
     * restore, or to go from server to folder).
     */
    private record Start(Path folder, BiFunction<Path, FolderAccess, Ledamot> opener, Keyring keyring,
            ServerMemory memory, boolean shown) {
        ConnectViewModel connection(ServerAdministration.Server server) {
            return new ConnectViewModel(server, keyring, memory,
                    (to, password) -> Ledamot.openServer(to, () -> password), Platform::runLater);
        }
    }

    /** The window asks for a protected folder's password in a dialog. */
    private static FolderAccess access(PasswordDialogs passwords) {
        return new FolderAccess(passwords, () -> { });
    }

    /**
     * Opens a window on a data folder in the given stage (on the FX thread). Empty, after telling the user why, when
     * another window has the folder open or the database cannot be opened; nothing in the folder is changed then.
     */
    public static Optional<MainWindow> open(Stage stage, Path dataFolder, Clock clock) {
        return open(stage, dataFolder, clock, Keyring.system(), ServerMemory.forUser());
    }

    /** As {@link #open(Stage, Path, Clock)}, signing in to servers with this keyring and memory (tests). */
    public static Optional<MainWindow> open(Stage stage, Path dataFolder, Clock clock, Keyring keyring,
            ServerMemory memory) {
        return open(stage, new Start(dataFolder, (folder, access) -> Ledamot.open(folder, clock, access), keyring,
                memory, true), new PasswordDialogs(null));
    }

    /**
     * Opens the window on a shared server (on the FX thread), after asking for the password in a dialog (or signing
     * in with the keyring's); empty when the user cancelled. "Arbeta lokalt" in the dialog opens the data folder.
     */
    public static Optional<MainWindow> connect(Stage stage, Path dataFolder, Clock clock, Keyring keyring,
            ServerMemory memory, ServerAdministration.Server server) {
        return connect(stage, new Start(dataFolder, (folder, access) -> Ledamot.open(folder, clock, access), keyring,
                memory, true), server);
    }

    private static Optional<MainWindow> connect(Stage stage, Start start, ServerAdministration.Server server) {
        Appearance.forUser().apply();
        ConnectViewModel vm = start.connection(server);
        return switch (ConnectDialog.ask(null, vm, true)) {
            case CONNECTED -> {
                MainWindow[] shell = {null};
                vm.handOver(services -> shell[0] = window(stage, services, start, () -> { },
                        ExportMenu::installOnServer));
                vm.notice().ifPresent(shell[0].context().dialogs()::notify);
                yield Optional.ofNullable(shell[0]);
            }
            case LOCAL -> open(stage, start, new PasswordDialogs(null));
            case CANCELLED -> Optional.empty();
        };
    }

    /**
     * @param passwords asks for the folder's password; after a restore, the one that already answered for the backup
     *        (the user types it once)
     */
    private static Optional<MainWindow> open(Stage stage, Start start, PasswordDialogs passwords) {
        Path dataFolder = start.folder();
        Appearance.forUser().apply();
        FolderLock lock;
        try {
            Optional<FolderLock> acquired = FolderLock.tryAcquire(dataFolder);
            if (acquired.isEmpty()) {
                refuse(Localization.get("ui.start.alreadyOpen", dataFolder.toString()));
                return Optional.empty();
            }
            lock = acquired.get();
        } catch (IOException e) {
            refuse(Localization.get("store.folder.unwritable", dataFolder.toString()));
            return Optional.empty();
        }
        Ledamot services;
        try {
            services = start.opener().apply(dataFolder, access(passwords));
        } catch (DomainException e) {
            release(lock);
            PasswordDialogs restoring = PasswordDialogs.remembering(null);
            Function<Path, RestoreResult> restore = backup -> Ledamot.restoreInto(dataFolder, backup,
                    access(restoring));
            switch (Recovery.offerRestore(e, () -> DataFolderService.backupsOf(dataFolder), restore)) {
                case RESTORED -> {
                    try {
                        return open(stage, start, restoring);
                    } finally {
                        restoring.forget();
                    }
                }
                case DECLINED -> { }
                case NOT_OFFERED -> {
                    if (PasswordDialogs.cancelled(e)) {
                        // She chose not to open it: said as a fact, not as a failure to start.
                        FxDialogService.alert(Alert.AlertType.INFORMATION, Localization.get("ui.password.title"),
                                Localization.message(e)).showAndWait();
                    } else {
                        refuse(Localization.message(e));
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.of(window(stage, services, start, () -> release(lock), shell -> {
            PasswordDialogs restoring = PasswordDialogs.remembering(stage);
            BackupMenu.install(shell, restoring, backup -> Recovery.restoreAndReopen(shell, backup,
                    b -> Ledamot.restoreInto(dataFolder, b, access(restoring)),
                    () -> open(new Stage(), start, restoring)));
            ExportMenu.install(shell, () -> open(new Stage(), start, passwords));
            SyncMenu.install(shell, start.memory());
        }));
    }

    /**
     * The window over the services, wherever their data is: every screen, the menus ({@code folderMenus} adds the
     * data folder's: backups, export; on a server, its export and the backups said to be the administrator's), the
     * server's state in the status bar; shown.
     *
     * @param release lets go of the data folder once the window has closed
     */
    private static MainWindow window(Stage stage, Ledamot services, Start start, Runnable release,
            Consumer<MainWindow> folderMenus) {
        Appearance appearance = Appearance.forUser();
        NotificationPane notices = new NotificationPane();
        FxDialogService dialogs = new FxDialogService(stage, notices);
        FxTaskExecutor tasks = new FxTaskExecutor(error -> dialogs.notify(Errors.describe(error)));
        AppContext context = new AppContext(services, dialogs, tasks,
                () -> new FxDebouncer(AUTOSAVE_DELAY, AUTOSAVE_LONGEST), WriterPreferences.forUser());
        MainWindow shell = new MainWindow(stage, context, notices);
        // Made before any screen reads: it takes the server's change number the screens' first reads follow from.
        Optional<ConnectionViewModel> watch = services.server().map(s -> new ConnectionViewModel(context,
                shell.connection(), shell::flushScreens, Platform::runLater));
        context.takeWhoWorksHereFromTheServer();
        // The start-up probe waits on it until the window has read all it reads at start (its peak memory).
        stage.getProperties().put(se.ledamot.ui.task.TaskExecutor.class, tasks);
        installScreens(shell);
        folderMenus.accept(shell);
        ServerMenu.install(shell, () -> start.connection(start.memory().lastServer().orElse(null)),
                vm -> vm.handOver(next -> {
                    if (!ServerMenu.leave(shell, () -> {
                        MainWindow onServer = window(new Stage(), next, start, () -> { },
                                ExportMenu::installOnServer);
                        // As at start: a password the keyring would not keep is said, not lost quietly.
                        vm.notice().ifPresent(onServer.context().dialogs()::notify);
                        return true;
                    })) {
                        next.close();
                    }
                }),
                () -> {
                    start.memory().forget();
                    return open(new Stage(), start, new PasswordDialogs(null)).isPresent();
                });
        shell.viewMenu().getItems().addAll(new SeparatorMenuItem(), appearance.menu());
        shell.onClose(() -> {
            watch.ifPresent(ConnectionViewModel::close);
            tasks.close();
            services.close();
            release.run();
        });
        if (start.shown()) {
            stage.show();
        }
        services.notices().forEach(dialogs::notify);
        tellPutAside(services, shell, tasks);
        return shell;
    }

    /**
     * Tells of the choices put aside ("Välj senare") that still wait, from a window closed before or a crash: what
     * was typed is kept, and the screen named (a form's name starts with its screen's id) asks again when opened.
     * A plain notice said at the same moment (on a server, the search's) is shown beside it; the screen says it
     * again when opened.
     */
    private static void tellPutAside(Ledamot services, MainWindow shell, FxTaskExecutor tasks) {
        BackgroundTask.of(p -> services.putAside().waiting()).onSuccess(waiting -> {
            List<String> screens = waiting.stream().map(a -> a.form().substring(0, a.form().indexOf('.')))
                    .distinct().toList();
            if (!screens.isEmpty()) {
                shell.context().dialogs().notify(Localization.get("ui.putAside.waiting", waiting.size(),
                        String.join(", ", waiting.stream().map(PutAside::title).distinct().toList()),
                        String.join(", ", screens.stream().map(id -> Localization.get("ui.putAside.screen." + id))
                                .toList())), Localization.get("ui.putAside.open"),
                        () -> shell.show(screens.getFirst()));
            }
        }).executeWith(tasks);
    }

    /**
     * Every area's screens and menu items: one line per area, the dashboard first (the first screen shown); then the
     * order of the navigation.
     */
    static void installScreens(MainWindow shell) {
        // The register's first page is read first; the dashboard's reading (the first screen) waits for it.
        shell.context().holdReadsUntilFirstRows();
        DashboardScreen.install(shell);
        AnswerScreen.install(shell);
        DebateScreen.install(shell);
        MinutesScreen.install(shell);
        RegisterScreen.install(shell);
        TrashScreen.install(shell);
        MeetingsScreen.install(shell);
        ImportScreen.install(shell);
        BriefExport.install(shell);
        SettingsScreen.install(shell);
        FindEverywhere.install(shell);
        shell.arrange(DashboardScreen.ID, RegisterScreen.ID, MeetingsScreen.ID, GroupScreen.ID, AnswerScreen.ID,
                DebateScreen.ID, MinutesScreen.ID, ImportScreen.ID, TrashScreen.ID, SettingsScreen.ID);
    }

    /** Says why the window cannot open: in a dialog, and on stderr for whoever started it from a terminal. */
    private static void refuse(String message) {
        System.err.println(message);
        FxDialogService.alert(Alert.AlertType.ERROR, Localization.get("ui.start.failed.title"), message)
                .showAndWait();
    }

    private static void release(FolderLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
