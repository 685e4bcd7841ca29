package se.ledamot.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.ledamot.brief.BriefPdf;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.dialog.FxDialogService;

/**
 * The window's own dialogs and notices, shown as the user sees them (to walk and look at), and noted by
 * {@code recorded} too; the file dialogs (a native chooser cannot be driven) and the printer answer from it.
 */
final class ShownDialogService implements DialogService {
    private final FxDialogService shown;
    private final RecordingDialogService recorded;

    ShownDialogService(FxDialogService shown, RecordingDialogService recorded) {
        this.shown = shown;
        this.recorded = recorded;
    }

    @Override
    public void showError(String title, String message) {
        recorded.showError(title, message);
        shown.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        recorded.showInfo(title, message);
        shown.showInfo(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        recorded.asked.add(message);
        return shown.confirm(title, message);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, String... extensions) {
        return recorded.chooseFilesToOpen(title, filterName, extensions);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            String... extensions) {
        return recorded.chooseFileToSave(title, suggestedName, filterName, extensions);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return recorded.chooseFolder(title);
    }

    @Override
    public void openWithSystem(Path file) {
        recorded.openWithSystem(file);
    }

    @Override
    public boolean print(BriefPdf pdf, String jobName) {
        return recorded.print(pdf, jobName);
    }

    @Override
    public void notify(String message) {
        recorded.notify(message);
        shown.notify(message);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        recorded.notify(message, actionText, action);
        shown.notify(message, actionText, action);
    }
}
