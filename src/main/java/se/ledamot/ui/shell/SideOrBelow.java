package se.ledamot.ui.shell;

import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * A table with a form beside it while the window is wide enough for every column of the table at the form's side,
 * and with the form below it when it is not (a laptop at 1280x800), as mail programs place their reading pane: no
 * column is cut by the table's edge and the form keeps its width. Where the user leaves the divider can be kept
 * in the user's preferences, for each of the two placings, across restarts.
 */
public final class SideOrBelow {
    /** The split's divider between its two parts. */
    private static final double DIVIDER = 6;
    /** The preferences node of the dividers' places. */
    public static final String NODE = "se/ledamot/layout";

    private SideOrBelow() {
    }

    /** Where a split's divider was left, per placing; kept in the user's preferences under {@code place}. */
    public record Memory(Preferences node, String place) {
        double share(Orientation o, double fallback) {
            double kept = node.getDouble(key(o), fallback);
            // A share from a damaged or hand-edited store is not trusted: the table and the form both stay usable.
            return kept >= 0.15 && kept <= 0.9 ? kept : fallback;
        }

        void keep(Orientation o, double share) {
            node.putDouble(key(o), share);
        }

        private String key(Orientation o) {
            return place + ".divider." + (o == Orientation.HORIZONTAL ? "beside" : "below");
        }
    }

    /** The user's memory of a split's divider, named after its screen. */
    public static Memory remembered(String place) {
        return new Memory(Preferences.userRoot().node(NODE), place);
    }

    /**
     * Lays out {@code split} (the table's part first, the form second) beside or below. {@code besideShare} and
     * {@code belowShare} are the table part's share of the split in each orientation.
     */
    public static void apply(SplitPane split, TableView<?> table, double besideShare, double belowShare) {
        apply(split, table, besideShare, belowShare, null);
    }

    /** As {@link #apply(SplitPane, TableView, double, double)}, the shares as the user last left them if kept. */
    public static void apply(SplitPane split, TableView<?> table, double besideShare, double belowShare,
            Memory memory) {
        split.setDividerPositions(besideShare);
        boolean[] placing = {false};
        Runnable place = () -> {
            placing[0] = true;
            try {
                place(split, table, besideShare, belowShare, memory);
            } finally {
                placing[0] = false;
            }
        };
        if (memory != null) {
            split.setDividerPositions(memory.share(split.getOrientation(), besideShare));
            // The user moved the divider (not this class, placing it for the other orientation): keep it.
            split.getDividers().getFirst().positionProperty().addListener((o, was, now) -> {
                if (!placing[0] && split.getWidth() > 0 && split.isVisible()) {
                    memory.keep(split.getOrientation(), now.doubleValue());
                }
            });
        }
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

    private static void place(SplitPane split, TableView<?> table, double besideShare, double belowShare,
            Memory memory) {
        if (split.getWidth() <= 0 || !split.isVisible()) {
            return;
        }
        // The table's width beside the form, at the usual share: the same in both orientations, so it never flips
        // back and forth.
        boolean fits = split.getWidth() * besideShare - DIVIDER >= ColumnFit.neededWidth(table);
        Orientation wanted = fits ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            double share = fits ? besideShare : belowShare;
            split.setDividerPositions(memory == null ? share : memory.share(wanted, share));
        }
    }
}
