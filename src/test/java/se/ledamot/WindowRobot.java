package se.ledamot;

import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.hamcrest.Matcher;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.finder.WindowFinder;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's extension and robot for the window tests, typing text as TestFX does (each character's key events fired
 * in the focused window's scene) but waiting only until the FX thread has handled them. TestFX's own write waits
 * after each character five times 10 ms for the FX thread and then sleeps 25 ms more: ~80 ms a character, about four
 * minutes of the window tests' run, which take turns on the one display. Its node queries, clicks on a query
 * included, look at the scene graph on the FX thread ({@link FxThreadQuery}).
 */
public class WindowRobot extends ApplicationExtension {

    @Override
    public NodeQuery fromAll() {
        return new FxThreadQuery(FxThreadQuery.onFx(super::fromAll));
    }

    @Override
    public NodeQuery from(Node... parentNodes) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.from(parentNodes)));
    }

    @Override
    public NodeQuery from(Collection<Node> parentNodes) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.from(parentNodes)));
    }

    @Override
    public NodeQuery from(NodeQuery nodeQuery) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.from(nodeQuery)));
    }

    @Override
    public NodeQuery lookup(String query) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.lookup(query)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Matcher<T> matcher) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.lookup(predicate)));
    }

    @Override
    public FxRobot write(String text) {
        Scene scene = targetScene();
        text.chars().forEach(c -> type((char) c, scene));
        return this;
    }

    @Override
    public FxRobot write(char character) {
        type(character, targetScene());
        return this;
    }

    private void type(char character, Scene scene) {
        KeyCode key = switch (character) {
            case '\n' -> KeyCode.ENTER;
            case '\t' -> KeyCode.TAB;
            default -> KeyCode.UNDEFINED;
        };
        robotContext().getBaseRobot().typeKeyboard(scene, key, Character.toString(character));
        // Twice: the key's events, then what their handlers queued on the FX thread.
        handled();
        handled();
    }

    /** The window TestFX's write types into: the focused one, else its target window, else the first. */
    private Scene targetScene() {
        WindowFinder windows = robotContext().getWindowFinder();
        Window window = windows.window(Window::isFocused);
        if (window == null) {
            window = windows.targetWindow();
        }
        return (window != null ? window : windows.window(0)).getScene();
    }

    private static void handled() {
        try {
            WaitForAsyncUtils.asyncFx(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
