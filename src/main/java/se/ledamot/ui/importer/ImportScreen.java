package se.ledamot.ui.importer;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/**
 * Import as a screen of the main window: Arkiv → Importera filer…/mapp…, files and folders dropped anywhere on the
 * window, and the sample matters on the first start of a new database (with a way to remove them).
 */
public final class ImportScreen extends AbstractScreen {
    public static final String ID = "import";

    private final MainWindow shell;
    private final ImportViewModel vm;

    private ImportScreen(MainWindow shell) {
        super(ID, "importer.ui.title");
        this.shell = shell;
        this.vm = new ImportViewModel(shell.context());
    }

    public static ImportScreen install(MainWindow shell) {
        ImportScreen screen = new ImportScreen(shell);
        shell.addScreen(screen);
        MenuItem files = new MenuItem(Localization.get("importer.ui.menu.files"));
        files.setId("menu-import");
        files.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        files.setOnAction(e -> screen.chooseFiles());
        MenuItem folder = new MenuItem(Localization.get("importer.ui.menu.folder"));
        folder.setOnAction(e -> screen.chooseFolder());
        shell.addFileItem(files);
        shell.addFileItem(folder);
        if (screen.vm.samplesOffered()) {
            MenuItem samples = new MenuItem(Localization.get("importer.ui.menu.removeSamples"));
            samples.setOnAction(e -> screen.vm.removeSamples());
            shell.addFileItem(samples);
        }
        shell.root().addEventHandler(DragEvent.DRAG_OVER, screen::dragOver);
        shell.root().addEventHandler(DragEvent.DRAG_DROPPED, screen::dropped);
        // A new user sees the sample matters in the register at once, not an empty dashboard; one who has clicked or
        // typed in the window while they were read stays where she is (the window switched away under her, even from
        // the screen she had just chosen again).
        Optional<Screen> first = shell.currentScreen();
        boolean[] touched = {false};
        EventHandler<InputEvent> touch = e -> touched[0] = true;
        shell.root().addEventFilter(MouseEvent.MOUSE_PRESSED, touch);
        shell.root().addEventFilter(KeyEvent.KEY_PRESSED, touch);
        screen.vm.loadSamplesIfNew(() -> {
            if (!touched[0] && shell.currentScreen().equals(first)) {
                shell.navigate(new Destination.Register());
            }
        }, () -> {
            shell.root().removeEventFilter(MouseEvent.MOUSE_PRESSED, touch);
            shell.root().removeEventFilter(KeyEvent.KEY_PRESSED, touch);
        });
        return screen;
    }

    private void chooseFiles() {
        List<java.nio.file.Path> chosen = shell.context().dialogs().chooseFilesToOpen(
                Localization.get("importer.ui.chooseFiles.title"), Localization.get("importer.ui.filter"),
                "txt", "pdf", "docx", "odt", "md");
        read(chosen);
    }

    private void chooseFolder() {
        shell.context().dialogs().chooseFolder(Localization.get("importer.ui.chooseFolder.title"))
                .ifPresent(f -> read(List.of(f)));
    }

    /** Shows the preview and reads the files into it. */
    public void read(List<java.nio.file.Path> paths) {
        if (!paths.isEmpty()) {
            shell.show(ID);
            vm.read(paths);
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            read(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
        }
    }

    @Override
    protected Node build() {
        return new ImportView(vm, this::chooseFiles, this::chooseFolder);
    }
}
