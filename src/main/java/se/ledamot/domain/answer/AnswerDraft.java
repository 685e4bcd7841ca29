package se.ledamot.domain.answer;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer being written to an interpellation or a question: the current text, saved on every pause in typing,
 * and which of the matter's numbered questions the writer has marked as answered (1-based).
 */
public record AnswerDraft(long matterId, String text, Set<Integer> answeredQuestions, Instant savedAt) {

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
