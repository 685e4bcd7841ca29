package se.ledamot.importer.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BudgetTest {
    private static final Limits ROOMY = new Limits(Duration.ofMinutes(5), 1L << 40, 100);

    private static BudgetExceededException.Reason stopped(Budget budget, Runnable work) {
        try {
            budget.run(() -> {
                work.run();
                return null;
            });
        } catch (BudgetExceededException e) {
            return e.reason();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the budget did not stop the work");
    }

    @Test
    void aRegularExpressionIsChargedForEveryCharacterItLooksAt() throws Exception {
        Budget budget = new Budget(ROOMY, () -> false);
        budget.run(() -> Pattern.compile("x").matcher(Budget.counted("a".repeat(1000))).find());
        assertThat(budget.work()).isBetween(1000L, 1100L);
    }

    @Test
    void withoutABudgetNothingIsCountedOrStopped() {
        String text = "a".repeat(10);
        assertThat(Budget.counted(text)).isSameAs(text);
        Budget.charge(Long.MAX_VALUE / 2);
        Budget.allowParse(1);
        assertThat(Budget.workSoFar()).isZero();
    }

    @Test
    void aParseMayDoAFixedAmountOfWorkPerCharacter() {
        Budget budget = new Budget(ROOMY, () -> false);
        assertThat(stopped(budget, () -> {
            Budget.allowParse(1000);
            Budget.charge(Limits.BASE_WORK + 100 * 1000);
            Budget.charge(1);
        })).isEqualTo(BudgetExceededException.Reason.WORK);
    }

    @Test
    void workThatGoesOnPastTheTimeIsStopped() {
        Budget budget = new Budget(new Limits(Duration.ofMillis(50), 1L << 40, 100), () -> false);
        long start = System.nanoTime();
        assertThat(stopped(budget, () -> {
            while (true) {
                Budget.charge(1000);
            }
        })).isEqualTo(BudgetExceededException.Reason.TIME);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void cancellingOrInterruptingStopsTheWorkAtTheNextCheck() {
        AtomicBoolean cancel = new AtomicBoolean();
        Budget budget = new Budget(ROOMY, cancel::get);
        assertThat(stopped(budget, () -> {
            Budget.charge(10);
            cancel.set(true);
            Budget.checkpoint();
        })).isEqualTo(BudgetExceededException.Reason.CANCELLED);
        assertThat(stopped(new Budget(ROOMY, () -> false), () -> {
            Thread.currentThread().interrupt();
            Budget.checkpoint();
        })).isEqualTo(BudgetExceededException.Reason.CANCELLED);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void allocatingPastTheMemoryLimitIsStopped() {
        assumeThat(Allocation.ofThisThread()).as("this runtime counts allocation").isNotNegative();
        Budget budget = new Budget(new Limits(Duration.ofMinutes(5), 64L << 20, 100), () -> false);
        List<byte[]> kept = new ArrayList<>();
        assertThat(stopped(budget, () -> {
            while (true) {
                kept.add(new byte[1 << 20]);
                Budget.checkpoint();
            }
        })).isEqualTo(BudgetExceededException.Reason.MEMORY);
        assertThat(kept.size()).isBetween(60, 80);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new Limits(Duration.ZERO, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.DEFAULT.parseWork(10)).isEqualTo(Limits.BASE_WORK + 40_000);
    }
}
