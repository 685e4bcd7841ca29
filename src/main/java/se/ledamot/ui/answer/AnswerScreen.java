package se.ledamot.ui.answer;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.ChosenRowInView;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.WrappingTitleCell;

/** "Svar": the interpellations and questions still open on the left, the answer editor for the chosen one. */
public final class AnswerScreen extends AbstractScreen {
    public static final String ID = "answers";
    /** The list's width (with its margin) where there is room: whole titles on a line or two (1280x800). */
    private static final double LIST_WIDTH = 312;
    /** The list's share of a narrower screen, and the narrowest it gets. */
    private static final double LIST_SHARE = 0.27;
    private static final double LIST_MIN_WIDTH = 200;

    private final AnswerListViewModel open;
    private final AnswerEditorViewModel editor;
    private final AnswerDueViewModel due;
    private final VersionRows versionRows;
    private final ListView<Matter> list;
    private Long wanted;

    AnswerScreen(AppContext context) {
        super(ID, "answer.screen.title");
        this.open = new AnswerListViewModel(context);
        this.editor = AnswerEditorViewModel.of(context);
        this.due = new AnswerDueViewModel(context);
        this.versionRows = new VersionRows(context.clock());
        editor.matter().addListener((o, was, now) -> due.show(now));
        // Others' saves on the server (and a sync's) come into the list, and into the open answer when nothing typed
        // waits.
        context.mattersRevision().addListener((o, was, now) -> {
            open.readAgain(editor.matter().get() == null ? null : editor.matter().get().id());
            editor.readAgain();
        });
        this.list = new ListView<>(open.matters());
        // Here, not when the screen is first drawn: the list may be read and a row chosen before (the samples stored).
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (editor.matter().get() == null || !now.id().equals(editor.matter().get().id()))) {
                editor.open(now);
            }
        });
        open.matters().addListener((ListChangeListener<Matter>) c -> reselect());
    }

    /** Adds the answer editor to the window; it shows the answer of any matter asked for. */
    public static AnswerScreen install(MainWindow shell) {
        AnswerScreen screen = new AnswerScreen(shell.context());
        shell.addScreen(screen);
        shell.onNavigate(Destination.AnswerOf.class, to -> {
            shell.show(ID);
            screen.openMatter(to.matterId());
        });
        return screen;
    }

    @Override
    protected Node build() {
        list.setId("answerMatters");
        list.setPrefWidth(LIST_MIN_WIDTH);
        // Long titles wrap inside the list instead of widening it, whole: titles that begin alike are told apart. A
        // wrapping cell's own label stopped at two lines, "… samordna arbetet med integration, …" (walk24).
        list.setCellFactory(l -> new WrappingTitleCell<>(l, open::label));
        // The text open before could not be saved: the list goes back to it (the editor says why).
        editor.setOnStayed(stayed -> Platform.runLater(() -> list.getSelectionModel().select(stayed)));
        Label title = new Label(Localization.get("answer.list.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox left = new VBox(8, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12, 0, 12, 12));
        BorderPane root = new BorderPane(new AnswerEditorView(editor, due.text(), versionRows,
                new KeptAnswer(editor, versionRows.clock())).view());
        root.setLeft(left);
        // Narrower in a small window (1000x650), so the answer beside it keeps room to be written in.
        left.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(LIST_MIN_WIDTH,
                Math.min(LIST_WIDTH, root.getWidth() * LIST_SHARE)), root.widthProperty()));
        return root;
    }

    @Override
    public void shown() {
        // An interpellation chosen in Ärenden is the one the user came to answer.
        open.chosenSinceLastShown().ifPresentOrElse(id -> {
            wanted = id;
            open.include(id);
        }, open::reload);
        // A meeting planned or moved on another screen moves the answer's deadlines.
        due.show(editor.matter().get());
    }

    /** Opens the answer to one matter (the dashboard's "my answers to write" navigates here). */
    public void openMatter(long matterId) {
        wanted = matterId;
        Matter listed = open.matters().stream().filter(m -> m.id() == matterId).findFirst().orElse(null);
        if (listed != null) {
            list.getSelectionModel().select(listed);
            ChosenRowInView.show(list);
        } else {
            // An answered matter (the search found its answer) is listed too, so its answer can be read.
            open.include(matterId);
        }
    }

    /**
     * After a reload: the matter asked for, else the one in the editor, stays selected; with none open (a start) the
     * first listed, so an answer is there without a click (walk19: an empty editor after a restart).
     */
    private void reselect() {
        Matter inEditor = editor.matter().get();
        Long inEditorId = inEditor == null ? null : inEditor.id();
        // The matter asked for is not answered here (a motion chosen in Ärenden): the one in the editor stays.
        Optional<Matter> select = listed(wanted).or(() -> listed(inEditorId))
                .or(() -> inEditor == null ? open.matters().stream().findFirst() : Optional.empty());
        select.ifPresent(m -> {
            list.getSelectionModel().select(m);
            ChosenRowInView.show(list);
        });
        // The matter in the editor as read now: decided in Debatt meanwhile, its deadlines are gone.
        listed(inEditorId).ifPresent(due::show);
        wanted = null;
    }

    private Optional<Matter> listed(Long id) {
        return id == null ? Optional.empty() : open.matters().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public boolean flush() {
        return editor.flush();
    }

    AnswerEditorViewModel editor() {
        return editor;
    }
}
