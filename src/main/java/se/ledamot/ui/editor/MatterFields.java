package se.ledamot.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.IsoDates;

/**
 * Every field of the editor's form as typed, filled from a matter and read back into one. The editor's view model
 * adds loading, saving and switching on top.
 */
abstract class MatterFields {
    protected final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /**
     * A date field's text that is no date, by field: said beside that field (said at the top of the form it was out of
     * sight, and moved the fields under the pointer) until typed right, as the field keeps showing it.
     */
    private final java.util.Map<String, ReadOnlyStringWrapper> badDates = new java.util.HashMap<>();
    protected final ObjectProperty<MatterKind> kind = new SimpleObjectProperty<>(MatterKind.MOTION);
    private final StringProperty number = new SimpleStringProperty("");
    protected final StringProperty title = new SimpleStringProperty("");
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
    protected final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.DRAFT);
    protected final ObservableList<Status> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    private final ObservableList<Decision> decisionChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> replyBy = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");

    protected MatterFields() {
        offerDecisions(null);
        kind.addListener((o, was, now) -> offerDecisions(decision.get()));
    }

    /** The single values a user edits; the clause and question lists are {@link #lists()}. */
    protected final List<ObservableValue<?>> values() {
        return List.of(kind, number, title, body, submitted, place, authors, addresseeName, addresseeParty,
                addresseeRole, responsibleBody, answer, status, decision, replyBy, tags);
    }

    protected final List<Observable> lists() {
        return List.of(proposals.items(), questions.items());
    }

    /** Puts a matter's values in the fields. */
    protected final void fill(Matter matter) {
        badDates.values().forEach(said -> said.set(""));
        for (MatterField f : MatterField.values()) {
            fill(f, matter);
        }
    }

    /** Puts one field of a matter in the form, the others as they are. */
    protected final void fill(MatterField field, Matter matter) {
        switch (field) {
            case KIND -> {
                kind.set(matter.kind());
                statusChoices.setAll(Lifecycle.of(matter.kind()).statuses());
            }
            case NUMBER -> number.set(text(matter.number()));
            case TITLE -> title.set(matter.title());
            case BODY -> body.set(matter.body());
            case SUBMITTED -> submitted.set(matter.submitted());
            case PLACE -> place.set(text(matter.place()));
            case AUTHORS -> authors.set(MatterField.AUTHORS.textOf(matter));
            case ADDRESSEE -> {
                Addressee a = matter.addressee();
                addresseeName.set(a == null ? "" : text(a.name()));
                addresseeParty.set(a == null ? "" : text(a.party()));
                addresseeRole.set(a == null ? "" : text(a.role()));
            }
            case RESPONSIBLE_BODY -> responsibleBody.set(text(matter.responsibleBody()));
            case PROPOSALS -> proposals.load(matter.proposals());
            case QUESTIONS -> questions.load(matter.questions());
            case ANSWER -> answer.set(matter.answer());
            case STATUS -> status.set(matter.status());
            case DECISION -> {
                // The choices first: a value the combo box does not list yet would show as an empty box.
                offerDecisions(matter.decision());
                decision.set(matter.decision());
            }
            case REPLY_BY -> replyBy.set(matter.replyBy());
            case TAGS -> tags.set(MatterField.TAGS.textOf(matter));
        }
    }

    /**
     * The stored matter with the fields as typed; refused by the domain when a field does not fit, or a newly typed
     * date is out of range (a date stored before stays until it is changed).
     */
    protected final Matter typed(Matter stored, String titleText) {
        if (!Objects.equals(submitted.get(), stored.submitted())) {
            Limit.date(submitted.get());
        }
        if (!Objects.equals(replyBy.get(), stored.replyBy())) {
            Limit.date(replyBy.get());
        }
        return stored.toBuilder()
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

    private static String text(String s) {
        return s == null ? "" : s;
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

    /** Att-satser are shown for a kind that has them (a motion), or when some are stored: nothing is hidden. */
    public javafx.beans.binding.BooleanBinding showsProposals() {
        return shown(MatterKind::hasProposals, proposals);
    }

    /** Questions are shown for a kind that asks them (an interpellation), or when some are stored. */
    public javafx.beans.binding.BooleanBinding showsQuestions() {
        return shown(MatterKind::hasQuestions, questions);
    }

    private javafx.beans.binding.BooleanBinding shown(java.util.function.Predicate<MatterKind> has, ItemList list) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> kind.get() != null && has.test(kind.get())
                || !list.items().isEmpty(), kind, list.items());
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

    /** "None" first, then the decisions the matter's kind can get (and the one it has, should it be another). */
    public ObservableList<Decision> decisionChoices() {
        return decisionChoices;
    }

    private void offerDecisions(Decision current) {
        var offered = new java.util.ArrayList<Decision>();
        offered.add(null);
        for (Decision d : Decision.values()) {
            if (DebateDecision.fits(d, kind.get()) || d == current) {
                offered.add(d);
            }
        }
        if (!offered.equals(decisionChoices)) {
            decisionChoices.setAll(offered);
        }
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

    /**
     * Reads a date typed as ÅÅÅÅ-MM-DD into the date field {@code field}. A blank field means no date. A bad date is
     * refused with a message and gives empty, so the caller keeps the date it had ({@code kept}: one it had, said so);
     * the message stays (saves of other fields do not take it away) until that field is typed right or another matter
     * is shown.
     */
    public Optional<Optional<LocalDate>> parseDate(String field, String typed, boolean kept) {
        try {
            Optional<LocalDate> date = IsoDates.parse(typed);
            badDate(field).set("");
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            badDate(field).set(Localization.get(kept ? "ui.editor.badDate" : "ui.editor.badDate.none", typed.strip()));
            return Optional.empty();
        }
    }

    private ReadOnlyStringWrapper badDate(String field) {
        return badDates.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }

    /** Why the date typed in the date field {@code field} is refused; empty while it is a date (or blank). */
    public ReadOnlyStringProperty badDateProperty(String field) {
        return badDate(field).getReadOnlyProperty();
    }

    /** What is wrong right now (a bad date, a missing title, a failed save), in words; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
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
            say(Localization.message(e));
            return false;
        }
        status.set(next);
        return true;
    }

    /** The statuses the matter may move to now. */
    public Set<Status> allowedStatuses() {
        return Lifecycle.of(kind.get()).next(status.get());
    }

    /** Says a line to the user (a notice). */
    protected abstract void say(String line);
}
