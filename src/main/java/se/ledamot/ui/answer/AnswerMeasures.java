package se.ledamot.ui.answer;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.QuestionCheck;
import se.ledamot.domain.answer.SpeakingTime;
import se.ledamot.ui.shell.WriterPreferences;

/**
 * The answer measured against its matter, as the writer types: the numbered questions, which are marked answered and
 * what the text seems to say of each; the word count and the speaking time at the writer's pace. Plain FX state: no
 * reads or writes.
 */
final class AnswerMeasures {
    private final WriterPreferences preferences;
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper speakingTime = new ReadOnlyStringWrapper("0:00");
    private final ObservableList<QuestionRow> questions = FXCollections.observableArrayList();
    private Matter matter;
    private String text = "";

    AnswerMeasures(WriterPreferences preferences) {
        this.preferences = preferences;
        preferences.wordsPerMinute().addListener((o, was, now) -> refreshFigures());
    }

    /** The questions of a matter, those answered marked; {@code marked} runs when the writer marks one. */
    void show(Matter m, Set<Integer> answered, Runnable marked) {
        matter = m;
        questions.clear();
        for (int i = 0; i < m.questions().size(); i++) {
            QuestionRow row = new QuestionRow(i + 1, m.questions().get(i), answered.contains(i + 1));
            row.answered().addListener((o, was, now) -> {
                refreshChecks();
                marked.run();
            });
            questions.add(row);
        }
    }

    /** The text as it is now: counted, timed, and checked against each question. */
    void measure(String now) {
        text = now;
        refreshFigures();
        refreshChecks();
    }

    /** The numbers of the questions marked answered. */
    Set<Integer> marked() {
        return questions.stream().filter(q -> q.answered().get()).map(QuestionRow::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    boolean allAnswered() {
        return QuestionCheck.allAnswered(checks());
    }

    /** "1, 3": the questions not marked answered. */
    String unansweredNumbers() {
        return String.join(", ", questions.stream().filter(q -> !q.answered().get())
                .map(q -> String.valueOf(q.number())).toList());
    }

    private List<QuestionCheck.Result> checks() {
        return matter == null ? List.of() : QuestionCheck.check(matter.questions(), text, marked());
    }

    private void refreshChecks() {
        List<QuestionCheck.Result> results = checks();
        for (int i = 0; i < results.size() && i < questions.size(); i++) {
            questions.get(i).update(results.get(i));
        }
    }

    private void refreshFigures() {
        int count = SpeakingTime.wordCount(text);
        words.set(count);
        speakingTime.set(SpeakingTime.format(preferences.speakingTime().ofWords(count)));
    }

    ReadOnlyIntegerProperty words() {
        return words.getReadOnlyProperty();
    }

    ReadOnlyStringProperty speakingTime() {
        return speakingTime.getReadOnlyProperty();
    }

    ObservableList<QuestionRow> questions() {
        return questions;
    }
}
