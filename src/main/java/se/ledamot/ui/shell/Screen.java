package se.ledamot.ui.shell;

import java.util.List;
import javafx.scene.Node;

/**
 * One screen of the main window, listed in its navigation. The view is asked for once, when the screen is first
 * shown; {@link #flush()} is called before the window switches away from it and before the window closes.
 */
public interface Screen {
    /** A stable name, used by {@link MainWindow#show(String)}. */
    String id();

    /** The name in the navigation, from a bundle. */
    String title();

    Node view();

    /** The screen became visible: reload what may have changed elsewhere. */
    default void shown() {
    }

    /**
     * Hands pending edits over to be saved in the background (the window waits for them before it closes). Returns
     * false when something cannot be stored as typed, or its last save failed; the user's text is still in the view.
     */
    default boolean flush() {
        return true;
    }

    /**
     * The rows whose choice put aside ("Välj senare") waits here: those kept on disk are not lost by closing the
     * window (asked again when the screen is next opened), the others are.
     */
    default List<Aside> waitingAside() {
        return List.of();
    }

    /**
     * What this screen keeps only while the window is open (chosen or typed, not yet taken with its button), by the
     * name of its row: closing the window says it is lost with it.
     */
    default List<String> heldInWindow() {
        return List.of();
    }

    /**
     * Ctrl+F: puts the keys in this screen's own search field and returns true; a screen without one returns false
     * and the window's search of everything opens instead.
     */
    default boolean focusSearch() {
        return false;
    }

    /** A row whose choice put aside waits: its heading, and whether it is kept on disk (the write went through). */
    record Aside(String title, boolean kept) {
    }
}
