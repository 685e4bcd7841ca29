package se.ledamot.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import se.ledamot.l10n.Localization;

/**
 * Edits an {@link ItemList} in place: double-click or F2 to edit, Enter or leaving the field to keep the text,
 * buttons to add, move and remove, and drag and drop to reorder. Node ids start with the given prefix
 * ({@code proposals-list}, {@code proposals-add}, …) for tests.
 */
final class ItemListView extends VBox {
    private final ItemList model;
    private final ListView<String> list;

    ItemListView(ItemList model, String idPrefix) {
        this.model = model;
        this.list = new ListView<>(model.items());
        list.setId(idPrefix + "-list");
        list.setEditable(true);
        list.setPrefHeight(130);
        list.setCellFactory(v -> new ItemCell());

        Button add = button(idPrefix + "-add", "ui.list.add");
        Button up = button(idPrefix + "-up", "ui.list.up");
        Button down = button(idPrefix + "-down", "ui.list.down");
        Button remove = button(idPrefix + "-remove", "ui.list.remove");
        var noSelection = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        up.disableProperty().bind(noSelection);
        down.disableProperty().bind(noSelection);
        remove.disableProperty().bind(noSelection);
        add.setOnAction(e -> edit(model.add()));
        up.setOnAction(e -> select(model.moveUp(selected())));
        down.setOnAction(e -> select(model.moveDown(selected())));
        remove.setOnAction(e -> model.remove(selected()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected() >= 0 && list.getEditingIndex() < 0) {
                model.remove(selected());
                e.consume();
            }
        });

        // The buttons wrap onto a second row in a narrow editor rather than cut their words.
        FlowPane buttons = new FlowPane(8, 4, add, up, down, remove);
        setSpacing(4);
        getChildren().addAll(list, buttons);
    }

    private static Button button(String id, String key) {
        Button b = new Button(Localization.get(key));
        b.setId(id);
        return b;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void select(int index) {
        list.getSelectionModel().clearAndSelect(index);
        list.scrollTo(index);
    }

    private void edit(int index) {
        select(index);
        list.layout();
        list.edit(index);
    }

    /** A cell that keeps what was typed when focus leaves it, not only on Enter. */
    private final class ItemCell extends ListCell<String> {
        private TextField field;

        ItemCell() {
            setWrapText(true);
            setPadding(new Insets(4, 8, 4, 8));
            setOnDragDetected(e -> {
                if (!isEmpty() && !isEditing()) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Integer.toString(getIndex()));
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof ItemCell source && source.getListView() == getListView()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                if (e.getGestureSource() instanceof ItemCell source && source.getListView() == getListView()) {
                    int to = isEmpty() ? model.items().size() - 1 : getIndex();
                    select(model.move(source.getIndex(), to));
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            field = new TextField(getItem());
            field.setOnAction(e -> commitEdit(field.getText()));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(field.getText());
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        @Override
        public void commitEdit(String text) {
            int index = getIndex();
            super.commitEdit(text);
            // ListView's default commit handler writes into the list; make sure it did even if a handler was replaced.
            if (index >= 0 && index < model.items().size() && !model.items().get(index).equals(text)) {
                model.set(index, text);
            }
            if (!isEditing()) {
                showItem();
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            showItem();
        }

        private void showItem() {
            setGraphic(null);
            setText(isEmpty() || getItem() == null ? null : (getIndex() + 1) + ". " + getItem());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (isEditing() && field != null) {
                setText(null);
                setGraphic(field);
            } else {
                showItem();
            }
        }
    }
}
