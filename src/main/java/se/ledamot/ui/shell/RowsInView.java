package se.ledamot.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Whether a list's or table's row is wholly in view, and bringing it in, by the pixels its cell takes: the controls'
 * own scroll to an index places rows by estimated heights. Used by the register's selected row and by a row the
 * program chose ({@link ChosenRowInView}).
 */
public final class RowsInView {
    private RowsInView() {
    }

    /**
     * Brings the row into view: by the pixels it stands out when it is on screen (the table's own scroll to an index
     * places rows by estimated heights, and at the end of a long list of rows of three heights left the last one
     * 13 px below the edge, 30 s long), else by its index.
     */
    public static void scroll(VirtualFlow<?> flow, int index, IndexedCell<?> cell) {
        Node view = flow.lookup(".clipped-container");
        if (cell == null || view == null) {
            flow.scrollTo(index);
            return;
        }
        Bounds v = view.localToScene(view.getBoundsInLocal());
        Bounds c = cell.localToScene(cell.getBoundsInLocal());
        flow.scrollPixels(c.getMinY() < v.getMinY() || c.getHeight() >= v.getHeight()
                ? c.getMinY() - v.getMinY() : c.getMaxY() - v.getMaxY());
    }

    /** Whether the cell is within the flow's view from top to bottom (or fills it, if taller). */
    public static boolean whole(VirtualFlow<?> flow, IndexedCell<?> cell) {
        Node view = flow.lookup(".clipped-container");
        if (view == null) {
            return true;
        }
        Bounds v = view.localToScene(view.getBoundsInLocal());
        Bounds c = cell.localToScene(cell.getBoundsInLocal());
        boolean top = c.getMinY() >= v.getMinY() - 0.5;
        return top && (c.getMaxY() <= v.getMaxY() + 0.5 || c.getHeight() >= v.getHeight());
    }
}
