package se.ledamot.ui.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The interpellations and questions still open, beside the answer editor, and those closed (answered in Debatt)
 * while a draft written here was never put into the matter, first and marked so: what she wrote stays in reach, to
 * be entered or read. Read in the background.
 */
public final class AnswerListViewModel {
    private final AppContext context;
    private final ObservableList<Matter> matters = FXCollections.observableArrayList();
    /** The listed matters that are closed with a draft not entered (set before {@link #matters} changes). */
    private Set<Long> notEntered = Set.of();
    /** A matter listed although it is not open any more (one the user went to); null for none. */
    private Long shownToo;
    /** How many reads were asked for; an answer to an older one is not shown. */
    private int asked;
    /** The matter chosen in Ärenden that Svar has already followed. */
    private Long followed;

    public AnswerListViewModel(AppContext context) {
        this.context = context;
    }

    /**
     * Lists this matter too, at the top, even when it is no longer open (the search of everything found its answer
     * and the user went there), and reads the list again.
     */
    public void include(long matterId) {
        shownToo = matterId;
        reload();
    }

    /**
     * The matter chosen in Ärenden since Svar last looked, once: Svar opens on it (if it is an interpellation or a
     * question) rather than making the user choose it again.
     */
    public Optional<Long> chosenSinceLastShown() {
        Long chosen = context.chosenMatter().get();
        if (chosen == null || chosen.equals(followed)) {
            return Optional.empty();
        }
        followed = chosen;
        return Optional.of(chosen);
    }

    public void reload() {
        read(shownToo, Localization.get("answer.loading"), false);
    }

    /**
     * Another's save (on the server, or a sync): the list is read again without a word and changed only where it
     * differs; the matter whose answer is open ({@code inEditor}, null for none) stays listed, answered or not, so
     * it stays chosen and nothing typed in it is touched.
     */
    public void readAgain(Long inEditor) {
        read(inEditor != null ? inEditor : shownToo, "", true);
    }

    private void read(Long extra, String title, boolean onlyChanged) {
        int question = ++asked;
        BackgroundTask.of(p -> listing(extra))
                .title(title)
                .onSuccess(found -> {
                    // Two reads out at once (shown, then asked for a matter): the later one's list counts.
                    if (question == asked && !(onlyChanged && found.matters().equals(matters)
                            && found.notEntered().equals(notEntered))) {
                        notEntered = found.notEntered();
                        matters.setAll(found.matters());
                    }
                })
                .executeWith(context.tasks());
    }

    /** What the list shows: the matters, and which of them are closed with a draft not entered. */
    private record Listing(List<Matter> matters, Set<Long> notEntered) {
    }

    private Listing listing(Long extra) {
        List<Matter> closed = context.services().answers().closedWithDraftNotEntered();
        List<Matter> all = new ArrayList<>(closed);
        all.addAll(withExtra(context.services().answers().openMatters(),
                closed.stream().anyMatch(m -> m.id().equals(extra)) ? null : extra));
        return new Listing(List.copyOf(all), closed.stream().map(Matter::id).collect(Collectors.toUnmodifiableSet()));
    }

    /** A row's words: the heading, and for a closed matter with a draft not entered, its status and that draft. */
    public String label(Matter m) {
        String heading = Grammar.heading(m.kind(), m.title());
        return notEntered.contains(m.id()) ? Localization.get("answer.list.notEntered", heading,
                Localization.status(m.kind(), m.status()).toLowerCase(Localization.locale())) : heading;
    }

    private List<Matter> withExtra(List<Matter> open, Long extra) {
        if (extra == null || open.stream().anyMatch(m -> m.id().equals(extra))) {
            return open;
        }
        List<Matter> all = new ArrayList<>(open);
        // Only what is answered here: a motion chosen in Ärenden has no place in Svar.
        context.services().matters().find(extra).filter(m -> m.kind() == MatterKind.INTERPELLATION
                || m.kind() == MatterKind.QUESTION).ifPresent(m -> all.addFirst(m));
        return all;
    }

    public ObservableList<Matter> matters() {
        return matters;
    }
}
