package se.ledamot.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.FolderLock;
import se.ledamot.service.Ledamot;
import se.ledamot.service.RestoreResult;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.backup.BackupMenu;
import se.ledamot.ui.backup.PasswordDialogs;
import se.ledamot.ui.backup.Recovery;
import se.ledamot.ui.brief.BriefExport;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.export.ExportMenu;
import se.ledamot.ui.importer.ImportScreen;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.settings.SettingsScreen;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Appearance;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.sync.SyncMenu;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;
import se.ledamot.ui.trash.TrashScreen;

/** The desktop window over the database in a data folder. */
public final class DesktopApp {
    /** How long typing must pause before it is saved; with the save itself well inside two seconds. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(700);

    private DesktopApp() {
    }

    /**
     * Starts JavaFX and opens the window; the program ends when the window closes, or once the user has read why it
     * cannot open. The window is opened from the running event loop, not from the start-up call itself: a dialog
     * shown during start-up stayed blank and its OK button failed (the second window on a folder never ended).
     */
    public static void launch(Path dataFolder) {
        // Before the toolkit starts: GTK's file chooser then speaks the window's language.
        se.ledamot.ui.dialog.GtkLanguage.follow(se.ledamot.l10n.Localization.locale());
        Platform.startup(() -> Platform.runLater(() -> {
            if (open(new Stage(), dataFolder, Ledamot::open, new PasswordDialogs(null)).isEmpty()) {
                Platform.exit();
            }
        }));
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
        return open(stage, dataFolder, (folder, access) -> Ledamot.open(folder, clock, access),
                new PasswordDialogs(null));
    }

    /**
     * @param passwords asks for the folder's password; after a restore, the one that already answered for the backup
     *        (the user types it once)
     */
    private static Optional<MainWindow> open(Stage stage, Path dataFolder,
            BiFunction<Path, FolderAccess, Ledamot> opener, PasswordDialogs passwords) {
        Appearance appearance = Appearance.forUser();
        appearance.apply();
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
            services = opener.apply(dataFolder, access(passwords));
        } catch (DomainException e) {
            release(lock);
            PasswordDialogs restoring = PasswordDialogs.remembering(null);
            Function<Path, RestoreResult> restore = backup -> Ledamot.restoreInto(dataFolder, backup,
                    access(restoring));
            switch (Recovery.offerRestore(e, () -> DataFolderService.backupsOf(dataFolder), restore)) {
                case RESTORED -> {
                    try {
                        return open(stage, dataFolder, opener, restoring);
                    } finally {
                        restoring.forget();
                    }
                }
                case DECLINED -> { }
                case NOT_OFFERED -> refuse(Localization.message(e));
            }
            return Optional.empty();
        }

        NotificationPane notices = new NotificationPane();
        FxDialogService dialogs = new FxDialogService(stage, notices);
        FxTaskExecutor tasks = new FxTaskExecutor(error -> dialogs.notify(Errors.describe(error)));
        AppContext context = new AppContext(services, dialogs, tasks, () -> new FxDebouncer(AUTOSAVE_DELAY),
                WriterPreferences.forUser());
        MainWindow shell = new MainWindow(stage, context, notices);
        installScreens(shell);
        if (services.dataFolder().isPresent()) {
            PasswordDialogs restoring = PasswordDialogs.remembering(stage);
            BackupMenu.install(shell, restoring, backup -> Recovery.restoreAndReopen(shell, backup,
                    b -> Ledamot.restoreInto(dataFolder, b, access(restoring)),
                    () -> open(new Stage(), dataFolder, opener, restoring)));
        }
        ExportMenu.install(shell, () -> open(new Stage(), dataFolder, opener, passwords));
        SyncMenu.install(shell);
        shell.viewMenu().getItems().addAll(new SeparatorMenuItem(), appearance.menu());
        shell.onClose(() -> {
            tasks.close();
            services.close();
            release(lock);
        });
        stage.show();
        services.notices().forEach(dialogs::notify);
        return Optional.of(shell);
    }

    /**
     * Every area's screens and menu items: one line per area, the dashboard first (the first screen shown); then the
     * order of the navigation.
     */
    static void installScreens(MainWindow shell) {
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
