package se.ledamot.store.online;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The tests where one writer's open transaction holds a row while another saves it. */
final class HeldRow {
    private HeldRow() {
    }

    /**
     * Waits up to thirty seconds until {@code holder} holds the row ({@code held} counted down). A holder that failed
     * first fails the test with its own error (a whole run once only said the row was never held).
     */
    static void awaitHeld(CountDownLatch held, CompletableFuture<?> holder) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!held.await(100, TimeUnit.MILLISECONDS)) {
            if (holder.isDone()) {
                holder.join();
                throw new AssertionError("the holding save ended without holding the row");
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("the holding save did not hold the row within 30 s");
            }
        }
    }
}
