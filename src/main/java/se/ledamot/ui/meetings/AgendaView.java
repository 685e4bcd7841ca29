package se.ledamot.ui.meetings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaSuggestion.Suggestion;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.DeadlineTip;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.Navigator;

/**
 * The agenda builder: pending matters on the left to drag (or double-click) onto the agenda with the suggestion under
 * them, the agenda in the middle (drag to reorder, buttons to move and remove, a field for free-text items) above the
 * chosen item's texts.
 */
final class AgendaView extends BorderPane {
    private static final DataFormat MATTERS = new DataFormat("application/x-ledamot-matters");
    private static final DataFormat ITEM = new DataFormat("application/x-ledamot-agenda-item");
    /** How narrow the pending matters may get in a small window. */
    private static final double PENDING_MIN_WIDTH = 120;
    /** What the agenda asks for before the pending matters give way: they keep their 240 in a normal window. */
    private static final double AGENDA_PREF_WIDTH = 300;
    /**
     * Below this width the pending matters beside the agenda leave it too narrow for its items (1000x650: 190 px,
     * every item wrapped): they go under it instead. Their 240, the agenda's 300 and the gap between.
     */
    private static final double SIDE_BY_SIDE_MIN_WIDTH = 240 + 12 + AGENDA_PREF_WIDTH;
    /** Three rows of a list in view however small the window (CutOffText's "a couple of rows" is 90). */
    private static final double LIST_MIN_HEIGHT = 100;
    /** A text field narrower than this shows a few letters only. */
    static final double FIELD_MIN_WIDTH = 60;

    AgendaView(AgendaViewModel vm, Navigator navigator) {
        // A move that met another secretary's reorder is settled side by side (issue 16.5).
        vm.setOnConflicts(se.ledamot.ui.sync.ConflictView.shownOver(this,
                (c, choice, text, after, failed) -> vm.choose(c, choice, text, after)));
        ListView<Matter> pending = new ListView<>(vm.pending());
        pending.setId("pending-list");
        pending.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label none = new Label();
        none.textProperty().bind(vm.pendingPlaceholder());
        none.setWrapText(true);
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // Its own air: an empty list is as high as it (shrinkWhenEmpty).
        none.setPadding(new Insets(8));
        pending.setPlaceholder(none);
        pending.setCellFactory(l -> new ListCell<>() {
            {
                setOnDragDetected(e -> {
                    if (getItem() != null) {
                        Dragboard db = startDragAndDrop(TransferMode.COPY);
                        List<Matter> chosen = pending.getSelectionModel().getSelectedItems().contains(getItem())
                                ? List.copyOf(pending.getSelectionModel().getSelectedItems()) : List.of(getItem());
                        db.setContent(Map.of(MATTERS, chosen.stream().map(m -> String.valueOf(m.id()))
                                .reduce((a, b) -> a + "," + b).orElse("")));
                        e.consume();
                    }
                });
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null) {
                        vm.addMatters(List.of(getItem().id()));
                    }
                });
            }

