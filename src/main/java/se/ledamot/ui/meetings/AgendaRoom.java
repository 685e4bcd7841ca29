package se.ledamot.ui.meetings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The agenda's height in a small window, where the builder is one column that scrolls: the agenda, the list the
 * secretary works in, takes the first screen under its heading, with its buttons; the free-text item, the item's texts,
 * the pending matters and the suggestion follow. Left at its minimum it showed three of the sample meeting's eight
 * items at 1000x650 (walk25), the rest of the screen going to the forms under it.
 */
final class AgendaRoom {
    private AgendaRoom() {
    }

    /**
     * While {@code narrow} holds, the agenda is at least the scroll pane's viewport less {@code around} (the heading
     * above it, its buttons under it), the column's gaps and the padding of {@code content}, what the pane scrolls;
     * never less than {@code least}.
     */
    static void firstScreen(ListView<?> agenda, VBox column, Region content, ScrollPane scroll,
            ObservableValue<Boolean> narrow, double least, Region... around) {
        DoubleBinding room = Bindings.createDoubleBinding(() -> {
            double taken = column.getSpacing() * around.length + column.snappedTopInset()
                    + column.snappedBottomInset() + content.snappedTopInset() + content.snappedBottomInset();
            for (Region r : around) {
                taken += r.getHeight();
            }
            return Math.max(least, Math.floor(scroll.getViewportBounds().getHeight() - taken));
        }, dependencies(scroll, around));
        agenda.minHeightProperty().bind(Bindings.createDoubleBinding(() -> Boolean.TRUE.equals(narrow.getValue())
                ? room.get() : least, room, narrow));
    }

    private static javafx.beans.Observable[] dependencies(ScrollPane scroll, Region... around) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[around.length + 1];
        all[0] = scroll.viewportBoundsProperty();
        for (int i = 0; i < around.length; i++) {
            all[i + 1] = around[i].heightProperty();
        }
        return all;
    }
}
