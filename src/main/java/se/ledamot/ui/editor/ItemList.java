package se.ledamot.ui.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An editable, ordered list of texts: a matter's proposal clauses or its questions. */
public final class ItemList {
    private final ObservableList<String> items = FXCollections.observableArrayList();

    public ObservableList<String> items() {
        return items;
    }

    /** Adds an empty item at the end and returns its index, for the view to start editing it. */
    public int add() {
        items.add("");
        return items.size() - 1;
    }

    public void set(int index, String text) {
        items.set(index, text == null ? "" : text);
    }

    public void remove(int index) {
        items.remove(index);
    }

    /** Moves an item to another place; returns where it ended up. */
    public int move(int from, int to) {
        int target = Math.clamp(to, 0, items.size() - 1);
        if (from == target || from < 0 || from >= items.size()) {
            return from;
        }
        String item = items.get(from);
        // One replace-all change, so listeners see a single edit.
        var reordered = new java.util.ArrayList<>(items);
        reordered.remove(from);
        reordered.add(target, item);
        items.setAll(reordered);
        return target;
    }

    public int moveUp(int index) {
        return move(index, index - 1);
    }

    public int moveDown(int index) {
        return move(index, index + 1);
    }

    void load(List<String> texts) {
        items.setAll(texts);
    }

    List<String> texts() {
        return List.copyOf(items);
    }
}
