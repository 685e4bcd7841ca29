package se.ledamot.ui.find;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Person;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The search of everything (Ctrl+K): the text typed, and the hits of every type for it, grouped by type. The search
 * is the command line's (same service, same ranking) with the last word, while it is being typed, as the beginning
 * of a word: the card shows for "integrationsp" what {@code search integrationsp*} prints, and once a space ends
 * the word, what {@code search integrationsplan} prints. The groups come in the order of their best hit and keep
 * the ranking inside. Questions go off the FX thread one at a time and the latest wins:
 * an answer to a text that has since changed is dropped and the text as it is now is asked, so fast typing neither
 * piles up work nor shows a stale list.
 */
public final class FindViewModel {
    /** As many hits as the command line shows without {@code --limit}. */
    static final int LIMIT = 20;

    private final TaskExecutor tasks;
    private final Function<SearchQuery, List<Hit>> search;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<FindRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answered = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();

    public FindViewModel(AppContext context) {
        this(context.tasks(), q -> context.services().search().search(q));
    }

    FindViewModel(TaskExecutor tasks, Function<SearchQuery, List<Hit>> search) {
        this.tasks = tasks;
        this.search = search;
        text.addListener((o, was, now) -> ask());
    }

    /**
     * The question for a text as typed: the command line's {@code search TEXT} without options, the last word a
     * prefix as long as no space follows it (a half-typed word found nothing before it was whole).
     */
    public static SearchQuery question(String text) {
        return SearchQuery.of(text.stripLeading(), LIMIT).typing(true);
    }

    private void ask() {
        String now = typed();
        if (asking.get()) {
            return;
        }
        if (now.isBlank()) {
            show("", List.of());
            return;
        }
        asking.set(true);
        BackgroundTask.of(p -> search.apply(question(now)))
                .onSuccess(hits -> answer(now, () -> show(now, hits)))
                .onFailure(e -> answer(now, () -> {
                    rows.clear();
                    answered.set(now);
                    message.set(Localization.get("find.failed", Errors.describe(e)));
                }))
                .executeWith(tasks);
    }

    /** Shows an answer if its text is still the one typed; else asks the text as it is now. */
    private void answer(String asked, Runnable show) {
        asking.set(false);
        if (asked.equals(typed())) {
            show.run();
        } else {
            ask();
        }
    }

    /** The text as asked: a trailing space counts (it ends the last word), leading ones do not. */
    private String typed() {
        return text.get().stripLeading();
    }

    private void show(String asked, List<Hit> hits) {
        Map<HitType, List<Hit>> groups = new LinkedHashMap<>();
        hits.forEach(h -> groups.computeIfAbsent(h.type(), t -> new ArrayList<>()).add(h));
        List<FindRow> lines = new ArrayList<>();
        groups.forEach((type, of) -> {
            lines.add(FindRow.heading(type, of.size()));
            of.forEach(h -> lines.add(FindRow.of(h)));
        });
        rows.setAll(lines);
        answered.set(asked.strip());
        message.set(asked.isBlank() ? "" : hits.isEmpty() ? Localization.get("search.none") : "");
    }

    /** Where a hit takes the user: the screen that shows it, with it chosen there. */
    public static Destination destinationOf(Hit h) {
        return switch (h.type()) {
            case MATTER -> new Destination.MatterInRegister(h.id());
            case MEETING -> new Destination.MeetingOf(h.id(), null);
            case AGENDA_ITEM -> new Destination.MeetingOf(h.meetingId(), h.id());
            case ANSWER -> new Destination.AnswerOf(h.id());
            case PERSON -> new Destination.RegisterOf(new Person(personName(h), h.party()), null);
            case PARTY -> new Destination.RegisterOf(null, h.key());
        };
    }

    /** A person's hit is keyed by its label, "Anna Berg (S)": the name is what comes before the party. */
    private static String personName(Hit h) {
        String suffix = h.party() == null ? "" : " (" + h.party() + ")";
        return h.key().endsWith(suffix) ? h.key().substring(0, h.key().length() - suffix.length()) : h.key();
    }

    /** Empties the field (the next search starts afresh). */
    public void clear() {
        text.set("");
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The headings and hits of the last answer that is still current. */
    public ObservableList<FindRow> rows() {
        return rows;
    }

    /** The hits alone, in the order shown. */
    public List<Hit> hits() {
        return rows.stream().filter(r -> !r.isHeading()).map(FindRow::hit).toList();
    }

    /** "Inga träffar.", or what went wrong, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The text the rows shown answer ("" before the first answer). */
    public ReadOnlyStringProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** Whether a question is out. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }
}
