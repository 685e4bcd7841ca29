package se.ledamot.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Attachment;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MatterService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The original files kept with the matter shown in the editor (the document it was imported from): listed with name,
 * format and size, opened in the system's program for them from a temporary copy, or saved where the user chooses.
 */
public final class AttachmentsViewModel {
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private final AppContext context;
    private final MatterService matters;
    private final ObservableList<AttachmentRow> files = FXCollections.observableArrayList();
    private Long shown;

    public AttachmentsViewModel(AppContext context) {
        this.context = context;
        this.matters = context.services().matters();
    }

    /** Shows the files of a matter (read in the background); none for a matter not yet stored. */
    public void load(Long matterId) {
        shown = matterId;
        files.clear();
        if (matterId != null) {
            BackgroundTask.of(p -> matters.attachments(matterId).stream().map(AttachmentsViewModel::row).toList())
                    .onSuccess(rows -> {
                        if (matterId.equals(shown)) {
                            files.setAll(rows);
                        }
                    })
                    .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                    .executeWith(context.tasks());
        }
    }

    public ObservableList<AttachmentRow> files() {
        return files;
    }

    private static AttachmentRow row(Attachment a) {
        String format = a.format().toUpperCase(Locale.ROOT);
        return new AttachmentRow(a.id(), a.fileName(), a.format(),
                Localization.get("ui.attachments.row", a.fileName(), format, size(a.size())));
    }

    static String size(long bytes) {
        if (bytes < KB) {
            return Localization.get("ui.attachments.size.bytes", bytes);
        }
        return bytes < MB ? Localization.get("ui.attachments.size.kb", bytes / (double) KB)
                : Localization.get("ui.attachments.size.mb", bytes / (double) MB);
    }

    /** Writes the file to a temporary folder under its own name (in the background) and asks the system to open it. */
    public void open(AttachmentRow a) {
        BackgroundTask.of(p -> {
                    Path folder = Files.createTempDirectory("ledamot-");
                    Path copy = folder.resolve(safeName(a.fileName()));
                    Files.write(copy, matters.attachmentContent(a.id()));
                    copy.toFile().deleteOnExit();
                    folder.toFile().deleteOnExit();
                    return copy;
                })
                .onSuccess(copy -> context.dialogs().openWithSystem(copy))
                .onFailure(e -> failed("ui.attachments.openFailed", a, e))
                .executeWith(context.tasks());
    }

    /** Asks where to save the file and writes it there; the file is complete or not written at all. */
    public void saveAs(AttachmentRow a) {
        context.dialogs().chooseFileToSave(Localization.get("ui.attachments.saveAs.title"), safeName(a.fileName()),
                a.format().toUpperCase(Locale.ROOT), a.format()).ifPresent(target -> BackgroundTask.of(p -> {
                    Path part = Files.createTempFile(target.toAbsolutePath().getParent(), ".ledamot-", ".part");
                    try {
                        Files.write(part, matters.attachmentContent(a.id()));
                        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(part);
                    }
                    return target;
                })
                .onSuccess(saved -> context.dialogs().notify(Localization.get("ui.attachments.saved", saved.toString())))
                .onFailure(e -> failed("ui.attachments.saveFailed", a, e))
                .executeWith(context.tasks()));
    }

    private void failed(String key, AttachmentRow a, Throwable e) {
        context.dialogs().showError(Localization.get("ui.attachments.title"),
                Localization.get(key, a.fileName(), Errors.describe(e)));
    }

    /** A name the file systems accept: no folders, no characters Windows refuses. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[:*?\"<>|\\p{Cntrl}]", "_").strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "bilaga" : base;
    }
}
