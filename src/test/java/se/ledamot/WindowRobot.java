package se.ledamot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.hamcrest.Matcher;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.finder.WindowFinder;
import org.testfx.service.query.NodeQuery;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's extension and robot for the window tests, typing text as TestFX does (each character's key events fired
 * in the focused window's scene) but waiting only until the FX thread has handled them. TestFX's own write waits
 * after each character five times 10 ms for the FX thread and then sleeps 25 ms more: ~80 ms a character, about four
 * minutes of the window tests' run, which take turns on the one display. It moves the pointer along TestFX's path
 * in a few steps, where TestFX moves it a pixel at a time up to 200 steps, each followed by a sleep, and a click
 * waits for the FX thread once, after the button's release, where TestFX waits after the move too: a click across
 * the window took 0.41 s, 0.06–0.08 s here. Its node queries, clicks on a query included, look at the scene graph on
 * the FX thread ({@link FxThreadQuery}).
 */
public class WindowRobot extends ApplicationExtension {
    /** The points the pointer passes on its way (a straight leg of a path); enough to enter what lies between. */
    private static final int STEPS = 8;

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
    public FxRobot moveTo(PointQuery query, Motion motion) {
        travel(query, motion);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** As TestFX's, waiting for the FX thread once, after the button's release, not also after the pointer's move. */
    @Override
    public FxRobot clickOn(PointQuery query, Motion motion, MouseButton... buttons) {
        travel(query, motion);
        return clickOn(buttons);
    }

    @Override
    public FxRobot doubleClickOn(PointQuery query, Motion motion, MouseButton... buttons) {
        travel(query, motion);
        return doubleClickOn(buttons);
    }

    /** The pointer moved to the point, not waiting for the FX thread: the events come in the order they were made. */
    private void travel(PointQuery query, Motion motion) {
        Point2D from = robotContext().getBaseRobot().retrieveMouse();
        Motion how = motion == Motion.DEFAULT ? query.queryMotion().orElse(Motion.DIRECT) : motion;
        for (Point2D p : path(from, query.query(), how)) {
            robotContext().getMouseRobot().moveNoWait(p);
        }
        // Asked again: the node may have moved meanwhile (TestFX does the same).
        robotContext().getMouseRobot().moveNoWait(query.query());
    }

    /** The points between {@code from} and {@code to}, both left out: straight, or along one axis first. */
    static List<Point2D> path(Point2D from, Point2D to, Motion how) {
        List<Point2D> points = new ArrayList<>();
        Point2D corner = switch (how) {
            case HORIZONTAL_FIRST -> new Point2D(to.getX(), from.getY());
            case VERTICAL_FIRST -> new Point2D(from.getX(), to.getY());
            default -> null;
        };
        if (corner == null) {
            leg(from, to, points);
        } else {
            leg(from, corner, points);
            points.add(corner);
            leg(corner, to, points);
        }
        return points;
    }

    private static void leg(Point2D from, Point2D to, List<Point2D> points) {
        int steps = (int) Math.min(STEPS, Math.ceil(from.distance(to)));
        for (int i = 1; i < steps; i++) {
            points.add(from.add(to.subtract(from).multiply((double) i / steps)));
        }
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
