package se.ledamot.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.brief.BriefExport;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.importer.ImportScreen;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;
import se.ledamot.ui.trash.TrashScreen;

/** The desktop window over the database in a data folder. */
public final class DesktopApp {
    /** How long typing must pause before it is saved; with the save itself well inside two seconds. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(700);

    private DesktopApp() {
    }

    /** Starts JavaFX and opens the window; the program ends when the window closes. */
    public static void launch(Path dataFolder) {
        Platform.startup(() -> {
            if (open(new Stage(), dataFolder, Ledamot::open).isEmpty()) {
                Platform.exit();
            }
        });
    }

    /**
     * Opens a window on a data folder in the given stage (on the FX thread). Empty, after telling the user why, when
     * another window has the folder open or the database cannot be opened; nothing in the folder is changed then.
     */
    public static Optional<MainWindow> open(Stage stage, Path dataFolder, Clock clock) {
        return open(stage, dataFolder, folder -> Ledamot.open(folder, clock));
    }

    private static Optional<MainWindow> open(Stage stage, Path dataFolder, Function<Path, Ledamot> opener) {
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
            services = opener.apply(dataFolder);
        } catch (DomainException e) {
            release(lock);
            refuse(Localization.message(e));
            return Optional.empty();
        }

        NotificationPane notices = new NotificationPane();
        FxDialogService dialogs = new FxDialogService(stage, notices);
        FxTaskExecutor tasks = new FxTaskExecutor(error -> dialogs.notify(Errors.describe(error)));
        AppContext context = new AppContext(services, dialogs, tasks, () -> new FxDebouncer(AUTOSAVE_DELAY),
                WriterPreferences.forUser());
        MainWindow shell = new MainWindow(stage, context, notices);
        installScreens(shell);
        shell.onClose(() -> {
            tasks.close();
            services.close();
            release(lock);
        });
        stage.show();
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
        RegisterScreen.install(shell);
        TrashScreen.install(shell);
        MeetingsScreen.install(shell);
        ImportScreen.install(shell);
        BriefExport.install(shell);
        shell.arrange(DashboardScreen.ID, RegisterScreen.ID, MeetingsScreen.ID, GroupScreen.ID, AnswerScreen.ID,
                DebateScreen.ID, ImportScreen.ID, TrashScreen.ID);
    }

    private static void refuse(String message) {
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
