package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;
import se.ledamot.ui.task.TaskExecutor;
import se.ledamot.ui.task.TaskHandle;

/**
 * The search index made whole when the register first shows its rows (a first start, a server's first, a new
 * password's: minutes at 100 000 matters) is a task the status bar names, with its progress and Avbryt;
 * brought up to date only, it says nothing there.
 */
class RegisterIndexingTest {
    @TempDir
    Path folder;

    /** Runs each task at once, as in the other view-model tests, and keeps what the status bar would have shown. */
    private static final class Shown implements TaskExecutor {
        private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        final List<String> titles = new ArrayList<>();
        final List<Double> progress = new ArrayList<>();

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            TaskHandle handle = tasks.execute(task);
            if (!task.title().isEmpty()) {
                titles.add(task.title());
                progress.add(handle.progressProperty().get());
            }
            return handle;
        }

        @Override
        public ObservableList<TaskHandle> running() {
            return tasks.running();
        }

        @Override
        public TaskExecutor inOrder() {
            return this;
        }

        @Override
        public boolean isIdle() {
            return true;
        }

        @Override
        public void whenIdle(java.time.Duration bound, Runnable idle, Runnable slow) {
            idle.run();
        }
    }

    @Test
    void theIndexMadeWholeIsNamedWithItsProgressAndOnlyThen() {
        Shown first = new Shown();
        try (TestContext test = new TestContext(folder)) {
            Samples.addAll(test.services.matters());
            RegisterViewModel vm = new RegisterViewModel(test.contextOn(first));
            vm.reload();
            assertThat(first.titles).containsExactly("Sökindexet byggs");
            assertThat(first.progress).containsExactly(1.0);
        }
        Shown next = new Shown();
        try (TestContext test = new TestContext(folder)) {
            RegisterViewModel vm = new RegisterViewModel(test.contextOn(next));
            vm.reload();
            assertThat(vm.visibleRows()).isNotEmpty();
            assertThat(next.titles).as("the index kept: brought up to date without a word").isEmpty();
        }
    }
}
