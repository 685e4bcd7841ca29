package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemListTest {

    @Test
    void movingPastTheEndsStopsAtTheEnds() {
        ItemList list = new ItemList();
        list.items().setAll("a", "b", "c");
        assertThat(list.moveUp(0)).isZero();
        assertThat(list.moveDown(2)).isEqualTo(2);
        assertThat(list.move(0, 99)).isEqualTo(2);
        assertThat(list.items()).containsExactly("b", "c", "a");
    }

    @Test
    void aMoveIsOneChangeForListeners() {
        ItemList list = new ItemList();
        list.items().setAll("a", "b", "c");
        int[] changes = {0};
        list.items().addListener((javafx.beans.InvalidationListener) o -> changes[0]++);
        list.move(2, 0);
        assertThat(changes[0]).isEqualTo(1);
        assertThat(list.texts()).isEqualTo(List.of("c", "a", "b"));
    }
}
