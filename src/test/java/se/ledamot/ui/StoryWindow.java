package se.ledamot.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;

/**
 * The program's window with every screen (or those a test chooses), as {@link DesktopApp} makes it, at 1280×800, for the story tests: one
 * difference only, the file dialogs answer from {@link RecordingDialogService} (a native file chooser cannot be
 * driven). Closed and opened again on the same data folder, it is a restart. As an extension it gives each test
 * TestFX's stage and a preferences node of its own, writes the test's seed into the folder, and after the test (after
 * its own {@code @AfterEach} methods) closes the window as the user does, then what the test handed it to close:
 *
 * <pre>
 * &#64;ExtendWith(WindowRobot.class)
 * class SomeStoryTest {
 *     &#64;TempDir
 *     Path folder;
 *
 *     &#64;RegisterExtension
 *     final StoryWindow window = new StoryWindow(() -&gt; folder, this::seed);
 * </pre>
 *
 * The window opens only when the test says {@link #open}, so a test's {@code @BeforeEach} may prepare more first.
 */
public final class StoryWindow implements BeforeEachCallback, AfterEachCallback {
    /** Writes what the test needs into the data folder before the window opens on it. */
    @FunctionalInterface
    public interface Seed {
        void write(Ledamot app) throws Exception;
    }

    public final RecordingDialogService dialogs = new RecordingDialogService();
    private final Supplier<Path> folder;
    private final Seed seed;
    private final Deque<AutoCloseable> afterTheWindow = new ArrayDeque<>();
    private BiFunction<Path, Clock, Ledamot> opener = Ledamot::open;
    private Consumer<MainWindow> screens = DesktopApp::installScreens;
    private Locale locale;
    private Locale localeBefore;
    /** The window's language for the test (Localization's), and the one before it. */
    private Locale language;
    private Locale languageBefore;
    /** Whether the window's alerts, questions and notices are shown (else only recorded). */
    private boolean shown;
    private Stage stage;
    private Preferences node;
    private MainWindow shell;
    private FxTaskExecutor tasks;

    /** A window on the folder as the test leaves it (one never opened starts with the samples, as a new user's). */
    public StoryWindow(Supplier<Path> folder) {
        this(folder, null);
    }

    /** A window on a folder first opened by the test to write {@code seed} into it. */
    public StoryWindow(Supplier<Path> folder, Seed seed) {
        this.folder = folder;
        this.seed = seed;
    }

    /** With the services opened another way, e.g. over a disk the test holds ({@code HeldDisk}); before {@link #open}. */
    public StoryWindow openedBy(BiFunction<Path, Clock, Ledamot> opener) {
        this.opener = opener;
        return this;
    }

    /** With only these screens, the first shown (a screen's own test, without the others' reads); before {@link #open}. */
    public StoryWindow withScreens(Consumer<MainWindow> install) {
        this.screens = install;
        return this;
    }

    /** On a computer set to another language for the test (LANG=C.UTF-8, as under Xvfb, is {@link Locale#US}). */
    public StoryWindow onAComputerIn(Locale locale) {
        this.locale = locale;
        return this;
    }

    /** The window in {@code language} (Localization's), the language before it set again after the test. */
    public StoryWindow inTheLanguage(Locale language) {
        this.language = language;
        return this;
    }

    /** With the window's alerts, questions and notices shown as a user sees them (and recorded); before {@link #open}. */
    public StoryWindow withDialogsShown() {
        this.shown = true;
        return this;
    }

    /** Closes {@code resource} after the window (a server the window works on); the last handed, the first closed. */
    public <T extends AutoCloseable> T closedAfterTheWindow(T resource) {
        afterTheWindow.push(resource);
        return resource;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        node = TestContext.testPreferences();
        DesktopWindow.forgetTheLayout();
        if (locale != null) {
            localeBefore = Locale.getDefault();
            Locale.setDefault(locale);
        }
        if (language != null) {
            languageBefore = se.ledamot.l10n.Localization.locale();
            se.ledamot.l10n.Localization.setLocale(language);
        }
        if (seed != null) {
            try (Ledamot app = Ledamot.open(folder.get(), TestContext.CLOCK)) {
                seed.write(app);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            close(new FxRobot());
        } finally {
            node.removeNode();
            if (localeBefore != null) {
                Locale.setDefault(localeBefore);
            }
            if (languageBefore != null) {
                se.ledamot.l10n.Localization.setLocale(languageBefore);
            }
            while (!afterTheWindow.isEmpty()) {
                afterTheWindow.pop().close();
            }
        }
    }

    public MainWindow shell() {
        return shell;
    }

    /** The folder's latest planned meeting (the sample data's next council meeting), once it is stored. */
    public java.util.Optional<Meeting> plannedMeeting() {
        return shell.context().services().meetings().list().stream()
                .filter(m -> m.status() == se.ledamot.domain.meeting.MeetingStatus.PLANNED)
                .max(java.util.Comparator.comparing(Meeting::date));
    }

    /** Stores a planned KF meeting, 14 December 2026 in Kommunhuset (a seed's); returns its id. */
    public static long plannedMeeting(Ledamot app) {
        return app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")).withPlace("Kommunhuset")).id();
    }

    /**
     * Goes to Partigrupp and writes the group {@code code} with Enter, as a person does (the meeting is the next one,
     * chosen already); returns its table once its rows are read.
     */
    public javafx.scene.control.TableView<se.ledamot.ui.meetings.GroupRow> openGroup(FxRobot robot, String code) {
        show(robot, se.ledamot.ui.meetings.GroupScreen.ID);
        robot.clickOn("#group-code").write(code).type(javafx.scene.input.KeyCode.ENTER);
        settled();
        javafx.scene.control.TableView<se.ledamot.ui.meetings.GroupRow> table =
                robot.lookup("#group-table").queryTableView();
        WindowDriver.waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    /** Goes to Protokoll and chooses the meeting {@code id} in its list, as a person does; waits until it is read. */
    public void minutesOf(FxRobot robot, long id) {
        show(robot, se.ledamot.ui.minutes.MinutesScreen.ID);
        javafx.scene.control.ComboBox<se.ledamot.domain.meeting.Meeting> meetings =
                robot.lookup("#minutesMeeting").queryComboBox();
        WindowDriver.waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id() == id));
        robot.interact(() -> meetings.setValue(meetings.getItems().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow()));
        settled();
    }

