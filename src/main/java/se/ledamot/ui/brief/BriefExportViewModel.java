package se.ledamot.ui.brief;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.brief.BriefFile;
import se.ledamot.brief.BriefPdf;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BriefService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.PageProgress;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskHandle;

/**
 * Export → brief: choose the kind of brief and what it is for, look at its pages, then save it as PDF or print it.
 * Writing, rendering and printing run as background tasks with progress and cancel.
 */
public final class BriefExportViewModel {
    public static final float PREVIEW_DPI = 72;

    /** The briefs on offer. */
    public enum Kind {
        DEBATE,
        MATTER,
        ANSWER,
        UNFINISHED,
        KALLELSE,
        HANDLINGAR,
        PROTOKOLL;

        public String label() {
            return Localization.get("brief.ui.kind." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Sends a written brief to a printer; returns false when the user cancels the print dialog. */
    @FunctionalInterface
    public interface Printer {
        boolean print(BriefPdf pdf, String jobName) throws Exception;
    }

    private final AppContext context;
    private final Printer printer;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.DEBATE);
    private final ObservableList<Matter> allMatters = FXCollections.observableArrayList();
    private final ObservableList<Matter> matters = FXCollections.observableArrayList();
    private final ObjectProperty<Matter> matter = new SimpleObjectProperty<>();
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final StringProperty group = new SimpleStringProperty("");
    /** The group last taken from Partigrupp's choice. */
    private String groupTaken = "";
    /** The matter last taken from the register's choice. */
    private Long registerTaken;
    private final StringProperty council = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<BriefPdf> pdf = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TaskHandle> task = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding ready;

    public BriefExportViewModel(AppContext context, Printer printer) {
        this.context = context;
        this.printer = printer;
        kind.addListener((o, was, now) -> {
            filterMatters();
            pdf.set(null);
        });
        matter.addListener((o, was, now) -> pdf.set(null));
        meeting.addListener((o, was, now) -> pdf.set(null));
        group.addListener((o, was, now) -> pdf.set(null));
        council.addListener((o, was, now) -> pdf.set(null));
        pdf.addListener((o, was, now) -> {
            pageImage.set(null);
            page.set(0);
            if (now != null) {
                renderPage();
            }
        });
        page.addListener((o, was, now) -> renderPage());
        ready = Bindings.createBooleanBinding(() -> switch (kind.get()) {
            case DEBATE -> meeting.get() != null;
            case MATTER, ANSWER -> matter.get() != null;
            case UNFINISHED -> true;
            case KALLELSE, HANDLINGAR, PROTOKOLL -> meeting.get() != null;
        }, kind, matter, meeting).and(busy.not());
    }

    /** Reads the matters and meetings to choose from; the party group is the one chosen in Partigrupp. */
    public void load() {
        // The field follows Partigrupp until another group is typed here.
        String chosen = context.groupChosen();
        if (group.get().isBlank() || group.get().strip().equals(groupTaken)) {
            group.set(chosen);
        }
        groupTaken = chosen;
        Long inRegister = context.chosenMatter().get();
        BackgroundTask.of(p -> new Choices(context.services().briefs().matterChoices(inRegister),
                        context.services().meetings().list(),
                        context.services().settings().councilName()))
                .title(Localization.get("brief.ui.loading"))
                .onSuccess(c -> {
                    if (council.get() == null || council.get().isBlank()) {
                        // The name from the settings; typing another here changes this brief only.
                        council.set(c.council());
                    }
                    allMatters.setAll(c.matters());
                    filterMatters();
                    // The matter chosen in Ärenden, until another is chosen here: Ctrl+P there makes its brief.
                    if (inRegister != null && !inRegister.equals(registerTaken)) {
                        matters.stream().filter(m -> m.id().equals(inRegister)).findFirst().ifPresent(matter::set);
                    }
                    registerTaken = inRegister;
                    meetings.setAll(c.meetings());
                    if (meeting.get() == null) {
                        // The next meeting to come is the likeliest one to brief for.
                        meeting.set(Meeting.nextComing(c.meetings(), context.today()).orElse(null));
                    }
                })
                .executeWith(context.tasks());
    }

    private record Choices(List<Matter> matters, List<Meeting> meetings, String council) {
    }

    private void filterMatters() {
        matters.setAll(allMatters.stream().filter(m -> kind.get() != Kind.ANSWER || m.kind().hasAddressee()).toList());
        if (matter.get() != null && !matters.contains(matter.get())) {
            matter.set(null);
        }
    }

    /** Writes the brief in memory and shows its first page. */
    public void preview() {
        if (!ready.get()) {
            return;
        }
        Callable<Document> document = document();
        Kind k = kind.get();
        run(Localization.get("brief.ui.writing"), p -> new Made<>(BriefPdf.write(document.call(), PageProgress.of(p)),
                councilNotice(k)), made -> {
            pdf.set(made.value());
            status.set(Localization.get("brief.ui.previewed", made.value().pages()) + made.notice());
        });
    }

    /** Asks where to save, then writes the brief there; an existing file is replaced only once the new one is done. */
    public void save() {
        if (!ready.get()) {
            return;
        }
        Path target = context.dialogs().chooseFileToSave(Localization.get("brief.ui.save.title"),
                suggestedFileName(), Localization.get("brief.ui.save.filter"), "pdf").orElse(null);
        if (target == null) {
            return;
        }
        Callable<Document> document = document();
        Kind k = kind.get();
        run(Localization.get("brief.ui.writing"), p -> new Made<>(BriefFile.write(document.call(), target,
                PageProgress.of(p)), councilNotice(k)), made -> {
            String text = Localization.get("brief.ui.saved", target.getFileName().toString(), made.value().pages())
                    + made.notice();
            status.set(text);
            context.dialogs().notify(text);
        });
    }

    /** Prints the brief through the system's print dialog. */
    public void print() {
        if (!ready.get()) {
            return;
        }
        BriefPdf current = pdf.get();
        String job = suggestedFileName();
        Callable<Document> document = document();
        run(Localization.get("brief.ui.printing"), p -> {
            BriefPdf toPrint = current != null ? current : BriefPdf.write(document.call(), PageProgress.of(p));
            return printer.print(toPrint, job);
        }, printed -> status.set(Localization.get(printed ? "brief.ui.printed" : "brief.ui.printCancelled")));
    }

    /** Stops the brief being written, rendered or printed. */
    public void cancel() {
        TaskHandle running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    public String suggestedFileName() {
        String name = switch (kind.get()) {
            case DEBATE -> meeting.get() == null ? "debattunderlag"
                    : "debattunderlag-" + meeting.get().body() + "-" + meeting.get().date()
                            + (group.get().isBlank() ? "" : "-" + group.get().strip());
            case MATTER -> "arende-" + (matter.get() == null ? "" : matter.get().id());
            case ANSWER -> "svar-" + (matter.get() == null ? "" : matter.get().id());
            case UNFINISHED -> "motioner-" + context.today();
            case KALLELSE, HANDLINGAR, PROTOKOLL -> (meeting.get() == null ? ""
                    : meeting.get().date() + " " + meeting.get().body() + " ") + Localization.get(switch (kind.get()) {
                        case KALLELSE -> "papers.notice.kind";
                        case HANDLINGAR -> "papers.papers.kind";
                        default -> "papers.minutes.kind";
                    });
        };
        return name.replaceAll("[^\\p{L}\\p{N}._ -]+", "_") + ".pdf";
    }

    /** A brief made, and what the user should know about it ("" or a sentence led by a space). */
    private record Made<T>(T value, String notice) {
    }

    /** Read in the background: a secretary's paper made while the council's name is not set lacks it. */
    private String councilNotice(Kind k) {
        boolean paper = k == Kind.KALLELSE || k == Kind.HANDLINGAR || k == Kind.PROTOKOLL;
        return paper && context.services().settings().councilNameMissing()
                ? " " + Localization.get("papers.councilMissing") : "";
    }

    /** The brief as chosen now (read on the FX thread), to be assembled in the background. */
    private Callable<Document> document() {
        BriefService briefs = context.services().briefs();
        Meeting m = meeting.get();
        Matter chosen = matter.get();
        String g = group.get();
        String c = council.get();
        LocalDate today = context.today();
        return switch (kind.get()) {
            case DEBATE -> () -> briefs.debate(m.id(), g, c);
            case MATTER -> () -> briefs.matter(chosen.id());
            case ANSWER -> () -> briefs.answer(chosen.id());
            case UNFINISHED -> () -> briefs.unfinished(today, c);
            case KALLELSE -> () -> context.services().papers().kallelse(m.id());
            case HANDLINGAR -> () -> context.services().papers().handlingar(m.id());
            case PROTOKOLL -> () -> context.services().papers().protokoll(m.id());
        };
    }

    private void renderPage() {
        BriefPdf current = pdf.get();
        int index = page.get();
        if (current == null || index < 0 || index >= current.pages()) {
            return;
        }
        BackgroundTask.of(p -> current.render(index, PREVIEW_DPI))
                .title(Localization.get("brief.ui.rendering"))
                .onSuccess(image -> {
                    if (current == pdf.get() && index == page.get()) {
                        pageImage.set(image);
                    }
                })
                .onFailure(e -> status.set(Errors.describe(e)))
                .executeWith(context.tasks());
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        status.set(title);
        TaskHandle handle = BackgroundTask.of(work).title(title)
                .onSuccess(value -> {
                    busy.set(false);
                    task.set(null);
                    done.accept(value);
                })
                .onFailure(e -> {
                    busy.set(false);
                    task.set(null);
                    status.set(e instanceof java.util.concurrent.CancellationException
                            ? Localization.get("brief.error.cancelled") : Errors.describe(e));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    task.set(null);
                    status.set(Localization.get("brief.error.cancelled"));
                })
                .executeWith(context.tasks());
        task.set(handle.runningProperty().get() ? handle : null);
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObservableList<Matter> matters() {
        return matters;
    }

    public ObjectProperty<Matter> matterProperty() {
        return matter;
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty councilProperty() {
        return council;
    }

    public ReadOnlyObjectProperty<BriefPdf> pdfProperty() {
        return pdf.getReadOnlyProperty();
    }

    /** The page shown in the preview, from 0. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The running task, for its progress bar and cancel button; null when none runs. */
    public ReadOnlyObjectProperty<TaskHandle> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** Whether a brief can be made now: its subject is chosen and nothing else is being written. */
    public BooleanBinding readyProperty() {
        return ready;
    }
}