            @Override
            protected void updateItem(Matter m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Grammar.heading(m.kind(), m.title()));
            }
        });
        wrapCells(pending);
        Button addSelected = new Button(Localization.get("meeting.ui.addSelected"));
        addSelected.setId("pending-add");
        addSelected.disableProperty().bind(pending.getSelectionModel().selectedItemProperty().isNull());
        addSelected.setOnAction(e -> vm.addMatters(pending.getSelectionModel().getSelectedItems().stream()
                .map(Matter::id).toList()));
        // In a narrow column the heading and the button wrap rather than end in "…".
        Label pendingTitle = new Label(Localization.get("meeting.ui.pending"));
        pendingTitle.setWrapText(true);
        pendingTitle.setMinHeight(Region.USE_PREF_SIZE);
        addSelected.setWrapText(true);
        addSelected.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, pendingTitle, pending, addSelected);
        left.setPrefWidth(240);
        // In a small window (1000x650) the pending matters give way first, their titles wrapping, so that the agenda
        // beside them keeps room for its items and buttons.
        left.setMinWidth(PENDING_MIN_WIDTH);

        // The rows as read, handed over by the listener below, which keeps the item chosen chosen.
        ListView<AgendaRow> agenda = new ListView<>(FXCollections.observableArrayList(vm.items()));
        agenda.setId("agenda-list");
        Label empty = new Label(Localization.get("meeting.ui.agenda.empty"));
        // The list is narrow at 1280×800: the hint wraps instead of ending in "…".
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        agenda.setPlaceholder(empty);
        agenda.setCellFactory(l -> agendaCell(vm));
        // A double-click on an item about a matter opens its debate; a free-text item has none.
        agenda.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            AgendaRow row = agenda.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null && row.item() != null && row.item().matterId() != null) {
                navigator.navigate(Destination.Debate.onItem(row.item().meetingId(), row.item().id()));
            }
        });
        // Every change reloads the agenda; the moved item stays selected so it can be moved again. The item's texts
        // show the item chosen (a reload empties the selection for a moment: that keeps the form as it is). While the
        // rows are replaced the list chooses by place, not by item (each row's number may have changed): not heeded.
        long[] chosen = {-1};
        boolean[] replacing = {false};
        agenda.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !replacing[0]) {
                chosen[0] = now.item() == null ? -1 : now.item().id();
                vm.texts().show(now);
            }
        });
        vm.items().addListener((ListChangeListener<AgendaRow>) c -> {
            replacing[0] = true;
            agenda.getItems().setAll(vm.items());
            replacing[0] = false;
            int at = 0;
            while (at < vm.items().size() && (vm.items().get(at).item() == null
                    || vm.items().get(at).item().id() != chosen[0])) {
                at++;
            }
            if (at < vm.items().size()) {
                agenda.getSelectionModel().clearAndSelect(at);
                // Told, not left to the listener: the row still selected is not selected again, and the form, emptied
                // as the meeting was stored, said "Välj en punkt" beside it.
                vm.texts().show(vm.items().get(at));
            } else {
                agenda.getSelectionModel().clearSelection();
                vm.texts().show(null); // taken off, or another meeting's: nothing of it to correct here
            }
        });
        // An item another screen asked for (the search of everything): chosen and in view.
        vm.chosenItemProperty().addListener((o, was, now) -> {
            for (int i = 0; now != null && i < vm.items().size(); i++) {
                if (vm.items().get(i).item() != null && now.equals(vm.items().get(i).item().id())) {
                    chosen[0] = now;
                    agenda.getSelectionModel().clearAndSelect(i);
                    agenda.scrollTo(i);
                }
            }
        });
        agenda.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(MATTERS)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        agenda.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(MATTERS)) {
                String ids = (String) e.getDragboard().getContent(MATTERS);
                vm.addMatters(Arrays.stream(ids.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        Button up = new Button(Localization.get("meeting.ui.up"));
        up.setId("agenda-up");
        Button down = new Button(Localization.get("meeting.ui.down"));
        down.setId("agenda-down");
        Button remove = new Button(Localization.get("meeting.ui.remove"));
        remove.setId("agenda-remove");
        // The body's standard items keep their places (AgendaRow.fixed); one not on the agenda is not taken off it.
        var selected = agenda.getSelectionModel().selectedItemProperty();
        for (Button b : List.of(up, down)) {
            b.disableProperty().bind(selected.map(AgendaRow::fixed).orElse(true));
        }
        remove.disableProperty().bind(selected.map(r -> r.item() == null).orElse(true));
        up.setOnAction(e -> vm.move(agenda.getSelectionModel().getSelectedItem(), -1));
        down.setOnAction(e -> vm.move(agenda.getSelectionModel().getSelectedItem(), 1));
        remove.setOnAction(e -> vm.remove(agenda.getSelectionModel().getSelectedItem()));
        TextField freeText = FieldLimits.watch(new TextField(), Limit.AGENDA_TEXT);
        freeText.setId("agenda-text");
        freeText.setPromptText(Localization.get("meeting.ui.freeText.prompt"));
        Button addText = new Button(Localization.get("meeting.ui.freeText.add"));
        addText.setId("agenda-text-add");
        addText.setMinWidth(Region.USE_PREF_SIZE);
        freeText.textProperty().bindBidirectional(vm.freeTextProperty());
        addText.setOnAction(e -> vm.addText());
        freeText.setOnAction(addText.getOnAction());
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(vm.meetingProperty().map(m -> Localization.get("meeting.ui.agenda.of",
                m)).orElse(Localization.get("meeting.ui.agenda.choose")));
        Label submission = new Label();
        submission.setId("submission-deadlines");
        submission.setWrapText(true);
        submission.setMinHeight(Region.USE_PREF_SIZE);
        submission.textProperty().bind(vm.submissionDeadlinesProperty());
        FlowPane moves = new FlowPane(8, 4, up, down, remove);
        VBox center = new VBox(8, title, submission, agenda, moves,
                freeTextRow(freeText, addText), new AgendaItemTextsView(vm.texts()));
        VBox.setVgrow(agenda, Priority.ALWAYS);
        // Its long lines (the submission deadlines) wrap: left to their one-line width they would take the room of
        // the pending matters even in a window wide enough for both.
        center.setPrefWidth(AGENDA_PREF_WIDTH);

        ListView<Suggestion> suggestions = new ListView<>(vm.suggestions());
        suggestions.setId("suggestion-list");
        suggestions.setPrefHeight(140);
        // Three suggestions stay in view however the agenda above is sized.
        suggestions.setMinHeight(108);
        Label hint = new Label(Localization.get("meeting.ui.suggest.hint"));
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        suggestions.setPlaceholder(hint);
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Grammar.heading(s.matter().kind(), s.matter().title())
                        + " — " + Localization.get("suggestion." + s.reason().name().toLowerCase(Locale.ROOT))
                        + (s.late() ? "  " + Localization.get("meeting.ui.late") : ""));
            }
        });
        wrapCells(suggestions);
        Button suggest = new Button(Localization.get("meeting.ui.suggest"));
        suggest.setId("agenda-suggest");
        suggest.disableProperty().bind(vm.meetingProperty().isNull());
        suggest.setOnAction(e -> vm.suggest());
        Button addAll = new Button(Localization.get("meeting.ui.suggest.addAll"));
        addAll.setId("agenda-suggest-add");
        addAll.disableProperty().bind(Bindings.isEmpty(vm.suggestions()));
        addAll.setOnAction(e -> vm.addSuggestions());
        // The suggestion is matters to add, as the pending ones are: under them. Under the agenda it took the height
        // the agenda needs, the list the secretary works in (4.5 rows of it at 1280x800, walk23); the item's texts
        // stay under the agenda, in sight.
        left.getChildren().addAll(new FlowPane(8, 4, suggest, addAll), suggestions);
        shrinkWhenEmpty(pending, suggestions);

        HBox top = new HBox(12, left, center);
        HBox.setHgrow(center, Priority.ALWAYS);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox all = new VBox(8, top);
        all.setPadding(new Insets(8));
        javafx.beans.binding.BooleanBinding oneColumn = all.widthProperty().lessThan(SIDE_BY_SIDE_MIN_WIDTH);
        all.widthProperty().addListener((o, was, now) -> {
            boolean narrow = oneColumn.get();
            if (narrow && top.getChildren().remove(left)) {
                all.getChildren().add(1, left);
            } else if (!narrow && all.getChildren().remove(left)) {
                top.getChildren().addFirst(left);
            }
        });
        // Never cut off by a small window: the builder fills the room it has and scrolls when it needs more.
        ScrollPane scroll = new ScrollPane(all);
        scroll.setId("agenda-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        se.ledamot.ui.shell.FollowFocus.follow(scroll);
        AgendaRoom.firstScreen(agenda, center, all, scroll, oneColumn, LIST_MIN_HEIGHT, title, submission, moves);
        setCenter(scroll);
    }

    /**
     * The field for a free-text item beside its button, as wide as the row leaves it, never narrower than its example:
     * where the row is too short for both, the button goes under it. The example was cut to "Punkt utan ärende, t.ex.
     * Avsäg" (walk24).
     */
    private static FlowPane freeTextRow(TextField field, Button add) {
        FlowPane row = new FlowPane(8, 4, field, add);
        javafx.scene.text.Text example = new javafx.scene.text.Text();
        field.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            example.setText(field.getPromptText());
            example.setFont(field.getFont());
            return Math.max(FIELD_MIN_WIDTH, Math.ceil(example.getLayoutBounds().getWidth())
                    + field.getInsets().getLeft() + field.getInsets().getRight() + 1);
        }, field.promptTextProperty(), field.fontProperty(), field.insetsProperty()));
        field.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double beside = Math.floor(row.getWidth() - row.getHgap() - add.getWidth());
            return beside >= field.getMinWidth() ? beside : Math.max(field.getMinWidth(), Math.floor(row.getWidth()));
        }, row.widthProperty(), add.widthProperty(), field.minWidthProperty()));
        // The row's least width is the field's example, not the field's width: left to the row (its widest child's
        // preferred width, here the row's own width) it could widen and never narrow again, and back at 1000x650
        // after a wider window the agenda reached past the window's edge.
        row.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(field.getMinWidth(),
                add.prefWidth(-1)), field.minWidthProperty(), add.widthProperty()));
        return row;
    }

    /**
     * With nothing pending the list is as high as its placeholder, and the room is the agenda's (under it, in a small
     * window) or the suggestion's (beside it): empty, it kept a full list's height (walk24, 470 px at 1280x800).
     */
    private static void shrinkWhenEmpty(ListView<Matter> pending, ListView<Suggestion> suggestions) {
        Region placeholder = (Region) pending.getPlaceholder();
        javafx.beans.binding.BooleanBinding empty = Bindings.isEmpty(pending.getItems());
        pending.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> empty.get()
                ? Math.ceil(placeholder.prefHeight(Math.max(0, pending.getWidth() - pending.snappedLeftInset()
                        - pending.snappedRightInset()))) + pending.snappedTopInset() + pending.snappedBottomInset()
                : Region.USE_COMPUTED_SIZE, empty, pending.widthProperty(), placeholder.layoutBoundsProperty()));
        pending.minHeightProperty().bind(Bindings.when(empty).then(Region.USE_PREF_SIZE).otherwise(LIST_MIN_HEIGHT));
        pending.maxHeightProperty().bind(Bindings.when(empty).then(Region.USE_PREF_SIZE).otherwise(Double.MAX_VALUE));
        javafx.beans.InvalidationListener grow = o -> {
            VBox.setVgrow(pending, empty.get() ? Priority.NEVER : Priority.ALWAYS);
            VBox.setVgrow(suggestions, empty.get() ? Priority.ALWAYS : Priority.NEVER);
        };
        empty.addListener(grow);
        grow.invalidated(empty);
    }

    /** Cells that wrap a long title within the list's width instead of cutting it with "…". */
    private static <T> void wrapCells(ListView<T> list) {
        var factory = list.getCellFactory();
        list.setCellFactory(l -> {
            ListCell<T> cell = factory.call(l);
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
    }

    private static ListCell<AgendaRow> agendaCell(AgendaViewModel vm) {
        ListCell<AgendaRow> cell = new ListCell<>() {
            @Override
            protected void updateItem(AgendaRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("deadline-soon", "deadline-overdue", "late", "standard-item");
                setText(empty || row == null ? null : row.line());
                setTooltip(empty || row == null ? null : row.deadline().map(DeadlineTip::of).orElse(null));
                if (!empty && row != null) {
                    switch (row.urgency()) {
                        case SOON -> getStyleClass().add("deadline-soon");
                        case OVERDUE -> getStyleClass().add("deadline-overdue");
                        default -> { }
                    }
                    if (row.late()) {
                        getStyleClass().add("late");
                    }
                    if (row.item() == null) {
                        getStyleClass().add("standard-item");
                    }
                }
            }
        };
        // A long item wraps onto more lines within the list's width (meetings.css lets the row grow).
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null && !cell.getItem().fixed()) {
                ClipboardContent content = new ClipboardContent();
                content.put(ITEM, cell.getItem().item().id());
                cell.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ITEM) && cell.getItem() != null && !cell.getItem().fixed()) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        cell.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(ITEM) && cell.getItem() != null && !cell.getItem().fixed()) {
                long id = ((Number) e.getDragboard().getContent(ITEM)).longValue();
                vm.items().stream().filter(r -> r.item() != null && r.item().id() == id).findFirst()
                        .ifPresent(r -> vm.moveTo(r, cell.getItem().item().number()));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return cell;
    }
}
