package se.ledamot.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * A table with a form beside it while the window is wide enough for every column of the table at the form's side,
 * and with the form below it when it is not (a laptop at 1280x800), as mail programs place their reading pane: no
 * column is cut by the table's edge and the form keeps its width.
 */
public final class SideOrBelow {
    /** The split's divider between its two parts. */
    private static final double DIVIDER = 6;

    private SideOrBelow() {
    }

    /**
     * Lays out {@code split} (the table's part first, the form second) beside or below. {@code besideShare} and
     * {@code belowShare} are the table part's share of the split in each orientation.
     */
    public static void apply(SplitPane split, TableView<?> table, double besideShare, double belowShare) {
        split.setDividerPositions(besideShare);
        Runnable place = () -> place(split, table, besideShare, belowShare);
        split.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(place);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(place);
            }
        });
        Scene scene = split.getScene();
        if (scene != null) {
            scene.addPostLayoutPulseListener(place);
        }
    }

    private static void place(SplitPane split, TableView<?> table, double besideShare, double belowShare) {
        if (split.getWidth() <= 0 || !split.isVisible()) {
            return;
        }
        // The table's width beside the form, at the usual share: the same in both orientations, so it never flips
        // back and forth.
        boolean fits = split.getWidth() * besideShare - DIVIDER >= ColumnFit.neededWidth(table);
        Orientation wanted = fits ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            split.setDividerPositions(fits ? besideShare : belowShare);
        }
    }
}