    /** Protokoll with the meeting {@code id} chosen, on its tab Inställningar (the papers' settings), read. */
    public void minutesSettingsOf(FxRobot robot, long id) {
        minutesOf(robot, id);
        javafx.scene.control.TabPane tabs = robot.lookup("#minutesTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabSettings".equals(t.getId())).findFirst().orElseThrow()));
        settled();
        WindowDriver.waitUntil(() -> robot.lookup("#settingsChair").tryQuery().isPresent()
                && !robot.lookup("#settingsNoticeBoard").queryTextInputControl().isDisabled());
    }

    /** Opens the window (again) on the folder. */
    public MainWindow open(FxRobot robot) {
        robot.interact(this::openHere);
        return shell;
    }

    /** As {@link #open}, on the FX thread already (a window that reopens itself). */
    public MainWindow openHere() {
        // The app's own theme (AtlantaFX, as DesktopApp applies it), not whatever a run's earlier test left: its sizes
        // decide what is in view at 1280×800 (a Spara under Modena's smaller form was out of view under it).
        javafx.application.Application.setUserAgentStylesheet(se.ledamot.ui.shell.Appearance.Theme.LIGHT.stylesheet());
        Ledamot app = opener.apply(folder.get(), TestContext.CLOCK);
        NotificationPane notices = new NotificationPane();
        tasks = new FxTaskExecutor(e -> dialogs.notify(e.toString()));
        if (shown) {
            dialogs.showOn(new se.ledamot.ui.dialog.FxDialogService(stage, notices));
        }
        AppContext context = new AppContext(app, dialogs, tasks,
                () -> new FxDebouncer(DesktopApp.AUTOSAVE_DELAY, DesktopApp.AUTOSAVE_LONGEST),
                new WriterPreferences(node));
        shell = new MainWindow(stage, context, notices);
        screens.accept(shell);
        FxTaskExecutor running = tasks;
        shell.onClose(() -> {
            running.close();
            app.close();
        });
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        return shell;
    }

    /**
     * Waits until no background work (a load, a save) is running or waiting, so that what is shown is what is stored.
     * Not only the listed tasks: a screen's reads have no title (a test that typed before Protokoll's read came back
     * saw the read fill the form over what it typed).
     */
    public void settled() {
        WindowDriver.waitUntil(() -> tasks.running().isEmpty() && tasks.isIdle());
    }

    /** Chooses Protokoll's tab {@code id} (chosen, not clicked: its header's words follow the language) and settles. */
    public void minutesTab(org.testfx.api.FxRobot robot, String id) {
        javafx.scene.control.TabPane tabs = robot.lookup("#minutesTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        settled();
    }

    /** Keeps a picture of the window in target/ to look at (and for a failing story, to see where it stopped). */
    public void snapshot(FxRobot robot, String name) throws java.io.IOException {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(WindowDriver.toAwt(shot[0]), "png", Path.of("target", name + ".png").toFile());
    }

    /**
     * Arkiv → Exportera underlag…: chooses the kind of brief and what it is about (by the id in the list whose
     * selector is given), presses Spara som PDF… and answers the file dialog with a file in {@code folder}; returns
     * the text of the PDF written, soft hyphens and line breaks taken out, and closes the export window with Escape.
     */
    public <T> String export(FxRobot robot, BriefExportViewModel.Kind kind, String list,
            java.util.function.Predicate<T> which, Path file) throws java.io.IOException {
        dialogs.saveTo = file;
        choose(robot, kind, list, which, "");
        robot.clickOn("#brief-save");
        String text = saved(file);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        return text;
    }

    /**
     * Arkiv → Exportera underlag…, as {@link #export}, for a party group when {@code group} is not blank, but presses
     * Skriv ut…: returns the text of what the printer got (the system's print dialog answered by
     * {@link RecordingDialogService#print}).
     */
    public <T> String print(FxRobot robot, BriefExportViewModel.Kind kind, String list,
            java.util.function.Predicate<T> which, String group) throws java.io.IOException {
        int before = dialogs.printed.size();
        choose(robot, kind, list, which, group);
        robot.clickOn("#brief-print");
        WindowDriver.waitUntil(() -> dialogs.printed.size() > before
                && robot.lookup("#brief-status").queryLabeled().getText().equals(
                        se.ledamot.l10n.Localization.get("brief.ui.printed")));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        return text(dialogs.printed.getLast().pdf().bytes());
    }

    private <T> void choose(FxRobot robot, BriefExportViewModel.Kind kind, String list,
            java.util.function.Predicate<T> which, String group) {
        javafx.scene.control.MenuItem export = shell.fileMenu().getItems().stream()
                .filter(i -> "menu-brief".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(export::fire);
        javafx.scene.control.ChoiceBox<BriefExportViewModel.Kind> kinds = robot.lookup("#brief-kind")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> kinds.setValue(kind));
        javafx.scene.control.ComboBox<T> about = robot.lookup(list).queryComboBox();
        WindowDriver.waitUntil(() -> about.getItems().stream().anyMatch(which));
        robot.interact(() -> about.setValue(about.getItems().stream().filter(which).findFirst().orElseThrow()));
        if (!group.isBlank()) {
            javafx.scene.control.TextInputControl field = robot.lookup("#brief-group").queryTextInputControl();
            robot.interact(field::clear);
            robot.clickOn(field).write(group);
        }
        WindowDriver.waitUntil(() -> !robot.lookup("#brief-save").queryButton().isDisabled());
    }

    /**
     * Waits until a paper is written to {@code file} and the window has said so; returns its text, soft hyphens,
     * no-break spaces and line breaks evened out.
     */
    public String saved(Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        WindowDriver.waitUntil(() -> java.nio.file.Files.isRegularFile(file)
                && dialogs.notifications.stream().anyMatch(n -> n.contains(name)),
                () -> "file " + (java.nio.file.Files.isRegularFile(file) ? "written" : "not written")
                        + "; notifications " + java.util.List.copyOf(dialogs.notifications) + "; errors "
                        + java.util.List.copyOf(dialogs.errors) + "; asked " + java.util.List.copyOf(dialogs.asked)
                        + "; the screen says " + WindowDriver.onFx(this::statusLines));
        return text(java.nio.file.Files.readAllBytes(file));
    }

    /** The texts of the shown labels named as a screen's status or error line ("minutesStatus", "minutesError"). */
    private java.util.List<String> statusLines() {
        return shell().stage().getScene().getRoot().lookupAll(".label").stream()
                .filter(n -> n.getId() != null && (n.getId().endsWith("Status") || n.getId().endsWith("Error"))
                        && n.isVisible() && n instanceof javafx.scene.control.Label)
                .map(n -> n.getId() + ": " + ((javafx.scene.control.Label) n).getText()).toList();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "")
                    .replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    /** Goes to a screen as a person does: a click on its name in the navigation. */
    public void show(FxRobot robot, String id) {
        robot.clickOn(robot.lookup("#navigation .list-cell").match((ListCell<?> c) ->
                c.getItem() instanceof Screen s && s.id().equals(id)).queryAs(Node.class));
        WindowDriver.waitUntil(() -> shell.currentScreen().map(s -> s.id().equals(id)).orElse(false));
    }

    /**
     * Issue 16.5's restart: the conflict view came, she chooses later ("Välj senare") and closes the window (the
     * question names {@code kept}, as kept; the dialogs answer yes); the folder holds that one choice, and the program
     * starts again on it with the screen {@code id} shown.
     */
    public void putAsideAndRestart(FxRobot robot, String kept, String id) {
        javafx.stage.Window view = WindowDriver.conflictView(robot);
        robot.clickOn("#conflict-later");
        WindowDriver.waitUntil(() -> !view.isShowing());
        close(robot);
        WindowDriver.waitUntil(() -> !stage.isShowing());
        org.assertj.core.api.Assertions.assertThat(dialogs.asked.getLast()).contains(kept).contains("finns kvar");
        try (Ledamot closed = Ledamot.open(folder.get(), TestContext.CLOCK)) {
            org.assertj.core.api.Assertions.assertThat(closed.putAside().waiting()).hasSize(1);
        }
        open(robot);
        show(robot, id);
    }

    /** Closes the window as the user does (Arkiv → Avsluta): what is typed is stored, the database closed. */
    public void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell != null && stage.isShowing()) {
                shell.requestClose();
            }
        });
    }
}
