package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.budget.Limits;

/** One file read within its budget, on a thread of its own: whatever it does, the caller gets an item back in time. */
class GuardTest {
    private static final Limits TIGHT = new Limits(Duration.ofMillis(300), 1L << 40, 4000);
    private final Guard guard = new Guard(TIGHT, 200);

    @Test
    void aFileThatNeverEndsButChargesItsBudgetIsRefusedInTime() {
        long start = System.nanoTime();
        ImportItem item = guard.run("mapp/evig.txt", () -> false, () -> {
            while (true) {
                Budget.charge(1000);
            }
        });
        assertThat(item.failureText()).isEqualTo("Filen evig.txt tog för lång tid att läsa (mer än 0 sekunder) och "
                + "hoppades över. Övriga filer läses som vanligt.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aFileStuckWhereNoBudgetReachesIsLeftBehindAndRefusedAfterItsGrace() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        ImportItem item = guard.run("fast.pdf", () -> false, () -> {
            while (!release.get()) {
                Thread.onSpinWait();
            }
            return null;
        });
        release.set(true);
        assertThat(item.failure().key()).isEqualTo("importer.file.tooSlow");
    }

    @Test
    void aRefusalInTheDomainsWordsIsKept() {
        ImportItem item = guard.run("tom.txt", () -> false, () -> {
            throw new DomainException("importer.file.empty", "tom.txt");
        });
        assertThat(item.failureText()).isEqualTo("Filen tom.txt är tom.");
    }

    @Test
    void anUnexpectedErrorIsSaidWithoutItsJavaText() {
        ImportItem item = guard.run("konstig.txt", () -> false, () -> {
            throw new IllegalStateException("java.lang.NullPointerException: Cannot invoke");
        });
        assertThat(item.failureText()).startsWith("Filen konstig.txt kunde inte tolkas.").doesNotContain("java");
        ImportItem deep = guard.run("djup.txt", () -> false, () -> {
            throw new StackOverflowError();
        });
        assertThat(deep.failure().key()).isEqualTo("importer.file.tooComplex");
    }

    @Test
    void cancellingWhileAFileIsReadStopsTheImport() {
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> guard.run("lång.txt", cancel::get, () -> {
            cancel.set(true);
            while (true) {
                Budget.charge(1000);
            }
        })).isInstanceOf(Guard.Cancelled.class);
    }
}
