package se.ledamot.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.FxTaskExecutor;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The status bar's words when background work has not ended for half a second: while the window reads what it starts
 * with, calmly that it reads; a save that waits, at start or later, and any wait after the start, that it waits for the
 * database and what is typed is saved when it answers (issue 15: at 100 000 matters the start's reads take seconds).
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it uses TestFX's one primary stage.
@Isolated
class StatusBarWordingTest {
    private final FxTaskExecutor executor = new FxTaskExecutor(e -> { });
    private final CountDownLatch disk = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        disk.countDown();
        executor.close();
    }

    /** Work that waits for the disk until the test ends. */
    private void waitForTheDisk(TaskExecutor on) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.of(p -> disk.await(1, TimeUnit.MINUTES)).executeWith(on))
                .get();
    }

    private static String said(HBox box) {
        WindowDriver.waitUntil(box::isVisible);
        return ((Label) box.lookup("#waitingText")).getText();
    }

    @Test
    void theStartsReadsAreSaidCalmlyAndASaveThatWaitsIsStillSaid() throws Exception {
        SimpleBooleanProperty starting = new SimpleBooleanProperty(true);
        HBox box = WaitForAsyncUtils.asyncFx(() -> StatusBar.waitingForTheDisk(executor, starting)).get();

        waitForTheDisk(executor);
        assertThat(said(box)).isEqualTo(Localization.get("ui.status.starting"))
                .doesNotContain("Väntar på databasen");

        waitForTheDisk(executor.inOrder());
        WindowDriver.waitUntil(() -> said(box).equals(Localization.get("ui.status.waiting")));
        assertThat(said(box)).startsWith("Väntar på databasen");
    }

    @Test
    void aWaitAfterTheStartIsSaidAsBefore() throws Exception {
        SimpleBooleanProperty starting = new SimpleBooleanProperty(false);
        HBox box = WaitForAsyncUtils.asyncFx(() -> StatusBar.waitingForTheDisk(executor, starting)).get();
        waitForTheDisk(executor);
        assertThat(said(box)).isEqualTo(Localization.get("ui.status.waiting"));
    }

    /**
     * A laptop copy's sync that waits for its server (the "servern svarar inte" dialog open over it) is not the
     * database she writes to: her writes still go to the copy at once. Before, the status bar said "Väntar på databasen
     * … Det du skriver sparas när den svarar" while the dialog was open.
     */
    @Test
    void aSyncWaitingForTheServerIsNotSaidAsWaitingForTheDatabase() throws Exception {
        HBox box = WaitForAsyncUtils.asyncFx(() -> StatusBar.waitingForTheDisk(executor,
                new SimpleBooleanProperty(false))).get();
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.of(p -> disk.await(1, TimeUnit.MINUTES)).onServer()
                .executeWith(executor)).get();
        // Past the time after which a wait is said, measured on the FX thread's own clock.
        CountDownLatch past = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            PauseTransition twice = new PauseTransition(javafx.util.Duration.millis(
                    2 * StatusBar.WAITING_SHOWN_AFTER.toMillis()));
            twice.setOnFinished(e -> past.countDown());
            twice.play();
        }).get();
        assertThat(past.await(1, TimeUnit.MINUTES)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(executor.isIdle()).as("the sync still runs").isFalse();
        assertThat(box.isVisible()).isFalse();
        waitForTheDisk(executor);
        assertThat(said(box)).isEqualTo(Localization.get("ui.status.waiting"));
    }
}
