package se.ledamot.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.testfx.api.FxRobot;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.FxDebouncer;
import se.ledamot.ui.task.FxTaskExecutor;

/**
 * The program's window with every screen, as {@link DesktopApp} makes it, at 1280×800, for the story tests: one
 * difference only, the file dialogs answer from {@link RecordingDialogService} (a native file chooser cannot be
 * driven). Closed and opened again on the same data folder, it is a restart.
 */
public final class StoryWindow {
    public final RecordingDialogService dialogs = new RecordingDialogService();
    private final Stage stage;
    private final Path folder;
    private final java.util.function.BiFunction<Path, java.time.Clock, Ledamot> opener;
    private final Preferences node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    private MainWindow shell;
    private FxTaskExecutor tasks;

    public StoryWindow(Stage stage, Path folder) {
        this(stage, folder, Ledamot::open);
    }

    /** With the services opened another way, e.g. over a disk the test holds ({@code HeldDisk}). */
    public StoryWindow(Stage stage, Path folder, java.util.function.BiFunction<Path, java.time.Clock, Ledamot> opener) {
        this.stage = stage;
        this.folder = folder;
        this.opener = opener;
    }

    public MainWindow shell() {
        return shell;
    }

    /** Stores a planned KF meeting, 14 December 2026 in Kommunhuset, before the window opens; returns its id. */
    public static long plannedMeeting(Path folder) {
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            return app.meetings().add(se.ledamot.domain.meeting.Meeting.planned("KF",
                    java.time.LocalDate.parse("2026-12-14")).withPlace("Kommunhuset")).id();
        }
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
        Ledamot app = opener.apply(folder, TestContext.CLOCK);
        NotificationPane notices = new NotificationPane();
        tasks = new FxTaskExecutor(e -> dialogs.notify(e.toString()));
        AppContext context = new AppContext(app, dialogs, tasks,
                () -> new FxDebouncer(DesktopApp.AUTOSAVE_DELAY, DesktopApp.AUTOSAVE_LONGEST),
                new WriterPreferences(node));
        shell = new MainWindow(stage, context, notices);
        DesktopApp.installScreens(shell);
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
                && dialogs.notifications.stream().anyMatch(n -> n.contains(name)));
        return text(java.nio.file.Files.readAllBytes(file));
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

    /** Closes the window as the user does (Arkiv → Avsluta): what is typed is stored, the database closed. */
    public void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell != null && stage.isShowing()) {
                shell.requestClose();
            }
        });
    }

    /** Closes the window and forgets the test's preferences. */
    public void end(FxRobot robot) throws BackingStoreException {
        close(robot);
        node.removeNode();
    }
}
