package se.ledamot.ui.debate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/** Debatt's speech from a file: a text file asked for, and its text (UTF-8) read in the background. */
final class SpeechFromFile {
    private SpeechFromFile() {
    }

    /** Asks for the file; nothing happens when none is chosen, and an unreadable one is said in words. */
    static void read(DialogService dialogs, TaskExecutor tasks, Consumer<String> text) {
        List<Path> files = dialogs.chooseFilesToOpen(Localization.get("debate.action.fromFile"),
                Localization.get("debate.file.text"), "txt");
        if (files.isEmpty()) {
            return;
        }
        Path file = files.getFirst();
        BackgroundTask.of(p -> Files.readString(file, StandardCharsets.UTF_8))
                .onSuccess(text::accept)
                .onFailure(e -> dialogs.showError(Localization.get("debate.action.fromFile"),
                        Localization.get("debate.file.unreadable", file.toString())))
                .executeWith(tasks);
    }
}
