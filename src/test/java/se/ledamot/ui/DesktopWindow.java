package se.ledamot.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.shell.MainWindow;

/**
 * The program's window as {@link DesktopApp} opens it, on a data folder the test prepares, for each test of a class,
 * and closed after it as the user closes it (what is typed is stored, the database closed). In place of the same
 * {@code @Start}/{@code @AfterEach} pair in every window test:
 *
 * <pre>
 * &#64;ExtendWith(WindowRobot.class)
 * class SomeWindowTest {
 *     &#64;TempDir
 *     Path folder;
 *
 *     &#64;RegisterExtension
 *     final DesktopWindow window = new DesktopWindow(() -&gt; folder, this::seed);
 * </pre>
 *
 * The window opens in TestFX's stage after {@code WindowRobot} (TestFX's extension) has set it up (an extension registered in a
 * field runs after the class's), and closes after the test's own {@code @AfterEach} methods.
 */
public final class DesktopWindow implements BeforeEachCallback, AfterEachCallback {
    /** Writes what the test needs into the data folder before the window opens on it. */
    @FunctionalInterface
    public interface Seed {
        void write(Ledamot app) throws Exception;
    }

    private static final long WAIT_SECONDS = 90;

    private final Supplier<Path> folder;
    private final Seed seed;
    private MainWindow shell;

    /** A window on a new data folder, which starts with the sample data as a new user's does. */
    public DesktopWindow(Supplier<Path> folder) {
        this(folder, null);
    }

    /**
     * A window on a data folder first opened by the test to write {@code seed} into it. No sample data then if the
     * seed writes a matter; a folder without matters is new, and the window stores the samples as it starts.
     */
    public DesktopWindow(Supplier<Path> folder, Seed seed) {
        this.folder = folder;
        this.seed = seed;
    }

    /** The window open now: the first one, or the one {@link #reopen} opened. */
    public MainWindow shell() {
        return shell;
    }

    /** The program closed as the user closes it, and started again on the same data folder: {@link #reopen}. */
    public MainWindow restart() throws Exception {
        MainWindow closing = shell;
        onFx(() -> {
            closing.requestClose();
            return null;
        });
        return reopen();
    }

    /**
     * Once the window has closed (the test closed it), the program started again on the same data folder in a new
     * stage; that window is {@link #shell()} from then on, and closed after the test.
     */
    public MainWindow reopen() throws Exception {
        MainWindow closed = shell;
        WindowDriver.waitUntil(() -> !closed.stage().isShowing());
        shell = onFx(() -> DesktopApp.open(new Stage(), folder.get(), TestContext.CLOCK).orElseThrow());
        return shell;
    }

    /**
     * Every test starts as a new user would: no name, party or party group remembered on this computer from the test
     * before. The window keeps them in the user's preferences, which all tests of a run share, and a window on a
     * server fills them from the member's enrolment where empty (so a test after a server test found "S" chosen).
     */
    public static void forgetWhoWorksHere() {
        WriterPreferences mine = WriterPreferences.forUser();
        mine.userName().set("");
        mine.userParty().set("");
        mine.partyGroup().set("");
    }

    /**
     * Every test's window is laid out as a new user's: no divider where a test before left it. The dividers are kept
     * in the user's preferences, which all tests of a run share; the register's editor made smaller by an earlier
     * test had SecretaryStoryTest's Förslagsställare below the editor's view, its clicks landing elsewhere (whole runs).
     */
    public static void forgetTheLayout() throws java.util.prefs.BackingStoreException {
        java.util.prefs.Preferences.userRoot().node(se.ledamot.ui.shell.SideOrBelow.NODE).clear();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        forgetWhoWorksHere();
        forgetTheLayout();
        Path data = folder.get();
        if (seed != null) {
            try (Ledamot app = Ledamot.open(data)) {
                seed.write(app);
            }
        }
        shell = onFx(() -> {
            Platform.setImplicitExit(false);
            return DesktopApp.open(stage, data, TestContext.CLOCK).orElseThrow();
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (shell != null) {
            onFx(() -> {
                if (shell.stage().isShowing()) {
                    shell.requestClose();
                }
                return null;
            });
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
