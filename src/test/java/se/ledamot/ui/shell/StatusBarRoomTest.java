package se.ledamot.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.ui.TestContext;

/**
 * Walked at 1280x800: with no task running the status bar cut its state, "Ansluten till anna@localhost:5432/ledamot –
 * 1 ändring skickas vid nästa synkning (kopi…" and "Datamapp: /tmp/wal…", beside empty room, because the hidden task
 * part (title, progress bar, Avbryt) still took its width.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it uses TestFX's one primary stage.
@Isolated
class StatusBarRoomTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theTaskPartTakesNoRoomWhileNoTaskRuns() throws Exception {
        try (TestContext app = new TestContext(folder)) {
            HBox bar = WaitForAsyncUtils.asyncFx(() -> StatusBar.of(app.context, new ConnectionState(null))).get();
            Node tasks = bar.getChildren().getLast();
            assertThat(tasks.isVisible()).isFalse();
            assertThat(tasks.isManaged()).isFalse();
        }
    }
}
