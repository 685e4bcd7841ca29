package se.ledamot.ui.shell;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values: they are picked from its list, never typed, so nothing is read back. */
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
}
