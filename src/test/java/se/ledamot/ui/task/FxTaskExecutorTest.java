package se.ledamot.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.ui.WindowDriver;

/** The window's executor on real threads: cancel without interrupt, lanes in order, waiting for a slow disk. */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it uses TestFX's one primary stage.
@Isolated
class FxTaskExecutorTest {
    private final List<Throwable> unhandled = Collections.synchronizedList(new ArrayList<>());
    private final FxTaskExecutor executor = new FxTaskExecutor(unhandled::add);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        executor.close();
        assertThat(unhandled).isEmpty();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other side within 30 s").isTrue();
    }

    private <T> TaskHandle start(BackgroundTask<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> executor.execute(task)).get();
    }

    @Test
    void cancellingAsksTheWorkToStopAndNeverInterruptsItsThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<>("nothing yet");
        AtomicReference<String> outcome = new AtomicReference<>("none");
        TaskHandle handle = start(BackgroundTask.<String>of(p -> {
                    started.countDown();
                    try {
                        // A database write in the middle of its file: an interrupt here would close the file.
                        release.await();
                    } catch (InterruptedException e) {
                        seen.set("interrupted");
                        return "interrupted";
                    }
                    seen.set(p.isCancelled() ? "asked to stop at a safe point" : "not asked");
                    return "done";
                }).title("Importerar")
                .onSuccess(v -> outcome.set("success"))
                .onCancelled(() -> outcome.set("cancelled")));
        await(started);
        assertThat(WaitForAsyncUtils.asyncFx(handle::cancel).get()).isTrue();
        release.countDown();
        WindowDriver.waitUntil(() -> !handle.runningProperty().get());
        assertThat(seen.get()).isEqualTo("asked to stop at a safe point");
        assertThat(outcome.get()).isEqualTo("cancelled");
        WindowDriver.waitUntil(() -> executor.running().isEmpty());
    }

    @Test
    void aLaneRunsItsTasksOneAtATimeInTheOrderGiven() throws Exception {
        TaskExecutor lane = executor.inOrder();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger active = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 30; i++) {
                int n = i;
                BackgroundTask.of(p -> {
                    most.accumulateAndGet(active.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    order.add(n);
                    active.decrementAndGet();
                    return n;
                }).executeWith(lane);
            }
        }).get();
        WindowDriver.waitUntil(lane::isIdle);
        assertThat(order).hasSize(30).isSorted();
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void waitingForIdlenessSaysFirstWhenTheDiskIsSlowThenWhenTheWorkEnded() throws Exception {
        TaskExecutor lane = executor.inOrder();
        CountDownLatch release = new CountDownLatch(1);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.of(p -> {
                release.await();
                return 1;
            }).executeWith(lane);
            lane.whenIdle(Duration.ofMillis(50), () -> heard.add("idle"), () -> heard.add("slow"));
        }).get();
        WindowDriver.waitUntil(() -> heard.contains("slow"));
        assertThat(heard).containsExactly("slow");
        assertThat(WaitForAsyncUtils.asyncFx(lane::isIdle).get()).isFalse();
        release.countDown();
        WindowDriver.waitUntil(() -> heard.contains("idle"));
        assertThat(heard).containsExactly("slow", "idle");
        assertThat(WaitForAsyncUtils.asyncFx(executor::isIdle).get()).isTrue();
    }
}
