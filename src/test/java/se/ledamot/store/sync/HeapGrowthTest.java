package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HeapGrowthTest {
    @Test
    void collectsOnceEachTimeTheHeapHasDoubled() {
        AtomicLong committed = new AtomicLong(100);
        AtomicInteger collections = new AtomicInteger();
        HeapGrowth heap = new HeapGrowth(committed::get, () -> {
            collections.incrementAndGet();
            committed.set(committed.get() * 3 / 4);
        });

        committed.set(199);
        heap.afterPage();
        assertThat(collections).as("not yet doubled").hasValue(0);

        committed.set(200);
        heap.afterPage();
        assertThat(collections).as("doubled since the pull began").hasValue(1);

        // After the collection the heap is 150: the next one comes at 300, not at twice the first limit.
        committed.set(299);
        heap.afterPage();
        assertThat(collections).hasValue(1);
        committed.set(300);
        heap.afterPage();
        assertThat(collections).hasValue(2);
    }
}
