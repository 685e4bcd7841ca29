package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.domain.Matter;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;
import se.ledamot.ui.task.FxTaskExecutor;
import se.ledamot.ui.task.TaskExecutor;

/**
 * How long the FX thread is held per autosave while typing into the editor over a real database file: saving on the
 * FX thread (as before, the baseline) beside handing the text to the background. Run it on its own:
 * {@code xvfb-run -a mvn -q test -Dtest=TypingBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@Isolated // it measures, and drives a window
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TypingBenchmark {
    private static final int SAVES = 300;

    @TempDir
    Path folder;

    private final Preferences preferences = TestContext.testPreferences();

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFxThreadNoLongerWaitsForTheDisk() throws Exception {
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK);
                FxTaskExecutor background = new FxTaskExecutor(e -> { })) {
            Matter matter = app.matters().add(Samples.integrationPlan());
            // A first round of each warms the JIT and the database; the second is reported.
            run(app, new CurrentThreadTaskExecutor(), matter);
            run(app, background, matter);
            long[] onFx = run(app, new CurrentThreadTaskExecutor(), matter);
            long[] inBackground = run(app, background, matter);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(background::isIdle).get());
            assertThat(app.matters().require(matter.id()).body()).endsWith("tangent " + SAVES);
            System.out.printf("BENCHMARK typing: %d saves; FX thread held per save, median/p95/max: "
                    + "on the FX thread (baseline) %s, in the background %s%n", SAVES, figures(onFx),
                    figures(inBackground));
        }
    }

    /** Types into the editor on the FX thread, saving after every key; the time each key's save held the thread. */
    private long[] run(Ledamot app, TaskExecutor tasks, Matter matter) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            AppContext context = new AppContext(app, new RecordingDialogService(), tasks, ManualDebouncer::new,
                    new WriterPreferences(preferences));
            EditorViewModel vm = new EditorViewModel(context);
            vm.load(matter);
            long[] held = new long[SAVES];
            for (int i = 1; i <= SAVES; i++) {
                vm.bodyProperty().set("Text skriven tangent för tangent " + i);
                long start = System.nanoTime();
                vm.flush();
                held[i - 1] = System.nanoTime() - start;
            }
            return held;
        }).get();
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
