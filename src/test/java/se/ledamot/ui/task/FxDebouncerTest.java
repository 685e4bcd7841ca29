package se.ledamot.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxToolkit;

/**
 * Autosave's clock on the FX thread. A councillor who types on without a pause of a second (a long answer on the
 * train) must not lose it all when the lid closes or the battery dies: the text is saved while she types, too.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it uses TestFX's one primary stage.
@Isolated
class FxDebouncerTest {
    private Timeline typing;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopTyping() {
        onFx(() -> {
            if (typing != null) {
                typing.stop();
            }
            return null;
        });
    }

    @Test
    void typingWithoutAPauseIsStillSavedWhileTyping() {
        AtomicInteger saves = new AtomicInteger();
        onFx(() -> {
            FxDebouncer debouncer = new FxDebouncer(Duration.ofMillis(300), Duration.ofMillis(900));
            // A key every 50 ms, never a pause as long as the quiet period.
            typing = new Timeline(new KeyFrame(javafx.util.Duration.millis(50),
                    e -> debouncer.schedule(saves::incrementAndGet)));
            typing.setCycleCount(Animation.INDEFINITE);
            typing.play();
            return null;
        });
        waitUntil(() -> saves.get() > 0);
        assertThat(onFx(() -> typing.getStatus())).as("saved while still typing").isEqualTo(Animation.Status.RUNNING);
    }

    @Test
    void aPauseSavesOnceWithTheLastChange() {
        AtomicInteger saves = new AtomicInteger();
        StringBuilder saved = new StringBuilder();
        onFx(() -> {
            FxDebouncer debouncer = new FxDebouncer(Duration.ofMillis(300), Duration.ofMillis(900));
            debouncer.schedule(() -> saved.append("första"));
            debouncer.schedule(() -> {
                saves.incrementAndGet();
                saved.append("sista");
            });
            return null;
        });
        waitUntil(() -> saves.get() == 1);
        assertThat(saved).hasToString("sista");
    }
}
