package se.ledamot.ui.find;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/**
 * Search everywhere: Ctrl+K (and Ctrl+F on a screen without a search field of its own) lays the search over the
 * window; Enter goes to the hit on the screen that shows it, Escape closes and gives the keys back to where they
 * were.
 */
public final class FindEverywhere {
    private final MainWindow shell;
    private final FindViewModel vm;
    private final FindView view;
    /** What had the keys before the search opened. */
    private Node returnTo;

    private FindEverywhere(MainWindow shell) {
        this.shell = shell;
        this.vm = new FindViewModel(shell.context());
        this.view = new FindView(vm, this::go, this::close);
        view.setVisible(false);
        shell.addOverlay(view);
    }

    /** Adds the search to the window: over it, and in Redigera as "Sök överallt" (Ctrl+K) and "Sök" (Ctrl+F). */
    public static FindEverywhere install(MainWindow shell) {
        FindEverywhere find = new FindEverywhere(shell);
        MenuItem everywhere = new MenuItem(Localization.get("find.menu"));
        everywhere.setId("menu-find-everywhere");
        everywhere.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        everywhere.setOnAction(e -> find.open());
        MenuItem here = new MenuItem(Localization.get("ui.menu.edit.find"));
        here.setId("menu-find");
        here.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        here.setOnAction(e -> {
            if (!find.isOpen() && !shell.currentScreen().map(Screen::focusSearch).orElse(false)) {
                find.open();
            } else if (find.isOpen()) {
                find.view.focusField();
            }
        });
        shell.editMenu().getItems().addAll(0, List.of(here, everywhere));
        return find;
    }

    /** Shows the search with the keys in its field (the last text chosen, so typing replaces it). */
    public void open() {
        if (!isOpen()) {
            Scene scene = shell.stage().getScene();
            returnTo = scene == null ? null : scene.getFocusOwner();
            view.setVisible(true);
        }
        view.focusField();
    }

    public boolean isOpen() {
        return view.isVisible();
    }

    /** Closes the search; the keys go back to where they were. */
    public void close() {
        view.setVisible(false);
        Node back = returnTo;
        returnTo = null;
        if (back != null && back.getScene() != null && back.isVisible() && !back.isDisabled()) {
            back.requestFocus();
        } else {
            focusScreen();
        }
    }

    private void go(Hit hit) {
        view.setVisible(false);
        returnTo = null;
        shell.navigate(FindViewModel.destinationOf(hit));
        // The screen shown takes the keys: its table or list, where Up and Down go on from the hit.
        Platform.runLater(this::focusScreen);
    }

    private void focusScreen() {
        shell.currentScreen().map(Screen::view).ifPresent(v -> {
            Node list = v.lookup(".table-view");
            (list != null ? list : v.lookup(".list-view") != null ? v.lookup(".list-view") : v).requestFocus();
        });
    }

    /** The search's state, for tests. */
    public FindViewModel viewModel() {
        return vm;
    }
}
