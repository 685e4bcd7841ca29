package se.ledamot.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.ledamot.domain.ExportProgress;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.ExportService;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * Arkiv → Exportera allt… and Läs in en export…: everything out to a folder in the open form, and such a folder read
 * back in place of what the data folder holds (saved as a backup first). Both run off the FX thread with progress
 * and a cancel in the status bar; a cancelled or failed reading leaves the data as it was.
 */
public final class ExportViewModel {
    /** What the window does around a reading: stops taking input, lets the saves land, and opens again after. */
    public interface Window {
        /** Stops (true) or resumes (false) taking input; then runs {@code settled} once every save has landed. */
        void hold(boolean held, Runnable settled);

        /**
         * Closes the window and opens it again on the data now in the folder; then runs {@code release}, which
         * holds the folder open meanwhile so a protected one is not asked for its password a second time.
         */
        void reopen(Runnable release);
    }

    private final AppContext context;
    private final Window window;

    /** @param window what the window does around reading an export in; null where none is read in (a server) */
    public ExportViewModel(AppContext context, Window window) {
        this.context = context;
        this.window = window;
    }

    private ExportService exports() {
        return context.services().exports();
    }

    private DialogService dialogs() {
        return context.dialogs();
    }

    /**
     * Asks where, then writes everything there: into the chosen folder if empty, else a new folder inside it. On a
     * shared server, everything this login may see there (the server shows it nothing of another group's).
     */
    public void exportAll() {
        dialogs().chooseFolder(Localization.get("ui.export.choose")).ifPresent(chosen -> {
            Path target = target(chosen);
            BackgroundTask.of(p -> exports().export(target, progress(p, "ui.export.at")))
                    .title(Localization.get("ui.export.working"))
                    .onSuccess(counts -> dialogs().notify(Localization.get(context.server().isPresent()
                            ? "ui.export.done.server" : "ui.export.done", target, ExportService.describe(counts))))
                    .onCancelled(() -> dialogs().notify(Localization.get("ui.export.cancelled", target)))
                    .onFailure(e -> dialogs().showError(Localization.get("ui.export.failed.title"),
                            Errors.describe(e)))
                    .executeWith(context.tasks());
        });
    }

    /** Asks for an export, says what it holds and what happens, and reads it in when the user agrees. */
    public void importExport() {
        dialogs().chooseFolder(Localization.get("ui.exportImport.choose")).ifPresent(folder ->
                BackgroundTask.of(p -> ExportService.contents(folder))
                        .title(Localization.get("ui.exportImport.working"))
                        .onSuccess(counts -> {
                            if (dialogs().confirm(Localization.get("ui.exportImport.title"), Localization.get(
                                    "ui.exportImport.question", folder, ExportService.describe(counts)))) {
                                window.hold(true, () -> replaceWith(folder));
                            }
                        })
                        .onFailure(this::failedToRead)
                        .executeWith(context.tasks()));
    }

    private void replaceWith(Path folder) {
        BackgroundTask.of(p -> exports().replaceWith(folder, progress(p, "ui.exportImport.at")))
                .title(Localization.get("ui.exportImport.working"))
                .onSuccess(done -> {
                    dialogs().showInfo(Localization.get("ui.exportImport.title"), Localization.get(
                            "ui.exportImport.done", ExportService.describe(done.counts()), done.savedFirst()));
                    window.reopen(context.services().dataFolder().map(DataFolderService::holdOpen)
                            .orElse(() -> { }));
                })
                .onCancelled(() -> {
                    window.hold(false, () -> { });
                    dialogs().notify(Localization.get("ui.exportImport.cancelled"));
                })
                .onFailure(e -> {
                    window.hold(false, () -> { });
                    failedToRead(e);
                })
                .executeWith(context.tasks());
    }

    private void failedToRead(Throwable e) {
        dialogs().showError(Localization.get("ui.exportImport.failed.title"), Errors.describe(e));
    }

    /** The chosen folder when it is empty; else a new one in it named for today ("ledamot-export-2026-11-22"). */
    Path target(Path chosen) {
        if (isEmptyFolder(chosen)) {
            return chosen;
        }
        String base = "ledamot-export-" + context.today();
        Path target = chosen.resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = chosen.resolve(base + "-" + n);
        }
        return target;
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String message(String key, String kind, long done, long total) {
        return Localization.get(key, ExportService.kindName(kind), done, total);
    }

    /** The service's progress as the status bar shows it: "Exporterar ärenden (1 200 av 5 000)". */
    private static ExportProgress progress(BackgroundTask.Progress p, String key) {
        return new ExportProgress() {
            @Override
            public void at(String kind, long done, long total) {
                p.update(done, total);
                p.message(message(key, kind, done, total));
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }
}
