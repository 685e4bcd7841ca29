package se.ledamot.domain.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.ledamot.domain.sync.RowField;

/**
 * The answer being written to an interpellation or a question: the current text, saved on every pause in typing,
 * and which of the matter's numbered questions the writer has marked as answered (1-based).
 */
public record AnswerDraft(long matterId, String text, Set<Integer> answeredQuestions, Instant savedAt) {
    /**
     * The fields two writers of the group may change at once (issue 16.5): the text (a long text, offered merged in
     * the conflict view, named as the matter's answer) and the questions marked answered.
     */
    public static final List<RowField<AnswerDraft>> FIELDS = List.of(
            new RowField<>("answer", AnswerDraft::text, (into, from) -> into.withText(from.text(), into.savedAt()),
                    true),
            new RowField<>("answered", d -> d.answeredQuestions().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")), (into, from) -> new AnswerDraft(into.matterId(), into.text(),
                    from.answeredQuestions(), into.savedAt()), false));

    public AnswerDraft {
        text = text == null ? "" : text;
        answeredQuestions = Set.copyOf(new TreeSet<>(answeredQuestions == null ? Set.of() : answeredQuestions));
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public AnswerDraft withText(String newText, Instant at) {
        return new AnswerDraft(matterId, newText, answeredQuestions, at);
    }

    public AnswerDraft withAnswered(int question, boolean answered, Instant at) {
        var set = new TreeSet<>(answeredQuestions);
        if (answered) {
            set.add(question);
        } else {
            set.remove(question);
        }
        return new AnswerDraft(matterId, text, set, at);
    }
}
