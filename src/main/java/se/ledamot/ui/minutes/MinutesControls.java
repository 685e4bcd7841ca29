package se.ledamot.ui.minutes;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import se.ledamot.domain.Limit;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;

/** The controls Protokoll's forms are built of, made alike: short lists, fields with an example, buttons. */
final class MinutesControls {
    private MinutesControls() {
    }

    static <T> ListView<T> list(String id, ObservableList<T> items, Function<T, String> text,
            Consumer<Integer> remove) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        // A row's height as the theme draws it (2.5em), measured on a row shown; a guess until one is.
        DoubleProperty row = new SimpleDoubleProperty(36);
        list.setCellFactory(l -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text.apply(item));
                }
            };
            cell.heightProperty().addListener((o, was, now) -> {
                if (now.doubleValue() > 0) {
                    row.set(now.doubleValue());
                }
            });
            return cell;
        });
        showingItsRows(list, row);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                remove.accept(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        return list;
    }

    /**
     * As high as its rows, two at least and at most a quarter of the window's height: a § with four yrkanden showed
     * two of them in a box of its own to scroll, whatever the window (walk27). The record around it scrolls; the
     * quarter keeps a long list from taking the decision's place in the view (four rows at 1000x650, six at
     * 1280x800).
     */
    private static void showingItsRows(ListView<?> list, DoubleProperty row) {
        DoubleProperty window = new SimpleDoubleProperty(800);
        list.sceneProperty().addListener((o, was, now) -> {
            window.unbind();
            if (now != null) {
                window.bind(now.heightProperty());
            }
        });
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            // Whole pixels a row: rows of 32.5 px in 130 px still showed a scroll bar.
            double insets = list.snappedTopInset() + list.snappedBottomInset();
            double each = Math.ceil(row.get());
            int most = Math.max(2, (int) ((window.get() / 4 - insets) / each));
            return insets + Math.clamp(list.getItems().size(), 2, most) * each;
        }, list.getItems(), row, window, list.insetsProperty()));
        list.setMinHeight(Region.USE_PREF_SIZE);
    }

    static void onEnter(Runnable action, TextField... fields) {
        for (TextField f : fields) {
            f.setOnAction(e -> {
                action.run();
                fields[0].requestFocus();
            });
        }
    }

    static VBox section(String titleKey, Node... content) {
        Label title = new Label(Localization.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(4, title);
        box.getChildren().addAll(content);
        return box;
    }

    static TextField field(String id, Limit limit, String promptKey) {
        TextField f = FieldLimits.watch(new TextField(), limit);
        f.setId(id);
        f.setPromptText(Localization.get(promptKey));
        return f;
    }

    /** A field as wide as its example, so the example is read whole ("Namn (PARTI), Na" at 1280x800, walk23). */
    static TextField fittingItsExample(TextField f) {
        Text example = new Text();
        f.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            example.setText(f.getPromptText());
            example.setFont(f.getFont());
            return Math.ceil(example.getLayoutBounds().getWidth()) + f.getInsets().getLeft()
                    + f.getInsets().getRight() + 1;
        }, f.promptTextProperty(), f.fontProperty(), f.insetsProperty()));
        f.prefWidthProperty().bind(f.minWidthProperty());
        return f;
    }

    /**
     * An entry form: who (and the kind) on the first line, then the wording, as wide as the section, with the button
     * that records it. On one line the wording had ~190 px and cut its own example.
     */
    static VBox form(List<Node> who, TextField wording, Button add) {
        HBox first = new HBox(6);
        first.getChildren().setAll(who);
        HBox second = new HBox(6, wording, add);
        HBox.setHgrow(wording, Priority.ALWAYS);
        return new VBox(4, first, second);
    }

    static Button button(String id, String key, Runnable action) {
        Button b = new Button(Localization.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        // In a narrow window the fields beside it give way, not its words ("Lägg till y…" at 1000x650, walk16).
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
