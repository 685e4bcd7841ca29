package se.ledamot.ui.shell;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * Brings a row the program chose (not the user's click) into view, with a few rows before it. A list scrolled
 * before it is laid out places rows by an estimate of their height: Sammanträden, opened on the next meeting after
 * 120 held, stood at rows 107–119 with the chosen 122 below the edge, and Svar, on the interpellation chosen in
 * Ärenden, at its top. So it scrolls again once the list has been laid out in its window.
 */
public final class ChosenRowInView {
    /** Rows shown above the chosen one, what came just before it. */
    private static final int BEFORE = 3;

    private ChosenRowInView() {
    }

    public static void show(TableView<?> table) {
        show(table, () -> table.getSelectionModel().getSelectedIndex(), table::scrollTo);
    }

    public static void show(ListView<?> list) {
        show(list, () -> list.getSelectionModel().getSelectedIndex(), list::scrollTo);
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
            afterLayout(rows, rows.getScene(), scroll);
            return;
        }
        rows.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    rows.sceneProperty().removeListener(this);
                    afterLayout(rows, now, scroll);
                }
            }
        });
    }

    private static void afterLayout(Control rows, Scene scene, Runnable scroll) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (rows.getHeight() > 0) {
                scene.removePostLayoutPulseListener(once[0]);
                scroll.run();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
