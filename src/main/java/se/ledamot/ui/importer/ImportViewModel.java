package se.ledamot.ui.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportSummary;
import se.ledamot.l10n.Localization;
import se.ledamot.service.ImportService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskHandle;

/**
 * The import preview: files are read in the background (progress, cancel), every file is listed with what was
 * found and how sure, the user corrects fields and unticks files, and only then are the ticked ones stored, again
 * in the background. Also loads the sample matters on the window's first start on a new database.
 */
public final class ImportViewModel {
    /** Where the import is: nothing yet, reading files, showing the preview, storing, or done. */
    public enum Phase { EMPTY, READING, PREVIEW, STORING, DONE }

    private final AppContext context;
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.EMPTY);
    private final ReadOnlyObjectWrapper<TaskHandle> task = new ReadOnlyObjectWrapper<>();

    public ImportViewModel(AppContext context) {
        this.context = context;
    }

    /** Reads and parses the files and folders, then shows them for checking; nothing is stored yet. */
    public void read(List<Path> paths) {
        if (paths.isEmpty() || isBusy()) {
            return;
        }
        rows.clear();
        selected.set(null);
        phase.set(Phase.READING);
        task.set(BackgroundTask.of(p -> {
                    List<ImportItem> items = ImportService.read(paths, (done, total, file) -> {
                        p.update(done, total);
                        p.message(file);
                    }, p::isCancelled);
                    return context.services().imports().markDuplicates(items);
                })
                .title(Localization.get("importer.ui.task.reading"))
                .onSuccess(this::show)
                .onCancelled(() -> phase.set(rows.isEmpty() ? Phase.EMPTY : Phase.PREVIEW))
                .onFailure(this::failed)
                .executeWith(context.tasks()));
    }

    private void show(List<ImportItem> items) {
        rows.setAll(items.stream().map(ImportRow::new).toList());
        phase.set(Phase.PREVIEW);
        if (!rows.isEmpty()) {
            selected.set(rows.getFirst());
        }
    }

    /** Stores the ticked files as matters; tells the register and says how it went. */
    public void storeIncluded() {
        List<ImportRow> chosen = rows.stream().filter(r -> r.includedProperty().get() && r.item().isStorable()).toList();
        if (chosen.isEmpty() || isBusy()) {
            return;
        }
        List<ImportItem> items = chosen.stream().map(ImportRow::item).toList();
        phase.set(Phase.STORING);
        task.set(BackgroundTask.of(p -> context.services().imports().store(items,
                        (done, total, file) -> {
                            p.update(done, total);
                            p.message(file);
                        }, p::isCancelled))
                .title(Localization.get("importer.ui.task.storing"))
                .onSuccess(result -> stored(chosen, result))
                .onCancelled(() -> storeCancelled(chosen))
                .onFailure(this::failed)
                .executeWith(context.tasks()));
    }

    private void stored(List<ImportRow> chosen, List<ImportItem> result) {
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i).set(result.get(i));
        }
        phase.set(rows.stream().anyMatch(r -> r.item().isStorable()) ? Phase.PREVIEW : Phase.DONE);
        context.mattersChanged();
        context.dialogs().notify(summary());
    }

    /** Some files may be stored already: the rows learn which from the database, and the register reloads. */
    private void storeCancelled(List<ImportRow> chosen) {
        BackgroundTask.of(p -> context.services().imports()
                        .markDuplicates(chosen.stream().map(ImportRow::item).toList()))
                .onSuccess(result -> {
                    for (int i = 0; i < chosen.size(); i++) {
                        chosen.get(i).set(result.get(i));
                    }
                    phase.set(Phase.PREVIEW);
                    context.mattersChanged();
                    context.dialogs().notify(Localization.get("importer.ui.cancelled") + " " + summary());
                })
                .onFailure(this::failed)
                .executeWith(context.tasks());
    }

    /** How the whole import went, every file shown counted: the same sentence the command line ends with. */
    private String summary() {
        return ImportSummary.of(rows.stream().map(ImportRow::item).toList()).text();
    }

    private void failed(Throwable error) {
        phase.set(rows.isEmpty() ? Phase.EMPTY : Phase.PREVIEW);
        context.dialogs().notify(Errors.describe(error));
    }

    /** Stops reading or storing after the current file; what is done stays done. */
    public void cancel() {
        TaskHandle running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    public boolean isBusy() {
        return phase.get() == Phase.READING || phase.get() == Phase.STORING;
    }

    // ---- corrections to the selected file, each made sure by the user ----

    public boolean editKind(MatterKind kind) {
        return edit(b -> {
            Matter m = b.build();
            Lifecycle life = Lifecycle.of(kind);
            return b.kind(kind).status(m.submitted() != null ? life.submitted() : life.initial());
        });
    }

    public boolean editTitle(String title) {
        return edit(b -> b.title(title));
    }

    public boolean editSubmitted(String text) {
        return date(text).map(d -> edit(b -> b.submitted(d.orElse(null)))).orElse(false);
    }

    public boolean editPlace(String place) {
        return edit(b -> b.place(place));
    }

    /** Signatories as "Namn (PARTI)", separated by semicolons or lines. */
    public boolean editAuthors(String text) {
        List<Person> people = new ArrayList<>();
        try {
            for (String part : text.split("[;\\n]")) {
                if (!part.isBlank()) {
                    people.add(Person.parse(part));
                }
            }
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return false;
        }
        return edit(b -> b.authors(people));
    }

    /** The addressee as "Namn (PARTI)". */
    public boolean editAddressee(String text) {
        if (text.isBlank()) {
            return edit(b -> b.addressee(null));
        }
        Person p;
        try {
            p = Person.parse(text);
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return false;
        }
        return edit(b -> b.addressee(new Addressee(p.name(), p.party(), b.build().addressee() == null ? null
                : b.build().addressee().role())));
    }

    /** One proposal clause per line; a leading "att" is dropped. */
    public boolean editProposals(String text) {
        return edit(b -> b.proposals(lines(text).stream().map(l -> l.replaceFirst("(?i)^att\\s+", "")).toList()));
    }

    public boolean editQuestions(String text) {
        return edit(b -> b.questions(lines(text)));
    }

    public boolean editAnswer(String text) {
        return edit(b -> b.answer(text));
    }

    public boolean editReplyBy(String text) {
        return date(text).map(d -> edit(b -> b.replyBy(d.orElse(null)))).orElse(false);
    }

    /**
     * The meeting's day ("2027-02-15"), time ("18.30") and place as the user corrected them in a kallelse's preview;
     * what importing it will do is then worked out again in the background.
     */
    public boolean editMeeting(String dateText, String timeText, String placeText) {
        ImportRow row = selected.get();
        if (row == null || !row.item().isMeeting() || row.item().isStored()) {
            return false;
        }
        var day = date(dateText);
        var at = time(timeText);
        if (day.isEmpty() || at.isEmpty()) {
            return false;
        }
        String place = placeText == null || placeText.isBlank() ? null : placeText.strip();
        try {
            Limit.PLACE.check(place);
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return false;
        }
        var draft = row.item().meeting().draft();
        if (java.util.Objects.equals(day.get().orElse(null), draft.date())
                && java.util.Objects.equals(at.get().orElse(null), draft.time())
                && java.util.Objects.equals(place, draft.place())) {
            return true;
        }
        ImportItem corrected = row.item().withMeeting(row.item().meeting().withDraft(
                draft.corrected(day.get().orElse(null), at.get().orElse(null), place)));
        row.set(corrected);
        // Refused for want of a day, now corrected: ticked to be stored again.
        row.includedProperty().set(corrected.isStorable());
        BackgroundTask.of(p -> context.services().imports().markDuplicates(List.of(corrected)).getFirst())
                .onSuccess(planned -> {
                    if (row.item() == corrected) {
                        row.set(planned);
                    }
                })
                .onFailure(this::failed)
                .executeWith(context.tasks());
        return true;
    }

    /** A time as 18.30 or 18:30, or blank for none; empty (after saying why) when it is neither. */
    private java.util.Optional<java.util.Optional<java.time.LocalTime>> time(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.of(java.util.Optional.empty());
        }
        try {
            return java.util.Optional.of(java.util.Optional.of(java.time.LocalTime.parse(text.strip().replace('.', ':'))));
        } catch (java.time.format.DateTimeParseException e) {
            context.dialogs().notify(Localization.get("importer.ui.badTime", text.strip()));
            return java.util.Optional.empty();
        }
    }

    /**
     * A part of combined papers kept with the matter it was matched to ({@code true}), or, as the user corrects it,
     * stored as a matter of its own.
     */
    public void keepPartWithMatter(boolean keep) {
        ImportRow row = selected.get();
        if (row == null || row.item().part() == null || row.item().part().target() == null
                || row.item().stored() != null) {
            return;
        }
        row.set(row.item().withPart(row.item().part().keptApart(!keep)));
    }

    private boolean edit(UnaryOperator<Matter.Builder> change) {
        ImportRow row = selected.get();
        if (row == null || row.item().isFailed() || row.item().stored() != null) {
            return false;
        }
        Matter corrected;
        try {
            corrected = change.apply(row.item().draft().matter().toBuilder()).build();
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return false;
        }
        row.set(row.item().withDraft(row.item().draft().edited(corrected)));
        return true;
    }

    /** A date as 2026-11-22, or blank for none; empty (after saying why) when it is neither. */
    private java.util.Optional<java.util.Optional<LocalDate>> date(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.of(java.util.Optional.empty());
        }
        try {
            return java.util.Optional.of(java.util.Optional.of(Limit.date(LocalDate.parse(text.strip()))));
        } catch (DateTimeParseException e) {
            context.dialogs().notify(Localization.get("importer.ui.badDate", text.strip()));
            return java.util.Optional.empty();
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return java.util.Optional.empty();
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // ---- sample data ----

    /** On the window's first start on a new database: loads the samples and offers to remove them. */
    public void loadSamplesIfNew() {
        loadSamplesIfNew(() -> { }, () -> { });
    }

    /**
     * As {@link #loadSamplesIfNew()}, then runs {@code shown} when samples were loaded (to show them at once), and
     * {@code done} once the work has ended, whatever came of it.
     */
    public void loadSamplesIfNew(Runnable shown, Runnable done) {
        context.samplesComing(samplesOffered());
        BackgroundTask.of(p -> context.services().samples().loadIfNew())
                .title(Localization.get("importer.ui.task.samples"))
                .onSuccess(loaded -> {
                    context.samplesComing(false);
                    done.run();
                    if (!loaded.isEmpty()) {
                        context.mattersChanged();
                        shown.run();
                        context.dialogs().notify(Localization.get("importer.ui.samples.loaded", loaded.size()),
                                Localization.get("importer.ui.samples.remove"), this::removeSamples);
                    }
                })
                .onFailure(e -> {
                    context.samplesComing(false);
                    done.run();
                    failed(e);
                })
                .executeWith(context.tasks());
    }

    /** Whether Ta bort exempelärenden is offered: not on a shared server, where samples are never loaded. */
    public boolean samplesOffered() {
        return context.services().samples().offered();
    }

    /** Moves the sample matters to the trash. */
    public void removeSamples() {
        BackgroundTask.of(p -> context.services().samples().remove())
                .title(Localization.get("importer.ui.task.samples"))
                .onSuccess(count -> {
                    context.mattersChanged();
                    context.dialogs().notify(count == 0 ? Localization.get("importer.ui.samples.none")
                            : Localization.get("importer.ui.samples.removed", count));
                })
                .onFailure(this::failed)
                .executeWith(context.tasks());
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObjectProperty<ImportRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The reading or storing under way (or last done), for a progress bar. */
    public ReadOnlyObjectProperty<TaskHandle> taskProperty() {
        return task.getReadOnlyProperty();
    }
}
