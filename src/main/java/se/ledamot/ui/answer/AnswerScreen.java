package se.ledamot.ui.answer;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.AppContext;
import se.ledamot.ui.shell.Screen;

/** "Svar": the interpellations and questions still open on the left, the answer editor for the chosen one. */
public final class AnswerScreen implements Screen {
    public static final String ID = "answers";

    private final AnswerListViewModel open;
    private final AnswerEditorViewModel editor;
    private final ListView<Matter> list;
    private BorderPane root;
    private Long wanted;

    public AnswerScreen(AppContext context, WriterPreferences preferences) {
        this.open = new AnswerListViewModel(context);
        this.editor = AnswerEditorViewModel.of(context, preferences);
        this.list = new ListView<>(open.matters());
        open.matters().addListener((ListChangeListener<Matter>) c -> reselect());
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
        open.reload();
    }

    /** Opens the answer to one matter (from the dashboard's "my answers to write"). */
    public void openMatter(long matterId) {
        wanted = matterId;
        open.matters().stream().filter(m -> m.id() == matterId).findFirst()
                .ifPresent(m -> list.getSelectionModel().select(m));
    }

    /** After a reload: the matter asked for, else the one in the editor, stays selected. */
    private void reselect() {
        Matter inEditor = editor.matter().get();
        Long select = wanted != null ? wanted : inEditor == null ? null : inEditor.id();
        if (select != null) {
            open.matters().stream().filter(m -> m.id().equals(select)).findFirst()
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
