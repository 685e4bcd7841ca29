package se.ledamot.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.ledamot.brief.BriefPdf;

/**
 * Everything that talks to the user outside a screen: alerts, questions, file choosers, the print dialog and short
 * notifications.
 * View models get one injected and never open windows themselves; tests pass a recording one.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /**
     * Files to open, by extension (without the dot): {@code chooseFilesToOpen(title, "Textfiler", "txt", "docx")}.
     * Empty when the user cancels.
     */
    List<Path> chooseFilesToOpen(String title, String filterName, String... extensions);

    /** One file to open, the chooser starting in the given folder (where the backups are, for instance). */
    default Optional<Path> chooseFileToOpenIn(Path folder, String title, String filterName, String... extensions) {
        return chooseFilesToOpen(title, filterName, extensions).stream().findFirst();
    }

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, String... extensions);

    Optional<Path> chooseFolder(String title);

    /** Opens a file in the program the system has for its kind (a PDF reader, a word processor). */
    void openWithSystem(Path file);

    /**
     * Sends a written paper to a printer the user picks in the system's print dialog (called off the FX thread);
     * false when the user cancels the dialog.
     */
    default boolean print(BriefPdf pdf, String jobName) throws Exception {
        return pdf.print(jobName);
    }

    /** A short message at the top of the window that goes away by itself. */
    void notify(String message);

    /** A notification with one action, such as "Ångra". */
    void notify(String message, String actionText, Runnable action);

    /**
     * A short message that something was stored: it takes the place of the last such message, and goes when the user
     * goes to another screen (old news there; several stale "… är sparat" were read together).
     */
    default void notifySaved(String message) {
        notify(message);
    }

    /** The user went to another screen: the message of a save is taken away. */
    default void movedOn() {
    }
}
