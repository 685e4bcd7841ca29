package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The window learns of a server lost and answering again in the order it happened (ServerWindowTest's cut network
 * once ended with the window saying "Ansluten" while the store held the server for lost: a statement failing on a
 * connection broken by the cut and the probe's statement going through told the window in the wrong order, so what
 * was typed waited for the next change).
 */
class ReachabilityTest {
    @Test
    void aChangeToldWhileAnotherIsBeingToldComesAfterIt() throws Exception {
        Reachability reachability = new Reachability();
        List<Boolean> told = new CopyOnWriteArrayList<>();
        CountDownLatch telling = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        reachability.onChange(now -> {
            if (!now) {
                telling.countDown();
                await(goOn);
            }
            told.add(now);
        });
        Thread failing = Thread.ofPlatform().start(() -> reachability.reached(false));
        assertThat(telling.await(10, TimeUnit.SECONDS)).isTrue();
        Thread answering = Thread.ofPlatform().start(() -> reachability.reached(true));
        // The answering thread is let go only after the failing one has told; it never overtakes it.
        answering.join(300);
        goOn.countDown();
        failing.join(10_000);
        answering.join(10_000);
        assertThat(told).containsExactly(false, true);
        assertThat(reachability.reachable()).isTrue();
    }

    @Test
    void onlyAChangeIsTold() {
        Reachability reachability = new Reachability();
        List<Boolean> told = new CopyOnWriteArrayList<>();
        reachability.onChange(told::add);
        reachability.reached(true);
        reachability.reached(false);
        reachability.reached(false);
        reachability.reached(true);
        assertThat(told).containsExactly(false, true);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
