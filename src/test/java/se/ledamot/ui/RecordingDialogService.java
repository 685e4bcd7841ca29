package se.ledamot.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ledamot.brief.BriefPdf;
import se.ledamot.ui.dialog.DialogService;

/**
 * Remembers what would have been shown, answers questions as told, and keeps the last notification's action. Or, with
 * the window's own dialogs to show on ({@link #showOn}), shows its alerts, questions and notices there as well (to
 * walk and look at) and takes the user's answer; the file dialogs (a native chooser cannot be driven) and the printer
 * answer from here still.
 */
public final class RecordingDialogService implements DialogService {
    public final List<Path> opened = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    /** What was sent to the printer, in order: the job's name and the pages as PDF. */
    public final List<Printed> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
    public Runnable lastAction;
    public String lastActionText;
    public boolean confirmAnswer = true;
    public Path saveTo;
    /** The folder "chosen" when one is asked for; none when null. */
    public Path chosenFolder;
    /** What the next file chooser "chooses". */
    public List<Path> toOpen = List.of();
    /** The window's own dialogs, shown as the user sees them; null: nothing shown. */
    private DialogService shown;

    /** Shows the alerts, questions and notices on these dialogs too, from now on. */
    void showOn(DialogService dialogs) {
        this.shown = dialogs;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
        if (shown != null) {
            shown.showError(title, message);
        }
    }

    @Override
    public void showInfo(String title, String message) {
        notifications.add(message);
        if (shown != null) {
            shown.showInfo(title, message);
        }
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        return shown == null ? confirmAnswer : shown.confirm(title, message);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, String... extensions) {
        return toOpen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            String... extensions) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(chosenFolder);
    }

    @Override
    public void openWithSystem(Path file) {
        opened.add(file);
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
        if (shown != null) {
            shown.notify(message);
        }
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        notifications.add(message);
        lastActionText = actionText;
        lastAction = action;
        if (shown != null) {
            shown.notify(message, actionText, action);
        }
    }

    @Override
    public boolean print(BriefPdf pdf, String jobName) {
        printed.add(new Printed(jobName, pdf));
        return true;
    }

    /** A print job as the printer would have got it. */
    public record Printed(String jobName, BriefPdf pdf) {
    }

    public String lastNotification() {
        return notifications.isEmpty() ? null : notifications.getLast();
    }
}
