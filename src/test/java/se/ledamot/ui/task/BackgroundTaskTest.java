package se.ledamot.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void theResultGoesToTheSuccessHandler() {
        List<Integer> results = new ArrayList<>();
        TaskHandle handle = BackgroundTask.of(p -> {
            p.update(1, 2);
            return 42;
        }).title("Räknar").onSuccess(results::add).executeWith(executor);
        assertThat(results).containsExactly(42);
        assertThat(handle.progressProperty().get()).isEqualTo(0.5);
        assertThat(handle.runningProperty().get()).isFalse();
        assertThat(handle.title()).isEqualTo("Räknar");
    }

    @Test
    void aFailureGoesToTheFailureHandlerAndNotToSuccess() {
        List<Throwable> failures = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        BackgroundTask.of(p -> {
            throw new IllegalStateException("trasig fil");
        }).onSuccess(results::add).onFailure(failures::add).executeWith(executor);
        assertThat(results).isEmpty();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("trasig fil");
    }

    @Test
    void anUnhandledFailureGoesToTheExecutorsHandler() {
        List<Throwable> unhandled = new ArrayList<>();
        new CurrentThreadTaskExecutor(unhandled::add).execute(BackgroundTask.of(p -> {
            throw new IllegalStateException("ingen tog hand om mig");
        }));
        assertThat(unhandled).hasSize(1);
        assertThatThrownBy(() -> executor.execute(BackgroundTask.of(p -> {
            throw new IllegalStateException("syns i testet");
        }))).hasMessage("syns i testet");
    }

    @Test
    void workThatSeesItWasCancelledEndsInTheCancelledHandler() {
        List<String> events = new ArrayList<>();
        TaskHandle[] self = new TaskHandle[1];
        BackgroundTask<Integer> task = BackgroundTask.of(p -> {
            int done = 0;
            for (int i = 0; i < 100 && !p.isCancelled(); i++) {
                done++;
                if (i == 9) {
                    events.add("cancel asked");
                    ((TaskHandle) p).cancel();
                }
            }
            return done;
        });
        self[0] = task.onSuccess(n -> events.add("success " + n)).onCancelled(() -> events.add("cancelled"))
                .executeWith(executor);
        assertThat(events).containsExactly("cancel asked", "cancelled");
        assertThat(self[0].runningProperty().get()).isFalse();
    }
}
