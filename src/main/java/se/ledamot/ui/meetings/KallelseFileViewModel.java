package se.ledamot.ui.meetings;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingFile;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The kallelse the selected meeting was imported from (issue 17): looked up when the selection changes, opened in the
 * system's program from a temporary copy.
 */
final class KallelseFileViewModel {
    private final AppContext context;
    private final MeetingService meetings;
    private final ReadOnlyObjectWrapper<MeetingFile> file = new ReadOnlyObjectWrapper<>();
    private Long shown;

    KallelseFileViewModel(AppContext context) {
        this.context = context;
        this.meetings = context.services().meetings();
    }

    /** Looks up the meeting's file in the background; none for no meeting or one not imported from a file. */
    void show(Meeting m) {
        shown = m == null ? null : m.id();
        file.set(null);
        if (shown == null) {
            return;
        }
        long id = shown;
        BackgroundTask.of(p -> meetings.kallelse(id).orElse(null))
                .onSuccess(f -> {
                    if (Long.valueOf(id).equals(shown)) {
                        file.set(f);
                    }
                })
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(context.tasks());
    }

    ReadOnlyObjectProperty<MeetingFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Writes the file to a temporary folder under its own name and asks the system to open it. */
    void open() {
        MeetingFile f = file.get();
        if (f == null) {
            return;
        }
        BackgroundTask.of(p -> {
                    Path folder = Files.createTempDirectory("ledamot-");
                    // A name of our own: the imported name may hold characters another system refuses.
                    Path copy = folder.resolve("kallelse-" + f.meetingId() + "." + f.format());
                    Files.write(copy, meetings.kallelseContent(f.meetingId()));
                    copy.toFile().deleteOnExit();
                    folder.toFile().deleteOnExit();
                    return copy;
                })
                .onSuccess(copy -> context.dialogs().openWithSystem(copy))
                .onFailure(e -> context.dialogs().showError(Localization.get("meeting.ui.kallelse"),
                        Localization.get("meeting.ui.kallelse.openFailed", f.fileName(), Errors.describe(e))))
                .executeWith(context.tasks());
    }
}
