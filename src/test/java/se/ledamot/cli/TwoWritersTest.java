package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.TestDatabases;

/**
 * Two writers on one data folder at once: two busy command-line processes, separate command-line programs, and a
 * window-like writer beside a command. Each waits its turn and succeeds; nothing is refused, lost or stored twice, and
 * nobody is told anything. {@code -Dledamot.crash.processes=N} sets how many separate programs each side starts.
 */
@Tag("crash")
class TwoWritersTest {
    private static final int PROCESSES = Integer.getInteger("ledamot.crash.processes", 3);

    @TempDir
    Path data;

    @Test
    void twoProcessesAddingTwoHundredMattersEachStoreAllFourHundredWithoutAWord() throws Exception {
        CompletableFuture<AppProcess.Result> a = repeat(200, "A");
        CompletableFuture<AppProcess.Result> b = repeat(200, "B");
        List<String> ids = new ArrayList<>();
        for (AppProcess.Result r : List.of(a.get(), b.get())) {
            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isZero();
            ids.addAll(r.out().lines().toList());
        }
        assertThat(ids).hasSize(400).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d+"));
        Set<String> titles = titles();
        assertThat(titles).hasSize(400);
        for (int i = 0; i < 200; i++) {
            assertThat(titles).contains("Fråga A" + i, "Fråga B" + i);
        }
        System.out.printf("two writers: 2 x 200 concurrent adds in two processes, %d stored, 0 refused%n",
                titles.size());
    }

    @Test
    void separateCommandsAtTheSameTimeEachWaitTheirTurn() throws Exception {
        List<CompletableFuture<List<AppProcess.Result>>> sides = new ArrayList<>();
        for (String side : List.of("C", "D")) {
            sides.add(CompletableFuture.supplyAsync(() -> {
                List<AppProcess.Result> results = new ArrayList<>();
                for (int i = 0; i < PROCESSES; i++) {
                    results.add(AppProcess.run(data, "add", "--kind", "question", "--title", "Fråga " + side + i));
                }
                return results;
            }));
        }
        for (var side : sides) {
            for (AppProcess.Result r : side.get()) {
                assertThat(r.err()).isEmpty();
                assertThat(r.exit()).isZero();
            }
        }
        assertThat(titles()).hasSize(2 * PROCESSES);
        System.out.printf("two writers: 2 x %d separate add programs at once, %d stored%n", PROCESSES,
                titles().size());
    }

    @Test
    void theWindowKeepsSavingWhileACommandAddsAndBothGetEverythingStored() throws Exception {
        AtomicInteger saved = new AtomicInteger();
        try (Database window = TestDatabases.local(data)) {
            MatterStore store = new MatterStore(window.dsl(), Clock.systemUTC());
            Matter draft = store.add(Matter.newMatter(MatterKind.MOTION, "Utkast 0").build());
            CompletableFuture<AppProcess.Result> command = repeat(20, "E");
            while (!command.isDone()) {
                int n = saved.incrementAndGet();
                draft = draft.toBuilder().title("Utkast " + n).build();
                store.save(draft);
                Thread.sleep(20);
            }
            AppProcess.Result r = command.get();
            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isZero();
            assertThat(store.find(draft.id()).orElseThrow().title()).isEqualTo("Utkast " + saved.get());
        }
        assertThat(titles()).hasSize(21);
        System.out.printf("two writers: the window saved %d times while a command added 20 matters%n", saved.get());
    }

    private CompletableFuture<AppProcess.Result> repeat(int times, String side) {
        ProcessBuilder pb = new ProcessBuilder(AppProcess.command(RepeatCommand.class.getName(), List.of(
                String.valueOf(times), "add", "--kind", "question", "--title", "Fråga " + side + "#", "--data",
                data.toString())));
        pb.environment().remove("LEDAMOT_LANG");
        return CompletableFuture.supplyAsync(() -> AppProcess.run(pb, Duration.ofMinutes(10)));
    }

    private Set<String> titles() {
        try (Database db = TestDatabases.local(data)) {
            Set<String> titles = new HashSet<>();
            new MatterStore(db.dsl(), Clock.systemUTC()).list().forEach(m -> titles.add(m.title()));
            return titles;
        }
    }
}
