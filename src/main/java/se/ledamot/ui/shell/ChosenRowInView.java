package se.ledamot.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Brings a row the program chose (not the user's click) into view, with a few rows before it. A table scrolled
 * before it is laid out places rows by an estimate of their height: Sammanträden, opened on the next meeting after
 * 120 held, stood at rows 107–119 with the chosen 122 below the edge. So it scrolls again once the table has been
 * laid out in its window.
 */
public final class ChosenRowInView {
    /** Rows shown above the chosen one, what came just before it. */
    private static final int BEFORE = 3;

    private ChosenRowInView() {
    }

    public static void show(TableView<?> table) {
        scroll(table);
        Scene scene = table.getScene();
        if (scene == null) {
            table.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now != null) {
                        table.sceneProperty().removeListener(this);
                        afterLayout(table, now);
                    }
                }
            });
        } else {
            afterLayout(table, scene);
        }
    }

    private static void afterLayout(TableView<?> table, Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (table.getHeight() > 0) {
                scene.removePostLayoutPulseListener(once[0]);
                scroll(table);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void scroll(TableView<?> table) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            table.scrollTo(Math.max(0, index - BEFORE));
        }
    }
}
