package se.ledamot.ui.editor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.Debouncer;

/**
 * The detail editor of one matter. There is no save button: every edit schedules a save (debounced, so typing saves
 * shortly after the last key), and {@link #flush()} saves at once before another matter is loaded and as the window
 * closes. A save that fails keeps everything the user typed here, says why, and is tried again on the next edit.
 */
public final class EditorViewModel {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final AppContext context;
    private final Debouncer debouncer;
    private Matter saved;
    private boolean loading;
    private Consumer<Matter> onSaved = m -> { };

    private final ReadOnlyObjectWrapper<Long> matterId = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<MatterKind> kind = new SimpleObjectProperty<>(MatterKind.MOTION);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> submitted = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty addresseeName = new SimpleStringProperty("");
    private final StringProperty addresseeParty = new SimpleStringProperty("");
    private final StringProperty addresseeRole = new SimpleStringProperty("");
    private final StringProperty responsibleBody = new SimpleStringProperty("");
    private final ItemList proposals = new ItemList();
    private final ItemList questions = new ItemList();
    private final StringProperty answer = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.DRAFT);
    private final ObservableList<Status> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> replyBy = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final AttachmentsViewModel attachments;

    public EditorViewModel(AppContext context) {
        this.context = context;
        this.debouncer = context.newDebouncer();
        this.attachments = new AttachmentsViewModel(context);
        // Change listeners, not invalidation listeners: those fire only once until someone reads the value.
        ChangeListener<Object> edited = (o, was, now) -> edited();
        for (ObservableValue<?> v : List.<ObservableValue<?>>of(kind, number, title, body, submitted, place, authors,
                addresseeName, addresseeParty, addresseeRole, responsibleBody, answer, status, decision, replyBy,
                tags)) {
            v.addListener(edited);
        }
        InvalidationListener listEdited = o -> edited();
        proposals.items().addListener(listEdited);
        questions.items().addListener(listEdited);
        kind.addListener((o, was, now) -> kindChanged(now));
    }

    /** Called with each saved matter, so the register can show it. */
    public void setOnSaved(Consumer<Matter> action) {
        onSaved = action;
    }

    /** Shows a matter, after saving what was typed into the one shown before. */
    public void load(Matter matter) {
        flush();
        loading = true;
        try {
            saved = matter;
            matterId.set(matter.id());
            kind.set(matter.kind());
            statusChoices.setAll(Lifecycle.of(matter.kind()).statuses());
            number.set(text(matter.number()));
            title.set(matter.title());
            body.set(matter.body());
            submitted.set(matter.submitted());
            place.set(text(matter.place()));
            authors.set(MatterField.AUTHORS.textOf(matter));
            Addressee a = matter.addressee();
            addresseeName.set(a == null ? "" : text(a.name()));
            addresseeParty.set(a == null ? "" : text(a.party()));
            addresseeRole.set(a == null ? "" : text(a.role()));
            responsibleBody.set(text(matter.responsibleBody()));
            proposals.load(matter.proposals());
            questions.load(matter.questions());
            answer.set(matter.answer());
            status.set(matter.status());
            decision.set(matter.decision());
            replyBy.set(matter.replyBy());
            tags.set(MatterField.TAGS.textOf(matter));
        } finally {
            loading = false;
        }
        dirty.set(false);
        problem.set("");
        refreshTimeline();
        attachments.load(matter.id());
    }

    /** Shows no matter, after saving what was typed. */
    public void clear() {
        flush();
        saved = null;
        matterId.set(null);
        timeline.clear();
        attachments.load(null);
        problem.set("");
    }

    public boolean isEditing() {
        return saved != null;
    }

    private void edited() {
        if (loading || saved == null) {
            return;
        }
        dirty.set(true);
        debouncer.schedule(this::flush);
    }

    private void kindChanged(MatterKind now) {
        if (loading || now == null) {
            return;
        }
        Lifecycle lifecycle = Lifecycle.of(now);
        statusChoices.setAll(lifecycle.statuses());
        if (!lifecycle.statuses().contains(status.get())) {
            status.set(lifecycle.initial());
            context.dialogs().notify(Localization.get("ui.editor.statusReset", now, lifecycle.initial()));
        }
    }

    /**
     * Moves the matter to another status if its lifecycle allows the step; otherwise says why and keeps the status.
     */
    public boolean requestStatus(Status next) {
        if (next == null || next == status.get()) {
            return true;
        }
        try {
            Lifecycle.of(kind.get()).check(status.get(), next);
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return false;
        }
        status.set(next);
        return true;
    }

    /** The statuses the matter may move to now. */
    public Set<Status> allowedStatuses() {
        return Lifecycle.of(kind.get()).next(status.get());
    }

    /**
     * Reads a date typed as ÅÅÅÅ-MM-DD. A blank field means no date. A bad date is refused with a message and
     * gives empty, so the caller keeps the date it had.
     */
    public Optional<Optional<LocalDate>> parseDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(typed.strip(), ISO)));
        } catch (DateTimeParseException e) {
            problem.set(Localization.get("ui.editor.badDate", typed.strip()));
            return Optional.empty();
        }
    }

    /** Saves now if anything changed. False when the save failed; the typed text stays here. */
    public boolean flush() {
        debouncer.cancel();
        if (saved == null || !dirty.get()) {
            return true;
        }
        Matter next;
        String warning = "";
        try {
            if (title.get() == null || title.get().isBlank()) {
                // Keep the stored title rather than refuse every other edit while the title is being retyped.
                warning = Localization.get("ui.editor.titleMissing");
            }
            next = build(warning.isEmpty() ? title.get() : saved.title());
        } catch (DomainException e) {
            problem.set(Localization.message(e));
            return false;
        }
        try {
            context.services().matters().save(next);
        } catch (RuntimeException e) {
            String reason = Localization.get("ui.editor.saveFailed", Errors.describe(e));
            problem.set(reason);
            context.dialogs().notify(reason);
            return false;
        }
        saved = next;
        dirty.set(!warning.isEmpty());
        problem.set(warning);
        refreshTimeline();
        onSaved.accept(next);
        return true;
    }

    /** The matter as typed; refused by the domain when a field does not fit, or a newly typed date is out of range. */
    private Matter build(String titleText) {
        if (!Objects.equals(submitted.get(), saved.submitted())) {
            Limit.date(submitted.get());
        }
        if (!Objects.equals(replyBy.get(), saved.replyBy())) {
            Limit.date(replyBy.get());
        }
        return saved.toBuilder()
                .kind(kind.get())
                .number(number.get())
                .title(titleText)
                .body(body.get())
                .submitted(submitted.get())
                .place(place.get())
                .authors(parseAuthors(authors.get()))
                .addressee(new Addressee(addresseeName.get(), addresseeParty.get(), addresseeRole.get()))
                .responsibleBody(responsibleBody.get())
                .proposals(proposals.texts())
                .questions(questions.texts())
                .answer(answer.get())
                .status(status.get())
                .decision(decision.get())
                .replyBy(replyBy.get())
                .tags(parseTags(tags.get()))
                .build();
    }

    /** "Namn (PARTI); Namn (PARTI)", one per line also allowed. */
    static List<Person> parseAuthors(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;\\n]")).filter(s -> !s.isBlank()).map(Person::parse).toList();
    }

    static Set<String> parseTags(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private void refreshTimeline() {
        if (saved == null) {
            timeline.clear();
            return;
        }
        ZoneId zone = context.clock().getZone();
        timeline.setAll(context.services().matters().timeline(saved.id()).reversed().stream()
                .map(c -> new TimelineEntry(WHEN.format(c.at().atZone(zone)), describe(c)))
                .toList());
    }

    private static String describe(MatterChange c) {
        return switch (c.field()) {
            case MatterChange.CREATED -> Localization.get("ui.timeline.created", c.newValue());
            case MatterChange.TRASHED -> Localization.get("ui.timeline.trashed");
            case MatterChange.RESTORED -> Localization.get("ui.timeline.restored");
            case MatterChange.AGENDA -> c.oldValue() == null ? Localization.get("ui.timeline.agendaOn", c.newValue())
                    : c.newValue() == null ? Localization.get("ui.timeline.agendaOff", c.oldValue())
                    : Localization.get("ui.timeline.agendaMoved", c.oldValue(), c.newValue());
            case MatterChange.MINORITY_REFERRAL -> Localization.get("ui.timeline.minorityReferral", c.newValue());
            case MatterChange.REFERRAL_REASON -> Localization.get("ui.timeline.referralReason", c.newValue());
            default -> Localization.get("ui.timeline.changed", Localization.get("ui.field." + c.field()),
                    value(c.field(), c.oldValue()), value(c.field(), c.newValue()));
        };
    }

    /** A stored value in words: kinds and statuses by name, long texts shortened. */
    private static String value(String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return Localization.get("ui.timeline.empty");
        }
        String shown = switch (field) {
            case "kind" -> MatterKind.fromCode(stored).map(Localization::kind).orElse(stored);
            case "status" -> Status.fromCode(stored).map(Localization::status).orElse(stored);
            case "decision" -> Decision.fromCode(stored).map(Localization::decision).orElse(stored);
            default -> stored.replace('\n', ' ');
        };
        return shown.length() > 80 ? shown.substring(0, 79) + "…" : shown;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyObjectProperty<Long> matterIdProperty() {
        return matterId.getReadOnlyProperty();
    }

    public ObjectProperty<MatterKind> kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<LocalDate> submittedProperty() {
        return submitted;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty addresseeNameProperty() {
        return addresseeName;
    }

    public StringProperty addresseePartyProperty() {
        return addresseeParty;
    }

    public StringProperty addresseeRoleProperty() {
        return addresseeRole;
    }

    public StringProperty responsibleBodyProperty() {
        return responsibleBody;
    }

    public ItemList proposals() {
        return proposals;
    }

    public ItemList questions() {
        return questions;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    /** Changed only through {@link #requestStatus}, so the lifecycle is always respected. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every status of the matter's kind, in the order of its life. */
    public ObservableList<Status> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public ObjectProperty<LocalDate> replyByProperty() {
        return replyBy;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    /** Edits not yet in the database. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What is wrong right now (a bad date, a missing title, a failed save), in words; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The original files kept with the matter shown. */
    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }
}
