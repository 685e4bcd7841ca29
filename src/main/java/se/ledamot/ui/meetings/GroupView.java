package se.ledamot.ui.meetings;

import static se.ledamot.ui.meetings.GroupTableCells.checkMarkHeader;
import static se.ledamot.ui.meetings.GroupTableCells.column;
import static se.ledamot.ui.meetings.GroupTableCells.meetingCell;
import static se.ledamot.ui.meetings.GroupTableCells.show;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.sync.RowField;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.TabMovesOn;
import se.ledamot.ui.sync.ConflictView;

/** Items of one meeting with the group's position; the chosen item's position is edited below the table. */
final class GroupView extends BorderPane {
    /** The table's least height: its header and about two rows, so the form below always has its room. */
    private static final double TABLE_LEAST = 100;
    /** The matter's share of the width against Hållning's (ColumnFit starts a wrapping column at 200). */
    private static final double ITEM_SHARE = 300;
    private final GroupViewModel vm;
    private final TableView<GroupRow> table;
    private final ComboBox<Stance> stance = new ComboBox<>();
    private final TextField speaker = new TextField();
    private final TextArea arguments = new TextArea();
    private final TextArea notes = new TextArea();
    private final CheckBox reviewed = new CheckBox(Localization.get("meeting.ui.group.reviewed"));
    private GroupRow editing;
    private final javafx.beans.property.BooleanProperty nothingEdited =
            new javafx.beans.property.SimpleBooleanProperty(true);
    /** True while a position is stored, when the table's replacing its row must not touch the form. */
    private boolean saving;
    /** The item last chosen (over a restart too), chosen again after the rows are read anew. */
    private Long chosen;

