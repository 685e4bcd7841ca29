package se.ledamot.ui.register;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.ledamot.search.Hit;
import se.ledamot.search.SearchIndex;
import se.ledamot.search.SearchQuery;
import se.ledamot.service.RegisterService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The search the register's list answers, for what the register shows of it: the words it matched in a title (the
 * index's own marks, no second matcher) and the selected matter's snippet, read in the background.
 */
public final class SearchMarksViewModel {
    private final AppContext context;
    private final ObjectProperty<MatterRow> selected;
    /** The search the list shown answers, or null when it answers filters alone. */
    private final ReadOnlyObjectWrapper<SearchQuery> searched = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Hit.Snippet> snippet = new ReadOnlyObjectWrapper<>(Hit.Snippet.NONE);

    SearchMarksViewModel(AppContext context, ObjectProperty<MatterRow> selected) {
        this.context = context;
        this.selected = selected;
        selected.addListener((o, was, now) -> findSnippet());
    }

    /**
     * The search a register question makes, for its marks; null without text. The register reads as you type: the
     * last word counts as the beginning of a word, as {@link RegisterService#ids} takes it.
     */
    static SearchQuery questionOf(RegisterService.Query q) {
        return q.text().isBlank() ? null : SearchQuery.of(q.text(), 1).typing(true)
                .ignoringDiacritics(q.ignoreDiacritics());
    }

    void show(SearchQuery q) {
        searched.set(q);
    }

    /** The words of a text (a title) that the search shown matched, as the index marks them. */
    public List<Hit.Mark> marks(String text) {
        SearchQuery q = searched.get();
        return q == null || text == null ? List.of() : SearchIndex.marks(q, text);
    }

    /** Reads the selected matter's snippet for the search shown, in the background; none without a search. */
    void findSnippet() {
        MatterRow row = selected.get();
        SearchQuery q = searched.get();
        if (row == null || q == null) {
            snippet.set(Hit.Snippet.NONE);
            return;
        }
        long id = row.id();
        BackgroundTask.of(p -> context.services().matters().find(id)
                        .map(m -> context.services().search().snippetOf(q, m)).orElse(Hit.Snippet.NONE))
                .onSuccess(s -> {
                    if (selected.get() != null && selected.get().id() == id && q.equals(searched.get())) {
                        snippet.set(s);
                    }
                })
                .onFailure(e -> snippet.set(Hit.Snippet.NONE))
                .executeWith(context.tasks());
    }

    /** The search the list shown answers (null: filters alone). */
    public ReadOnlyObjectProperty<SearchQuery> searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    /** The selected matter's text around what the search matched; empty without a search. */
    public ReadOnlyObjectProperty<Hit.Snippet> snippetProperty() {
        return snippet.getReadOnlyProperty();
    }
}
