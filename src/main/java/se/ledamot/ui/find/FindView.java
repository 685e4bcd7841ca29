package se.ledamot.ui.find;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;
import se.ledamot.ui.shell.MarkedText;

/**
 * The search of everything as it lies over the window: a dimmed window behind, and on top a card with the search
 * field, a line for "Inga träffar" or a failure, and the hits grouped under their type's heading. Up and Down move
 * through the hits (headings are skipped), Enter and a click open a hit, Escape and a click beside the card close.
 */
final class FindView extends StackPane {
    private final FindViewModel vm;
    private final TextField field = new TextField();
    private final ListView<FindRow> results;
    private final Consumer<Hit> open;
    private final Runnable close;

    FindView(FindViewModel vm, Consumer<Hit> open, Runnable close) {
        this.vm = vm;
        this.open = open;
        this.close = close;
        setId("find-overlay");
        getStyleClass().add("find-overlay");

        Region scrim = new Region();
        scrim.getStyleClass().add("find-scrim");
        scrim.setOnMouseClicked(e -> close.run());

        field.setId("find-field");
        field.setPromptText(Localization.get("find.prompt"));
        field.textProperty().bindBidirectional(vm.textProperty());

        Label message = new Label();
        message.setId("find-message");
        message.getStyleClass().add("find-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        results = new ListView<>(vm.rows());
        results.setId("find-results");
        results.getStyleClass().add("find-results");
        results.setFocusTraversable(false);
        results.setCellFactory(l -> new RowCell());
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.rows()));
        results.managedProperty().bind(results.visibleProperty());
        results.setPrefHeight(440);
        // A new answer: its first hit is chosen, so Enter opens the best one at once.
        vm.rows().addListener((ListChangeListener<FindRow>) c -> select(firstHit()));
        results.setOnMouseClicked(e -> {
            FindRow row = results.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && row != null && !row.isHeading()) {
                open.accept(row.hit());
            }
        });

        Label keys = new Label(Localization.get("find.keys"));
        keys.getStyleClass().add("find-keys");

        VBox card = new VBox(8, field, message, results, keys);
        card.setId("find-card");
        card.getStyleClass().add("find-card");
        card.setPadding(new Insets(12));
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        StackPane.setMargin(card, new Insets(64, 24, 24, 24));
        card.addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        getChildren().addAll(scrim, card);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> select(nextHit(results.getSelectionModel().getSelectedIndex(), 1));
            case UP -> select(nextHit(results.getSelectionModel().getSelectedIndex(), -1));
            case ENTER -> {
                FindRow row = results.getSelectionModel().getSelectedItem();
                if (row != null && !row.isHeading() && vm.answeredProperty().get().equals(
                        vm.textProperty().get().strip())) {
                    open.accept(row.hit());
                }
            }
            case ESCAPE -> close.run();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private int firstHit() {
        return nextHit(-1, 1);
    }

    /** The index of the next hit from {@code from} in direction {@code step} (headings skipped); stays at the end. */
    private int nextHit(int from, int step) {
        List<FindRow> rows = vm.rows();
        for (int i = from + step; i >= 0 && i < rows.size(); i += step) {
            if (!rows.get(i).isHeading()) {
                return i;
            }
        }
        return from >= 0 && from < rows.size() ? from : -1;
    }

    private void select(int index) {
        if (index < 0) {
            results.getSelectionModel().clearSelection();
            return;
        }
        results.getSelectionModel().clearAndSelect(index);
        results.scrollTo(Math.max(0, index - 1));
    }

    /** Puts the keys in the field, its text chosen (typing replaces it). */
    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    TextField field() {
        return field;
    }

    /** The search this view shows, for tests. */
    FindViewModel viewModel() {
        return vm;
    }

    /** A heading ("Ärenden · 3") or a hit: its label with the matched words marked, its facts and its snippet. */
    private static final class RowCell extends ListCell<FindRow> {
        @Override
        protected void updateItem(FindRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("find-heading", "find-hit");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.isHeading()) {
                getStyleClass().add("find-heading");
                setGraphic(new Label(Localization.get("find.group." + row.type().code(), row.count())));
                return;
            }
            getStyleClass().add("find-hit");
            Hit h = row.hit();
            Hit.Snippet label = HitFacts.label(h);
            VBox lines = new VBox(2, MarkedText.line(label.text(), label.marks()));
            String facts = HitFacts.of(h);
            if (!facts.isEmpty()) {
                Label l = new Label(facts);
                l.getStyleClass().add("find-facts");
                lines.getChildren().add(l);
            }
            Hit.Snippet around = HitFacts.snippet(h);
            if (!around.text().isEmpty()) {
                var snippet = MarkedText.flow(around.text(), around.marks());
                snippet.getStyleClass().add("find-snippet");
                snippet.setMaxWidth(680);
                lines.getChildren().add(snippet);
            }
            setGraphic(lines);
        }
    }
}
