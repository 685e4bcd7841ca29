package se.ledamot.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import se.ledamot.l10n.Localization;

/** Dialogs owned by the main window, and notifications in its {@link NotificationPane}. */
public final class FxDialogService implements DialogService {
    private static final Duration NOTICE_TIME = Duration.seconds(10);
    /** Plain notices shown together at most: more would push the window's content down for old news. */
    private static final int PLAIN_SHOWN = 2;

    // The window is started with Platform.startup, not as an Application; an Application object is still the only
    // way to reach JavaFX's HostServices, which hand a document to the system.
    private static final HostServices HOST = new Application() {
        @Override
        public void start(javafx.stage.Stage stage) {
        }
    }.getHostServices();

    private final Window owner;
    private final NotificationPane notices;
    private final PauseTransition hideLater = new PauseTransition(NOTICE_TIME);
    /** The notice shown that asks the user to act, until hidden; null when none. */
    private String asking;
    /** The plain notices said while the bar shows, oldest first, at most {@link #PLAIN_SHOWN}. */
    private final List<String> said = new ArrayList<>();
    /** The message of the last save among those said, replaced by the next one's; null when none. */
    private String saved;
    /** Whether the bar is being fitted to its text after each layout ({@link #fitAfterLayout}): once at a time. */
    private boolean fitting;

    public FxDialogService(Window owner, NotificationPane notices) {
        this.owner = owner;
        this.notices = notices;
        hideLater.setOnFinished(e -> hide());
        // Closed by its button: what it said is not shown again with the next notice.
        notices.setOnHiding(e -> {
            asking = null;
            said.clear();
            saved = null;
        });
    }

    @Override
    public void showError(String title, String message) {
        owned(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        owned(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = owned(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(DialogButtons.yes(), DialogButtons.no());
        return a.showAndWait().filter(DialogButtons::accepted).isPresent();
    }

    /** An alert with the message wrapped in a label, so long Swedish sentences are never cut off. */
    public static Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        if (type == Alert.AlertType.CONFIRMATION) {
            a.getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        } else if (type != Alert.AlertType.NONE) {
            a.getButtonTypes().setAll(DialogButtons.ok());
        }
        a.setTitle(title);
        a.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        // The preferred width, not only the maximum: a dialog sizes itself to its content's preferred width, which
        // for a label is its text on one line (a message with paths in it then ran off the screen, its button too).
        text.setPrefWidth(480);
        text.setMaxWidth(480);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a;
    }

    private Alert owned(Alert.AlertType type, String title, String message) {
        Alert a = alert(type, title, message);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        return a;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, String... extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToOpenIn(Path folder, String title, String filterName, String... extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            String... extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, String filterName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                    Arrays.stream(extensions).map(e -> "*." + e).toList()));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Localization.get("ui.file.all"), "*.*"));
        return chooser;
    }

    @Override
    public void openWithSystem(Path file) {
        HOST.showDocument(file.toUri().toString());
    }

    @Override
    public void notify(String message) {
        // Two things said at one moment are both read (a save refused and the server lost): the newest last.
        said.remove(message);
        said.add(message);
        if (said.size() > PLAIN_SHOWN) {
            said.removeFirst();
        }
        show();
    }

    @Override
    public void notifySaved(String message) {
        if (saved != null) {
            said.remove(saved);
        }
        saved = message;
        notify(message);
    }

    @Override
    public void movedOn() {
        if (saved == null || !said.remove(saved)) {
            return;
        }
        saved = null;
        if (asking == null && said.isEmpty()) {
            hide();
        } else {
            notices.setText(text());
            fitAfterLayout();
        }
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        asking = message;
        notices.getActions().setAll(new Action(actionText, e -> {
            hide();
            action.run();
        }));
        show();
    }

    /**
     * Shows the notice that asks the user to act (with its action) and the last plain one together while either is
     * shown, so neither covers the other (the choices waiting when the window opens, and on a server the search's
     * notice said at the same moment), and the last plain ones under it.
     */
    private void show() {
        if (asking == null) {
            notices.getActions().clear();
        }
        String text = text();
        // Shown already: the text is changed in place (showing it anew hides it first, and its hiding would forget).
        if (notices.isShowing()) {
            notices.setText(text);
        } else {
            notices.show(text);
        }
        hideLater.playFromStart();
        fitAfterLayout();
    }

    private String text() {
        return String.join("\n", asking == null ? said
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(asking), said.stream()).toList());
    }

    /**
     * Fits the bar to its text after each layout ({@link #fit}) until its text is laid out and a layout changes
     * nothing, or it is hidden: the bar makes its buttons as it is shown, and a button held whole narrows the text.
     */
    private void fitAfterLayout() {
        javafx.scene.Scene scene = notices.getScene();
        if (scene == null || fitting) {
            return;
        }
        fitting = true;
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (!fit() && (laidOut() || !notices.isShowing())) {
                scene.removePostLayoutPulseListener(step[0]);
                fitting = false;
            }
        };
        scene.addPostLayoutPulseListener(step[0]);
    }

    private boolean laidOut() {
        return notices.lookupAll(".notification-bar .label").stream()
                .anyMatch(n -> n instanceof javafx.scene.layout.Region r && r.getWidth() > 0);
    }

    /**
     * An action's button keeps its words whole beside a long notice, which wraps instead (english27: "Remove the s…"
     * beside a backup's path at 1000×650), and each wrapping label is held at least as high as its text at the width
     * it has: the bar measured it unwrapped, one line a paragraph, and a backup's notice of two lines at 1000×650
     * showed one, "… är sparad i ..." (round 27). Whether it changed anything (then the bar is laid out again).
     */
    private boolean fit() {
        boolean changed = false;
        for (javafx.scene.Node n : notices.lookupAll(".notification-bar .button")) {
            if (n instanceof javafx.scene.layout.Region b
                    && b.getMinWidth() != javafx.scene.layout.Region.USE_PREF_SIZE) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                changed = true;
            }
        }
        for (javafx.scene.Node n : notices.lookupAll(".notification-bar .label")) {
            if (n instanceof javafx.scene.control.Label l && l.isWrapText() && l.getWidth() > 0) {
                double needed = l.prefHeight(l.getWidth());
                if (Math.abs(l.getMinHeight() - needed) > 0.5) {
                    l.setMinHeight(needed);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private void hide() {
        asking = null;
        said.clear();
        saved = null;
        notices.hide();
    }
}
