package se.ledamot.ui.answer;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;
import se.ledamot.store.AnswerStore;
import se.ledamot.ui.AppContext;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.task.BackgroundTask;

/** "Svar": the interpellations and questions still open on the left, the answer editor for the chosen one. */
public final class AnswerScreen implements Screen {
    public static final String ID = "answers";

    private final AppContext context;
    private final AnswerEditorViewModel editor;
    private final ObservableList<Matter> matters = FXCollections.observableArrayList();
    private final ListView<Matter> list = new ListView<>(matters);
    private BorderPane root;
    private Long wanted;

    public AnswerScreen(AppContext context, WriterPreferences preferences) {
        this.context = context;
        this.editor = new AnswerEditorViewModel(new AnswerStore(context.database()), context.newDebouncer(),
                context.dialogs(), preferences, context.clock(), context::mattersChanged);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Localization.get("answer.screen.title");
    }

    @Override
    public Node view() {
        if (root == null) {
            list.setId("answerMatters");
            list.setPrefWidth(260);
            list.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Matter m, boolean empty) {
                    super.updateItem(m, empty);
                    setText(empty || m == null ? null : Localization.kind(m.kind()) + ": " + m.title());
                }
            });
            list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
                if (now != null && (editor.matter().get() == null || !now.id().equals(editor.matter().get().id()))
                        && !editor.open(now)) {
                    // The text open before could not be saved: stay with it (the editor says why).
                    Platform.runLater(() -> list.getSelectionModel().select(was));
                }
            });
            Label title = new Label(Localization.get("answer.list.title"));
            title.getStyleClass().add("section-title");
            VBox left = new VBox(6, title, list);
            left.setPadding(new Insets(10, 0, 10, 10));
            root = new BorderPane(new AnswerEditorView(editor).view());
            root.setLeft(left);
        }
        return root;
    }

    @Override
    public void shown() {
        BackgroundTask.of(p -> context.matters().list().stream()
                        .filter(m -> m.kind().hasAddressee() && m.lifecycle().isOpen(m.status())).toList())
                .title(Localization.get("answer.loading"))
                .onSuccess(this::showMatters)
                .executeWith(context.tasks());
    }

    /** Opens the answer to one matter (from the dashboard's "my answers to write"). */
    public void openMatter(long matterId) {
        wanted = matterId;
        matters.stream().filter(m -> m.id() == matterId).findFirst()
                .ifPresent(m -> list.getSelectionModel().select(m));
    }

    private void showMatters(List<Matter> open) {
        Matter selected = list.getSelectionModel().getSelectedItem();
        matters.setAll(open);
        Long select = wanted != null ? wanted : selected == null ? null : selected.id();
        if (select != null) {
            matters.stream().filter(m -> m.id().equals(select)).findFirst()
                    .ifPresent(m -> list.getSelectionModel().select(m));
        }
        wanted = null;
    }

    @Override
    public boolean flush() {
        return editor.flush();
    }

    AnswerEditorViewModel editor() {
        return editor;
    }
}
