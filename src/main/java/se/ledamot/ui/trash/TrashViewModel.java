package se.ledamot.ui.trash;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/** The matters in the trash, and bringing them back. */
public final class TrashViewModel {
    private final AppContext context;
    private final ObservableList<Matter> matters = FXCollections.observableArrayList();
    private final ObjectProperty<Matter> selected = new SimpleObjectProperty<>();

    public TrashViewModel(AppContext context) {
        this.context = context;
    }

    public void reload() {
        BackgroundTask.of(p -> context.services().trash().list())
                .title(Localization.get("ui.trash.loading"))
                .onSuccess(matters::setAll)
                .executeWith(context.tasks());
    }

    /** Puts the matter back in the register, as it was. */
    public void restore(Matter matter) {
        BackgroundTask.of(p -> {
                    context.services().trash().restore(matter.id());
                    return matter;
                })
                .onSuccess(restored -> {
                    matters.remove(restored);
                    context.mattersChanged();
                    context.dialogs().notify(Localization.get("ui.trash.restored", restored.title()));
                })
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(context.tasks());
    }

    public ObservableList<Matter> matters() {
        return matters;
    }

    public ObjectProperty<Matter> selectedProperty() {
        return selected;
    }
}
