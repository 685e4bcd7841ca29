package se.ledamot.ui.shell;

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

    /** Saves pending edits. Returns false if something could not be saved (the user's text is still in the view). */
    default boolean flush() {
        return true;
    }
}
