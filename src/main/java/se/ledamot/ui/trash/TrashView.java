package se.ledamot.ui.trash;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import se.ledamot.domain.Matter;
import se.ledamot.l10n.Localization;

/** The trash: what was deleted, and a button to restore it. */
final class TrashView extends BorderPane {

    TrashView(TrashViewModel vm) {
        TableView<Matter> table = new TableView<>(vm.matters());
        table.setId("trash-table");
        table.setPlaceholder(new Label(Localization.get("ui.trash.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Matter, String> title = column("ui.register.column.title", Matter::title);
        table.getColumns().setAll(List.of(
                column("ui.register.column.number", m -> m.number() == null ? "" : m.number()),
                column("ui.register.column.kind", m -> Localization.kind(m.kind())), title));
        // The short columns as wide as their words, the title the rest, wrapped (english26b: at 1000x650 a title
        // ended in "…" beside an empty Number column as wide as it).
        se.ledamot.ui.shell.ColumnFit.apply(table, List.of(title));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        Button restore = new Button(Localization.get("ui.trash.restore"));
        restore.setId("restore");
        restore.disableProperty().bind(vm.selectedProperty().isNull());
        restore.setOnAction(e -> vm.restore(vm.selectedProperty().get()));
        Label hint = new Label(Localization.get("ui.trash.hint"));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(12, restore, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
    }

    private static TableColumn<Matter, String> column(String key, Function<Matter, String> value) {
        TableColumn<Matter, String> c = new TableColumn<>(Localization.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