    /** @param keptItem the item chosen last (its id, "" for none), kept for the next start */
    GroupView(GroupViewModel vm, javafx.beans.property.StringProperty keptItem) {
        this.vm = vm;
        this.chosen = keptItem.get() == null || !keptItem.get().matches("\\d{1,18}") ? null
                : Long.valueOf(keptItem.get());
        TextField group = FieldLimits.watch(new TextField(), Limit.GROUP);
        group.setId("group-code");
        group.setText(vm.groupProperty().get());
        group.setPromptText(Localization.get("meeting.ui.group.prompt"));
        group.setPrefColumnCount(7);
        group.setOnAction(e -> vm.groupProperty().set(group.getText()));
        group.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.groupProperty().set(group.getText());
            }
        });
        ComboBox<Meeting> meeting = new ComboBox<>(vm.upcoming());
        meeting.setId("group-meeting");
        meeting.valueProperty().bindBidirectional(vm.meetingProperty());
        meeting.setButtonCell(meetingCell());
        meeting.setCellFactory(l -> meetingCell());
        CheckBox onlyUndecided = new CheckBox(Localization.get("meeting.ui.group.onlyUndecided"));
        onlyUndecided.setId("only-undecided");
        onlyUndecided.selectedProperty().bindBidirectional(vm.onlyUndecidedProperty());
        // Each label stays with its field and the row wraps in a narrow window, rather than cutting the labels to
        // "Gr…", "Sammantr…" beside the meeting's long name (walk15, 1000x650).
        FlowPane top = new FlowPane(16, 8, labelled("meeting.ui.group.group", group),
                labelled("meeting.ui.group.meeting", meeting), onlyUndecided);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        table = new TableView<>(vm.rows());
        table.setId("group-table");
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> GroupPlaceholder.of(
                vm.groupProperty().get(), vm.meetingProperty().get(), vm.onlyUndecidedProperty().get()),
                vm.groupProperty(), vm.meetingProperty(), vm.onlyUndecidedProperty()));
        table.setPlaceholder(empty);
        // Widths are shared out in proportion to the wrapping columns' (the matter's the larger); the short ones keep
        // to their header or value (ColumnFit grows the minimum), never more: Punkt, one or two digits, took as large
        // a share as the others at 1000x650 and the matter's title wrapped onto three lines beside it (walk19).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<GroupRow, String> item = column("meeting.ui.group.column.item", r -> r.agenda().heading());
        item.setPrefWidth(ITEM_SHARE);
        TableColumn<GroupRow, String> stanceColumn = column("meeting.ui.group.column.stance", GroupRow::stanceText);
        List<TableColumn<GroupRow, String>> fitted = List.of(
                column("meeting.ui.group.column.number", r -> String.valueOf(r.agenda().number())),
                column("meeting.ui.group.column.due", r -> r.agenda().due()),
                column("meeting.ui.group.column.speaker", r -> r.position().speaker() == null ? ""
                        : r.position().speaker()),
                column("meeting.ui.group.column.reviewed", r -> r.position().reviewed() ? "✓" : ""));
        fitted.forEach(c -> c.maxWidthProperty().bind(c.minWidthProperty()));
        checkMarkHeader(fitted.getLast());
        // The rows come in the agenda's order already (a third click on a header brings it back): no sort arrow's room.
        fitted.getFirst().setSortable(false);
        table.getColumns().setAll(List.of(fitted.get(0), item, fitted.get(1), stanceColumn, fitted.get(2),
                fitted.get(3)));
        se.ledamot.ui.shell.ColumnFit.apply(table, List.of(item, stanceColumn));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (saving) {
                // The table replaces the saved row while it is stored: the form already holds its values.
                return;
            }
            if (now == null && editing != null && !table.getItems().isEmpty()) {
                // The rows were read anew (a sync, the screen shown again): the item is chosen again once they are
                // in, and the form keeps its text and the keys meanwhile (it was greyed out and lost them).
                Platform.runLater(this::reselectChosen);
                return;
            }
            if (now != null) {
                chosen = now.agenda().item().id();
                keptItem.set(String.valueOf(chosen));
                // Not while the table tells of this choice: the item open before may leave the list.
                long opened = chosen;
                Platform.runLater(() -> vm.opened(opened));
            }
            if (now == null || editing == null || now.agenda().item().id() != editing.agenda().item().id()) {
                GroupRow unsaved = editing;
                if (!flush() && unsaved != null) {
                    // Refused, and the reason shown: stay on the item, so nothing typed in the form is lost.
                    Platform.runLater(() -> reselect(unsaved));
                    return;
                }
                edit(now);
            }
        });

        stance.setId("stance");
        // No stance taken reads as the table's row does ("Behövs inte" on Val av justerare), not as an empty box; the
        // button cell is ours, so it is told when the prompt changes with the row.
        stance.setPromptText(Localization.stance(null, null));
        stance.promptTextProperty().addListener((o, was, now) -> {
            if (stance.getValue() == null) {
                stance.getButtonCell().setText(now);
            }
        });
        stance.setButtonCell(stanceCell());
        stance.setCellFactory(l -> stanceCell());
        speaker.setId("speaker");
        FieldLimits.watch(speaker, Limit.SPEAKER);
        arguments.setId("arguments");
        arguments.setPrefRowCount(3);
        // Under Eget yrkande the group's yrkande is written here: the brief prints it as such, for the speaker to move.
        arguments.promptTextProperty().bind(javafx.beans.binding.Bindings.when(stance.valueProperty().isEqualTo(
                Stance.OWN)).then(Localization.get("meeting.ui.group.ownMotion.prompt")).otherwise(""));
        arguments.setWrapText(true);
        notes.setId("notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        reviewed.setId("reviewed");
        // Tab goes on from Argument and Anteckningar as from Talare, to the next field, not into the text.
        TabMovesOn.in(arguments);
        TabMovesOn.in(notes);
        javafx.beans.value.ChangeListener<Object> changed = (o, was, now) -> vm.typed(this::autosave);
        List.<javafx.beans.value.ObservableValue<?>>of(speaker.textProperty(), arguments.textProperty(),
                notes.textProperty(), stance.valueProperty(), reviewed.selectedProperty())
                .forEach(p -> p.addListener(changed));
        Button save = new Button(Localization.get("meeting.ui.save"));
        save.setId("position-save");
        save.setOnAction(e -> {
            if (flush()) {
                GroupRow saved = editing;
                keepEditedRowSelected();
                if (saved != null) {
                    vm.sayStored(saved);
                }
            }
        });
        GridPane form = new GridPane(12, 8);
        form.addRow(0, new Label(Localization.get("meeting.ui.group.column.stance")), stance);
        form.addRow(1, new Label(Localization.get("meeting.ui.group.column.speaker")), speaker);
        form.addRow(2, new Label(Localization.get("meeting.ui.group.arguments")), arguments);
        form.addRow(3, new Label(Localization.get("meeting.ui.group.notes")), notes);
        form.addRow(4, reviewed, save);
        GridPane.setHgrow(arguments, Priority.ALWAYS);
        form.disableProperty().bind(nothingEdited.or(vm.hiddenProperty().isNotEmpty()));
        // Escape from the form goes back to the item in the list, to go on to the next by the keys (an open list of
        // stances closes first, by its own Escape).
        form.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                table.requestFocus();
            }
        });
        form.setPadding(new Insets(8));

        // A reload (the screen shown again, another group) replaces every row: the item chosen stays chosen, and
        // rows read with none chosen (a restart) choose one, so the form is never empty while there is an item.
        table.getItems().addListener((ListChangeListener<GroupRow>) c -> {
            if (!saving && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                Platform.runLater(this::reselectChosen);
            }
            while (c.next()) {
                if (!saving && c.wasReplaced()) {
                    c.getAddedSubList().forEach(this::refresh);
                }
            }
        });
        // A save that met another member's change of the same field (on a shared server) is settled side by side.
        ConflictView[] view = new ConflictView[1];
        vm.setOnConflicts(list -> {
            if (view[0] == null) {
                view[0] = new ConflictView(getScene().getWindow(),
                        (c, choice, text, after, failed) -> vm.choose(c, choice, text, after));
            }
            view[0].show(list);
        });

        // Another group's positions on a shared server: said in words, not shown as if undecided.
        Label hidden = new Label();
        hidden.setId("group-hidden");
        hidden.setWrapText(true);
        hidden.setPadding(new Insets(0, 8, 8, 8));
        hidden.textProperty().bind(vm.hiddenProperty());
        hidden.visibleProperty().bind(vm.hiddenProperty().isNotEmpty());
        hidden.managedProperty().bind(hidden.visibleProperty());

        VBox center = new VBox(hidden, table, form);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The table gives up height before the form does: Spara stays whole above a notice and at 1000×650.
        table.setMinHeight(TABLE_LEAST);
        setTop(top);
        setCenter(center);
    }

    private static HBox labelled(String key, Node field) {
        HBox box = new HBox(8, new Label(Localization.get(key)), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void edit(GroupRow row) {
        editing = row;
        nothingEdited.set(row == null);
        Position p = row == null ? null : row.position();
        stance.getItems().setAll(row == null ? List.of() : row.stances());
        stance.setPromptText(row == null ? Localization.stance(null, null) : row.undecidedText());
        stance.setValue(p == null ? null : p.stance());
        if (stance.getValue() == null && !stance.getItems().isEmpty()) {
            // "Inte bestämt" is the list's first entry (null): selected, so Down goes to the first stance. With none
            // selected Down chose that null again and the box stayed "Inte bestämt" (walk20, keyboard only).
            stance.getSelectionModel().select(0);
        }
        show(speaker, p == null || p.speaker() == null ? "" : p.speaker());
        show(arguments, p == null ? "" : p.arguments());
        show(notes, p == null ? "" : p.notes());
        reviewed.setSelected(p != null && p.reviewed());
    }

    /**
     * The row being edited was stored with another member's change, or with a choice made in the conflict view: the
     * form takes the new values, except in a field typed into since (that waits for the next save).
     */
    private void refresh(GroupRow row) {
        if (editing == null || row.agenda().item().id() != editing.agenda().item().id()) {
            return;
        }
        if (!row.position().group().equals(editing.position().group())) {
            // Another group's position: shown as read, never with the typing of the group before (stored as its own).
            edit(row);
            return;
        }
        Optional<Position> form = typed(editing.position());
        if (form.isEmpty()) {
            return;
        }
        Position next = form.get();
        for (RowField<Position> f : Position.FIELDS) {
            if (f.text().apply(next).equals(f.text().apply(editing.position()))) {
                next = f.take().apply(next, row.position());
            }
        }
        edit(new GroupRow(row.agenda(), next));
        editing = row;
    }

    /** The position with the form's values, quietly empty when they do not fit. */
    private Optional<Position> typed(Position p) {
        try {
            return Optional.of(withForm(p));
        } catch (se.ledamot.domain.DomainException e) {
            return Optional.empty();
        }
    }

    private Position withForm(Position p) {
        return p.withStance(stance.getValue()).withSpeaker(speaker.getText()).withArguments(arguments.getText())
                .withNotes(notes.getText()).withReviewed(reviewed.isSelected());
    }

    /** Stores what is in the form for the item being edited; false if it could not be stored. */
    boolean flush() {
        if (editing == null) {
            return true;
        }
        Optional<Position> typed = vm.edited(editing.position(), this::withForm);
        if (typed.isEmpty()) {
            return false;
        }
        Position now = typed.get();
        if (now.equals(editing.position())) {
            return true;
        }
        GroupRow was = editing;
        saving = true;
        boolean saved;
        try {
            saved = vm.save(now);
        } finally {
            saving = false;
        }
        if (!saved) {
            return false;
        }
        editing = new GroupRow(was.agenda(), now);
        return true;
    }

    /** Typing paused: the form is stored as Spara does; quietly not while a field does not fit (it is marked). */
    private void autosave() {
        if (editing != null && typed(editing.position()).isPresent() && flush()) {
            keepEditedRowSelected();
        }
    }

    /** After Spara: the table replaced the saved row, so the row being edited is selected again. */
    private void keepEditedRowSelected() {
        GroupRow selected = table.getSelectionModel().getSelectedItem();
        if (editing == null || selected != null && selected.agenda().item().id() == editing.agenda().item().id()) {
            return;
        }
        long id = editing.agenda().item().id();
        if (table.getItems().stream().anyMatch(r -> r.agenda().item().id() == id)) {
            reselect(editing);
        } else {
            // The saved row left the filter (only undecided): the form shows what is selected now, never a stale row.
            edit(selected);
        }
    }

    /**
     * After the rows were read anew: the item chosen before, in its row as stored now, else the first the group still
     * has to decide, else the first. The keys stay where they are (the table's focus follows the row chosen).
     */
    private void reselectChosen() {
        if (!table.getSelectionModel().isEmpty() || table.getItems().isEmpty() || !flush()) {
            return;
        }
        List<GroupRow> rows = table.getItems();
        GroupRow row = rows.stream().filter(r -> chosen != null && r.agenda().item().id() == chosen).findFirst()
                .or(() -> rows.stream().filter(GroupRow::undecided).findFirst()).orElse(rows.getFirst());
        if (editing != null && editing.agenda().item().id() == row.agenda().item().id()
                && editing.position().group().equals(row.position().group())) {
            refresh(row); // the same item of the same group: what she typed stays, the rest as read now
        } else {
            editing = null;
        }
        table.getSelectionModel().select(row);
    }

    private void reselect(GroupRow row) {
        table.getItems().stream().filter(r -> r.agenda().item().id() == row.agenda().item().id()).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private ListCell<Stance> stanceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Stance s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? stance.getPromptText()
                        : Localization.stance(s, editing == null ? null : editing.kind()));
            }
        };
    }
}
