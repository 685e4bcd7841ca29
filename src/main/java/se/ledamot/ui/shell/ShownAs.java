package se.ledamot.ui.shell;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * How a choice box shows its values: they are picked from its list, never typed, so nothing is read back; and its
 * prompt while it holds none.
 */
public final class ShownAs {
    private ShownAs() {
    }

    /** Shows each value as {@code text} gives it, and no value as nothing. */
    public static <T> StringConverter<T> text(Function<T, String> text) {
        return text(text, "");
    }

    /** Shows each value as {@code text} gives it, and no value as {@code none} (a choice of its own: "Inget"). */
    public static <T> StringConverter<T> text(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /**
     * Makes a chooser draw its prompt whenever it holds nothing. Set to nothing after a choice (the next item, with no
     * decision yet), JavaFX's own cell went blank: Protokoll's § 18 Remiss after a decided motion had no "Välj beslut",
     * Debatt's Beslut the same after another item was opened. Its converter gives the text of a value.
     */
    public static <T> void promptWhenEmpty(ComboBox<T> box) {
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : box.getConverter().toString(item));
            }
        });
    }
}
