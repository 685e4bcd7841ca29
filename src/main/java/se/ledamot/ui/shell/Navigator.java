package se.ledamot.ui.shell;

/** Takes the user to a {@link Destination}; the main window is one, a test may pass a recording one. */
@FunctionalInterface
public interface Navigator {
    /** Shows the destination; false when no screen of this window shows that kind of destination. */
    boolean navigate(Destination to);
}
