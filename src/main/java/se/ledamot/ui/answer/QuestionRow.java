package se.ledamot.ui.answer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import se.ledamot.domain.answer.QuestionCheck;
import se.ledamot.l10n.Localization;

/** One numbered question beside the answer: the writer's check mark and what the text seems to do for it. */
public final class QuestionRow {
    private final int number;
    private final String question;
    private final BooleanProperty answered = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<QuestionCheck.State> state =
            new ReadOnlyObjectWrapper<>(QuestionCheck.State.OPEN);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    QuestionRow(int number, String question, boolean answered) {
        this.number = number;
        this.question = question;
        this.answered.set(answered);
    }

    void update(QuestionCheck.Result result) {
        state.set(result.state());
        hint.set(switch (result.state()) {
            case ANSWERED -> Localization.get("answer.question.marked");
            case SEEMS_ANSWERED -> result.found().isEmpty()
                    ? Localization.get("answer.question.seemsByNumber", number)
                    : Localization.get("answer.question.seemsByWords", String.join(", ", result.found()));
            case OPEN -> result.keyWords().isEmpty() ? Localization.get("answer.question.open")
                    : Localization.get("answer.question.openWords", String.join(", ", result.keyWords()));
        });
    }

    public int number() {
        return number;
    }

    public String question() {
        return question;
    }

    /** Set by the writer: this question is answered. */
    public BooleanProperty answered() {
        return answered;
    }

    public ReadOnlyObjectProperty<QuestionCheck.State> state() {
        return state.getReadOnlyProperty();
    }

    /** Why the state is what it is, in words: shown beside the question. */
    public ReadOnlyStringProperty hint() {
        return hint.getReadOnlyProperty();
    }
}
