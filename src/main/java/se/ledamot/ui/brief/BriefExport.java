package se.ledamot.ui.brief;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/** Arkiv → Exportera underlag…: a window to make a brief, look at it, save it or print it. */
public final class BriefExport {
    private final MainWindow shell;
    private Stage stage;
    private BriefExportViewModel vm;

    private BriefExport(MainWindow shell) {
        this.shell = shell;
    }

    public static BriefExport install(MainWindow shell) {
        BriefExport export = new BriefExport(shell);
        MenuItem item = new MenuItem(Localization.get("brief.ui.menu"));
        item.setId("menu-brief");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        item.setOnAction(e -> export.show());
        shell.addFileItem(item);
        return export;
    }

    /** Opens the export window, or brings it forward, with fresh lists of matters and meetings. */
    public void show() {
        if (stage == null) {
            vm = new BriefExportViewModel(shell.context(), shell.context().dialogs()::print);
            stage = new Stage();
            stage.initOwner(shell.stage());
            stage.setTitle(Localization.get("brief.ui.title"));
            // As tall as the paper's preview wants, but never past the screen: at 1280x800 its top row was cut off.
            double height = Math.min(860, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 40);
            Scene scene = new Scene(new BriefExportView(vm, stage::hide), 760, height);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            shell.onClose(stage::close);
        }
        // What is being typed (an answer in Svar) is stored first, so the brief prints it.
        shell.currentScreen().ifPresent(Screen::flush);
        vm.load();
        stage.show();
        stage.toFront();
    }

    public BriefExportViewModel viewModel() {
        return vm;
    }
}
