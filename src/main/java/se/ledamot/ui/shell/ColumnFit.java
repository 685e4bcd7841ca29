package se.ledamot.ui.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * A table that never ends a value in "…": short columns (numbers, dates, statuses, deadlines) grow to the widest
 * header or value shown, long ones (titles, names) wrap their text onto more lines. Widths only grow, after a layout
 * shows that a value needs more room, so the columns settle after the first rows are shown.
 */
public final class ColumnFit {
    /** Room for the sort arrow beside a header's name. */
    private static final double SORT_ARROW = 20;
    /** Room for the table's vertical scroll bar. */
    private static final double SCROLL_BAR = 16;
    /** Rounding and the cell's border: without it a value that just fits is still drawn with "…". */
    private static final double SLACK = 4;
    /** The narrowest a wrapping column gets: a word or two on each line. */
    private static final double WRAPPING_MIN = 96;
    /** Where a wrapping column starts: room for a title on one or two lines. */
    private static final double WRAPPING_PREF = 200;

    private ColumnFit() {
    }

    /** Fits the table's columns to what they show; the given columns wrap instead of growing. */
    public static <S> void apply(TableView<S> table, List<TableColumn<S, String>> wrapping) {
        wrapping.forEach(ColumnFit::wrap);
        Callback<TableView.ResizeFeatures, Boolean> own = table.getColumnResizePolicy();
        // Only after a layout of the table itself: every animation frame elsewhere (a spinning wheel) is a pulse
        // too, and measuring every cell's text each time made ~1 GB of garbage a minute at start (issue 15).
        boolean[] laidOut = {true};
        table.needsLayoutProperty().addListener((o, was, now) -> laidOut[0] |= now);
        java.util.Map<Node, String> measured = new java.util.WeakHashMap<>();
        Runnable fit = () -> {
            if (laidOut[0]) {
                laidOut[0] = false;
                fit(table, wrapping, own, measured);
            }
        };
        table.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(fit);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(fit);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPostLayoutPulseListener(fit);
        }
    }

    /** @param measured the text each cell had when last measured: widths only grow, so it is not measured again */
    private static <S> void fit(TableView<S> table, List<? extends TableColumn<S, ?>> wrapping,
            Callback<TableView.ResizeFeatures, Boolean> own, java.util.Map<Node, String> measured) {
        Scene scene = table.getScene();
        if (scene == null || !table.isVisible()) {
            return;
        }
        boolean grew = false;
        for (Node n : table.lookupAll(".table-cell")) {
            String shown = n instanceof TableCell<?, ?> c && c.getGraphic() instanceof Text t
                    ? t.getText() + t.getFont() : n instanceof TableCell<?, ?> c ? c.getText() + c.getFont() : null;
            if (shown == null || shown.equals(measured.put(n, shown))) {
                continue;
            }
            if (n instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getGraphic() instanceof Text text
                    && text.getText() != null && wrapping.contains(cell.getTableColumn())) {
                // A wrapping column is at least as wide as its longest word, so no word is broken in two.
                grew |= grow(cell.getTableColumn(), longestWord(text.getText(), text.getFont())
                        + cell.snappedLeftInset() + cell.snappedRightInset() + SLACK);
            }
            if (n instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                    && !cell.getText().isEmpty() && !wrapping.contains(cell.getTableColumn())) {
                // A cell's own preferred width is its column's, so measure the text itself.
                grew |= grow(cell.getTableColumn(), textWidth(cell.getText(), cell.getFont()) + cell.snappedLeftInset()
                        + cell.snappedRightInset() + SLACK);
            }
        }
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() instanceof TableColumn<?, ?> column
                    && header.lookup(".label") instanceof Label label) {
                // A wrapping column's header wraps too: as wide as its longest word ("Anteckning eller anförande").
                boolean wraps = wrapping.contains(column);
                label.setWrapText(wraps);
                double words = wraps ? longestWord(label.getText(), label.getFont()) + label.snappedLeftInset()
                        + label.snappedRightInset() : label.prefWidth(-1);
                // Only a column that sorts shows the arrow ("Undertecknare" and "Tidsgräns" in Ärenden do not).
                grew |= grow(column, words + header.snappedLeftInset() + header.snappedRightInset()
                        + (column.isSortable() ? SORT_ARROW : 0) + (wraps ? SLACK : 0));
            }
        }
        holdColumns(table, own);
        if (grew) {
            // A constrained table shares out its width only when resized: share it again over the new minimums.
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
        }
    }

    /**
     * While the table is wide enough for every column's minimum, its own policy shares out the width; when it is
     * narrower, the columns keep their widths and the table scrolls sideways, so no column is squeezed into "…".
     */
    private static void holdColumns(TableView<?> table, Callback<TableView.ResizeFeatures, Boolean> own) {
        double need = neededWidth(table);
        Callback<TableView.ResizeFeatures, Boolean> wanted = table.getWidth() >= need ? own
                : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getWidth() > 0 && table.getColumnResizePolicy() != wanted) {
            table.setColumnResizePolicy(wanted);
        }
    }

    /** The width a table needs to show every visible column at its minimum, beside its vertical scroll bar. */
    public static double neededWidth(TableView<?> table) {
        double sum = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        return Math.ceil(sum + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR);
    }

    /** One text node measures every value (FX thread only): a new node per value was most of the garbage. */
    private static final Text MEASURE = new Text();

    private static double textWidth(String text, Font font) {
        MEASURE.setText(text);
        MEASURE.setFont(font);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private static double longestWord(String text, Font font) {
        double word = 0;
        for (String w : text.split("\\s+")) {
            word = Math.max(word, textWidth(w, font));
        }
        return word;
    }

    private static boolean grow(TableColumn<?, ?> column, double need) {
        if (column != null && need > column.getMinWidth() + 0.5) {
            double width = Math.ceil(need);
            column.setMinWidth(width);
            column.setPrefWidth(Math.max(width, column.getPrefWidth()));
            return true;
        }
        return false;
    }

    /** A column whose text wraps within its width, so the row grows taller instead of cutting the text off. */
    private static <S> void wrap(TableColumn<S, String> column) {
        // A wrapping column gives up its room first: it shows its text on more lines rather than push others out.
        column.setMinWidth(WRAPPING_MIN);
        column.setPrefWidth(Math.max(column.getPrefWidth(), WRAPPING_PREF));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(snappedLeftInset()
                        + snappedRightInset() + 4));
                paddingProperty().addListener((o, was, now) -> text.wrappingWidthProperty().bind(column
                        .widthProperty().subtract(now.getLeft() + now.getRight() + 4)));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
    }
}
