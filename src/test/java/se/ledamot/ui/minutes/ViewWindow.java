package se.ledamot.ui.minutes;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * One screen's view in a window of 1280×800, not the whole program: TestFX's stage shown with an empty scene whose
 * root the test sets, and a {@link TestContext} on the test's data folder, closed after the test's own
 * {@code @AfterEach} methods. In place of the same {@code @Start}/{@code @AfterEach} pair in each such test:
 *
 * <pre>
 * &#64;ExtendWith(WindowRobot.class)
 * class SomeViewWindowTest {
 *     &#64;TempDir
 *     Path folder;
 *
 *     &#64;RegisterExtension
 *     final ViewWindow window = new ViewWindow(() -&gt; folder);
 * </pre>
 */
final class ViewWindow implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<Path> folder;
    private Stage stage;
    private TestContext test;

    /** @param folder the test's own temporary folder, the data folder */
    ViewWindow(Supplier<Path> folder) {
        this.folder = folder;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        WindowDriver.onFx(() -> {
            Platform.setImplicitExit(false);
            stage.setScene(new Scene(new Pane(), 1280, 800));
            stage.show();
            return null;
        });
        test = new TestContext(folder.get());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        test.close();
    }

    Stage stage() {
        return stage;
    }

    /** The services and the context of the screens, on the test's data folder. */
    TestContext test() {
        return test;
    }
}
