package se.ledamot.ui.minutes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.brief.BriefFile;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Announcement;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Localization;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.PageProgress;
import se.ledamot.ui.task.BackgroundTask;

/**
 * Writes a meeting's papers where the secretary chooses: one paper as PDF, or the whole meeting into a folder for the
 * records office. The writing runs off the FX thread, named in the status bar with its progress and a cancel button
 * that stops it between two pages; the screen's status line says what was written.
 */
final class PaperExportViewModel {
    private final AppContext context;
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyObjectProperty<Meeting> meeting;
    private final ReadOnlyObjectProperty<EntryRow> entry;
    private final PaperSettingsViewModel settings;
    private final BiConsumer<Meeting, Runnable> saved;

    /** @param saved stores the meeting's part of the minutes as typed, then runs what comes after */
    PaperExportViewModel(AppContext context, ReadOnlyStringWrapper status, ReadOnlyStringWrapper error,
            ReadOnlyObjectProperty<Meeting> meeting, ReadOnlyObjectProperty<EntryRow> entry,
            PaperSettingsViewModel settings, BiConsumer<Meeting, Runnable> saved) {
        this.context = context;
        this.status = status;
        this.error = error;
        this.meeting = meeting;
        this.entry = entry;
        this.settings = settings;
        this.saved = saved;
    }

    /** Saves the kallelse as PDF where the secretary chooses. */
    void exportKallelse() {
        Meeting m = meeting.get();
        if (m != null) {
            settings.storedThen(() -> write(m, Localization.get("papers.notice.kind"), "", papers()::kallelse));
        }
    }

    /** Saves the meeting's minutes first, then the protokoll as PDF where the secretary chooses. */
    void exportProtokoll() {
        Meeting m = meeting.get();
        settings.storedThen(() -> saved.accept(m, () -> protokoll(m)));
    }

    /** "Exportera sammanträdet": kallelse, handlingar, protokoll (once held), manifest; the minutes stored first. */
    void exportMeeting() {
        Meeting m = meeting.get();
        settings.storedThen(() -> saved.accept(m, () -> archive(m)));
    }

    /** Saves the protokollsutdrag of the chosen item as PDF, for those the decision is sent to. */
    void exportUtdrag() {
        EntryRow row = entry.get();
        if (row == null) {
            error.set(Localization.get("minutes.ui.item.choose"));
            return;
        }
        Meeting m = meeting.get();
        settings.storedThen(() -> saved.accept(m, () -> write(m, Localization.get("papers.extract.kind"),
                " § " + row.paragraph(), id -> papers().utdrag(id, row.number()))));
    }

    private PaperService papers() {
        return context.services().papers();
    }

    /** One paper ({@code kind}, e.g. "Kallelse"), to a file the secretary chooses, named after meeting and kind. */
    void write(Meeting m, String kind, String suffix, LongFunction<Document> make) {
        write(m, kind, suffix, make, id -> "");
    }

    /**
     * The protokoll; written, it says whose lines to sign have no name beneath them, so that she fills them in on
     * "Sammanträdet" before she prints it (5 kap. 69 § kommunallagen: the chair and the justerare sign), that the
     * justering, done or planned, is later than the 14 days after the meeting the same paragraph allows, that its
     * anslag went up later than the second day after it (8 kap. 12 §), and that the anslagsbevis lacks where the
     * protokoll is kept when no place is set (same paragraph).
     */
    void protokoll(Meeting m) {
        PaperService papers = context.services().papers();
        write(m, Localization.get("papers.minutes.kind"), "", papers::protokoll, id -> unsigned(papers.unsigned(id))
                + papers.lateJustering(id).map(day -> " " + Localization.get("minutes.ui.lateJustering", day,
                        Minutes.adjustBy(m.date()))).orElse("")
                + papers.latePosting(id).map(a -> " " + Localization.get("minutes.ui.latePosting", a.posted(),
                        Announcement.latestPosting(a.adjusted()))).orElse("")
                + (papers.settings().minutesKept() == null ? " " + Localization.get("minutes.ui.keptNowhere") : ""));
    }

    /** "Observera: protokollet saknar ordförande och justerare …", or "" when every line has its name. */
    static String unsigned(List<MeetingPapers.Signer> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        List<String> words = missing.stream().map(s -> Localization.get("minutes.ui.signer." + s.code())).toList();
        String listed = words.size() == 1 ? words.getFirst() : Localization.get("minutes.ui.signer.last",
                String.join(", ", words.subList(0, words.size() - 1)), words.getLast());
        // "Fler justerare" are two lines or more: "raderna", not "raden".
        int lines = missing.size() + (missing.contains(MeetingPapers.Signer.MORE_ADJUSTERS) ? 1 : 0);
        return " " + Localization.get("minutes.ui.unsigned", listed, lines);
    }

    private void write(Meeting m, String kind, String suffix, LongFunction<Document> make, LongFunction<String> note) {
        Path target = context.dialogs().chooseFileToSave(Localization.get("minutes.ui.export.title", kind),
                m.date() + " " + m.body() + " " + kind + suffix + ".pdf", Localization.get("brief.ui.save.filter"),
                "pdf").orElse(null);
        if (target != null) {
            run(Localization.get("minutes.ui.writing", kind), p -> new Written(BriefFile.write(make.apply(m.id()),
                    target, p).pages(), note.apply(m.id()) + councilNotice()), r -> Localization.get("brief.ui.saved",
                    target.getFileName().toString(), r.pages()) + r.note());
        }
    }

    /** Read in the background: papers made while the council's name is not set lack it in their heading. */
    private String councilNotice() {
        return context.services().settings().councilNameMissing() ? " " + Localization.get("papers.councilMissing")
                : "";
    }

    /** A paper written: its pages, and what the secretary should know about it ("" or a sentence led by a space). */
    private record Written(int pages, String note) {
    }

    /** The kallelse, the handlingar and (once held) the protokoll, with the manifest, into a folder. */
    void archive(Meeting m) {
        Path folder = context.dialogs().chooseFolder(Localization.get("minutes.ui.archive.title")).orElse(null);
        if (folder != null) {
            run(Localization.get("minutes.ui.archive.writing"), p -> Map.entry(context.services().archive()
                    .meeting(m.id(), folder, p).size(), councilNotice()), done -> Localization.get(
                    "minutes.ui.archive.done", done.getKey(), folder.toString()) + done.getValue());
        }
    }

    /** What writing papers needs from the background task: its progress by page, and whether to stop. */
    @FunctionalInterface
    private interface Writing<T> {
        T write(PdfWriter.Progress progress) throws Exception;
    }

    private <T> void run(String title, Writing<T> work, Function<T, String> done) {
        status.set(title);
        BackgroundTask.<T>of(p -> work.write(PageProgress.of(p))).title(title).onSuccess(r -> {
            String text = done.apply(r);
            status.set(text);
            context.dialogs().notify(text);
        }).onFailure(e -> {
            status.set("");
            error.set(Errors.describe(e));
        }).onCancelled(() -> status.set("")).executeWith(context.tasks());
    }
}
