package se.ledamot.ui.shell;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings a row the program chose (not the user's click) into view, with a few rows before it. A list scrolled
 * before it is laid out places rows by an estimate of their height: Sammanträden, opened on the next meeting after
 * 120 held, stood at rows 107–119 with the chosen 122 below the edge, and Svar, on the interpellation chosen in
 * Ärenden, at its top. So it scrolls again once the list has been laid out in its window, until the row is in view.
 */
public final class ChosenRowInView {
    /** Rows shown above the chosen one, what came just before it. */
    private static final int BEFORE = 3;
    /** Layouts after the first in the window that may still find the row out of view. */
    private static final int TRIES = 5;

    private ChosenRowInView() {
    }

    public static void show(TableView<?> table) {
        show(table, () -> table.getSelectionModel().getSelectedIndex(), table::scrollTo);
    }

    public static void show(ListView<?> list) {
        show(list, () -> list.getSelectionModel().getSelectedIndex(), list::scrollTo);
    }

    /**
     * After the rows were read again: the chosen row, wherever the new rows put it, is brought into view if it is
     * not (Sammanträden read again once the samples came, three meetings more above the chosen one, which went out
     * of view below the edge).
     */
    public static void keep(TableView<?> table) {
        if (table.getScene() != null) {
            afterLayout(table, table.getScene(), () -> table.getSelectionModel().getSelectedIndex(), () -> { });
        }
    }

    private static void show(Control rows, IntSupplier selected, IntConsumer scrollTo) {
        Runnable scroll = () -> {
            int index = selected.getAsInt();
            if (index >= 0) {
                scrollTo.accept(Math.max(0, index - BEFORE));
            }
        };
        scroll.run();
        if (rows.getScene() != null) {
            afterLayout(rows, rows.getScene(), selected, scroll);
            return;
        }
        rows.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    rows.sceneProperty().removeListener(this);
                    afterLayout(rows, now, selected, scroll);
                }
            }
        });
    }

    /**
     * Runs {@code first} once laid out in the window, and then, while the chosen row is not wholly in view, brings it
     * in by the rows' real heights, a few layouts at most.
     */
    private static void afterLayout(Control rows, Scene scene, IntSupplier selected, Runnable first) {
        Runnable[] once = new Runnable[1];
        int[] tries = {0};
        once[0] = () -> {
            if (rows.getHeight() <= 0) {
                return;
            }
            if (tries[0]++ == 0) {
                first.run();
                rows.requestLayout(); // a pulse to look again
                return;
            }
            int index = selected.getAsInt();
            VirtualFlow<?> flow = rows.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
            IndexedCell<?> cell = flow == null || index < 0 ? null : flow.getVisibleCell(index);
            if (flow == null || index < 0 || tries[0] > TRIES || cell != null && RowsInView.whole(flow, cell)) {
                scene.removePostLayoutPulseListener(once[0]);
                return;
            }
            RowsInView.scroll(flow, index, cell);
            rows.requestLayout();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
