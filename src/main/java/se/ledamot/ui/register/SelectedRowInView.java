package se.ledamot.ui.register;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import se.ledamot.ui.shell.RowsInView;

/**
 * Keeps the register's selected row wholly in view after the selection moved, until the rows around it have been
 * read. The table places the rows it has not measured by an estimate, and the register's rows grow when their page
 * arrives (titles wrap over lines): End selected the last matter and the editor showed it, but its row stayed below
 * the table's edge, a few rows short. After each layout the selected row is scrolled into view if it is not, until
 * every row shown is read and as tall as its text and the row is whole in view, or the user scrolls elsewhere. (Counted in scrolls, not in
 * layouts: a pulse comes every frame while anything moves, and at 100 000 matters the page took longer than sixty.)
 */
final class SelectedRowInView {
    /** Scrolls enough for rows measured anew to settle; a row that never fits is then left as it is. */
    private static final int MAX_SCROLLS = 20;

    private final TableView<MatterRow> table;
    private final Runnable afterLayout = this::afterLayout;
    private boolean keeping;
    private int scrollsLeft;

    private SelectedRowInView(TableView<MatterRow> table) {
        this.table = table;
    }

    static void keep(TableView<MatterRow> table) {
        SelectedRowInView keeper = new SelectedRowInView(table);
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            keeper.keeping = now.intValue() >= 0;
            keeper.scrollsLeft = MAX_SCROLLS;
        });
        // The user's own scrolling wins: the wheel, or a press on the scroll bar.
        table.addEventFilter(ScrollEvent.SCROLL, e -> keeper.keeping = false);
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node n && insideScrollBar(n)) {
                keeper.keeping = false;
            }
        });
        // What moves a row whole in view without any scroll: the table's height (the window or the divider moves)
        // and its columns' widths (ColumnFit widens a column for a value just shown, and the titles wrap onto more
        // lines): after End the last row could be pushed below the edge once the keeping had ended.
        table.heightProperty().addListener((o, was, now) -> keeper.keepIfWhole());
        table.getColumns().forEach(c -> c.widthProperty().addListener((o, was, now) -> keeper.keepIfWhole()));
        table.sceneProperty().addListener((o, was, now) -> keeper.follow(was, now));
        keeper.follow(null, table.getScene());
    }

    private void follow(Scene was, Scene now) {
        if (was != null) {
            was.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** The selected row is kept whole in view again if it is now (before the change about to be laid out). */
    private void keepIfWhole() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (!keeping && index >= 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getVisibleCell(index) instanceof IndexedCell<?> cell && RowsInView.whole(flow, cell)) {
            keeping = true;
            scrollsLeft = MAX_SCROLLS;
        }
    }

    private void afterLayout() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (!keeping || index < 0 || !(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell == null || !RowsInView.whole(flow, cell)) {
            if (scrollsLeft-- > 0) {
                RowsInView.scroll(flow, index, cell);
            } else {
                keeping = false;
            }
        } else if (allShownRead(flow)) {
            if (allShownAsTallAsTheirText(flow) || scrollsLeft-- <= 0) {
                keeping = false;
            } else {
                // Rows filled in place keep the height they were laid out with empty until their cells are made anew.
                table.refresh();
            }
        }
    }

    private static boolean allShownRead(VirtualFlow<?> flow) {
        return allShown(flow, row -> row.isLoaded(), c -> true);
    }

    /** Read is not enough: after End the rows read into place stayed one line high, their titles over each other. */
    private static boolean allShownAsTallAsTheirText(VirtualFlow<?> flow) {
        return allShown(flow, row -> true, c -> Math.abs(c.getHeight() - c.prefHeight(c.getWidth())) < 0.5);
    }

    private static boolean allShown(VirtualFlow<?> flow, java.util.function.Predicate<MatterRow> read,
            java.util.function.Predicate<IndexedCell<?>> laidOut) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return true;
        }
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            if (flow.getVisibleCell(i) instanceof IndexedCell<?> c && c.getItem() instanceof MatterRow row
                    && (!read.test(row) || !laidOut.test(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideScrollBar(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollBar) {
                return true;
            }
        }
        return false;
    }
}
