package se.ledamot.ui.answer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.task.BackgroundTask;

/** The interpellations and questions still open, beside the answer editor; read in the background. */
public final class AnswerListViewModel {
    private final AppContext context;
    private final ObservableList<Matter> matters = FXCollections.observableArrayList();

    public AnswerListViewModel(AppContext context) {
        this.context = context;
    }

    public void reload() {
        BackgroundTask.of(p -> context.services().answers().openMatters())
                .title(Localization.get("answer.loading"))
                .onSuccess(matters::setAll)
                .executeWith(context.tasks());
    }

    public ObservableList<Matter> matters() {
        return matters;
    }
}
