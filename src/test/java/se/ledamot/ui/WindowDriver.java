package se.ledamot.ui;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for driving the real window in TestFX tests. */
public final class WindowDriver {
    private WindowDriver() {
    }

    /** A value read on the FX thread. */
    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A picture of a window's scene, as the user sees it, to {@code target/<name>} (to look at). */
    public static void screenshot(FxRobot robot, javafx.scene.Scene scene, String name) throws java.io.IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        java.nio.file.Path target = java.nio.file.Path.of("target", name);
        java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(toAwt(shot[0]), "png", target.toFile());
    }

    /**
     * Waits up to thirty seconds (the CI machine may be busy) for a condition checked on the FX thread. A lookup that
     * finds no node yet (the screen is still being shown) counts as not met, not as a failure.
     */
    public static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.get();
                } catch (EmptyNodeQueryException notThereYet) {
                    return false;
                }
            }).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }

    /** As {@link #waitUntil(Supplier)}; a failure tells {@code state} (read on the FX thread), to see why in CI's log. */
    public static void waitUntil(Supplier<Boolean> condition, Supplier<String> state) {
        try {
            waitUntil(condition);
        } catch (AssertionError e) {
            throw new AssertionError("condition not met within 30 s: " + onFx(state::get), e);
        }
    }

    /**
     * Clicks a node until {@code done} holds, as a person clicks again when a click did not take: on a busy machine
     * (CI's two cores beside a heavy test) a click on a form still settling missed, or was taken before the form
     * could. Not for a node a second click would undo (a check box). A retry is printed, to see it in CI's log.
     */
    public static void clickUntil(FxRobot robot, Node node, Supplier<Boolean> done) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            waitUntilStill(node);
            robot.clickOn(node);
            if (within(2, done)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 30 s of clicking " + node.getId() + ": "
                        + onFx(WindowDriver::windows));
            }
            System.out.println("WindowDriver: a click on " + node.getId() + " did not take; again." + onFx(
                    WindowDriver::windows));
        }
    }

    /**
     * Brings the pointer over the node {@code node} finds until {@code done} holds, as a person moves the mouse again
     * when no tooltip came: a table still laying out its rows can move another cell under a pointer that came.
     */
    public static void hoverUntil(FxRobot robot, Supplier<Node> node, Supplier<Boolean> done) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Node over = node.get();
            waitUntilStill(over);
            robot.moveTo(over);
            if (within(2, done)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 30 s of the pointer over " + over + ": "
                        + onFx(WindowDriver::windows));
            }
            System.out.println("WindowDriver: the pointer over " + over + " did not do it; again.");
            robot.moveBy(0, -over.getLayoutBounds().getHeight() * 2);
        }
    }

    /**
     * Chooses the item the box shows as {@code words} with the mouse, as a person does: opens the box's list, clicks
     * the item, and opens the list again where a click did not take (see {@link #clickUntil}).
     */
    public static void choose(FxRobot robot, ComboBox<?> box, String words) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            if (!onFx(box::isShowing)) {
                reveal(robot, box); // a notice or a longer form above may have moved it out of the pane's view
                waitUntilStill(box);
                robot.clickOn(box);
            }
            ListCell<?>[] item = {null};
            if (within(2, () -> (item[0] = itemIn(box, words)) != null)) {
                waitUntilStill(item[0]);
                int index = onFx(item[0]::getIndex);
                robot.clickOn(item[0]);
                if (within(2, () -> box.getSelectionModel().getSelectedIndex() == index && !box.isShowing())) {
                    return;
                }
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("'" + words + "' not chosen within 30 s: " + onFx(WindowDriver::windows));
            }
            System.out.println("WindowDriver: choosing '" + words + "' did not take; again." + onFx(
                    WindowDriver::windows));
        }
    }

    /**
     * Chooses {@code item} in the menu bar's {@code menu} with the mouse (Arkiv → Synkronisera…): opens the menu until
     * the item shows, then clicks it until the item fired. A click on a menu still opening missed in whole runs, and
     * a menu closed by a click is not proof: twice a run's menu closed and Synkronisera… never ran.
     */
    public static void menu(FxRobot robot, String menu, String item) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Node[] shown = {null};
            if (within(1, () -> (shown[0] = menuItem(robot, item)) != null) || clickedOpen(robot, menu, item, shown)) {
                waitUntilStill(shown[0]);
                if (clickedAndFired(robot, shown[0], item)) {
                    return;
                }
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(menu + " → " + item + " not chosen within 30 s: " + onFx(WindowDriver::windows));
            }
            System.out.println("WindowDriver: " + menu + " → " + item + " did not take; again." + onFx(
                    WindowDriver::windows) + ScreenWitness.look("menu"));
        }
    }

    /** Clicks the shown item; true when its menu item fired (or, for an item not found in its menu, the menu closed). */
    private static boolean clickedAndFired(FxRobot robot, Node shown, String item) {
        javafx.scene.control.MenuItem model = onFx(() -> shown.getScene().getWindow()
                instanceof javafx.scene.control.ContextMenu c ? c.getItems().stream()
                .filter(i -> item.equals(i.getText())).findFirst().orElse(null) : null);
        if (model == null) {
            robot.clickOn(shown);
            return within(2, () -> !shown.getScene().getWindow().isShowing());
        }
        java.util.concurrent.atomic.AtomicBoolean fired = new java.util.concurrent.atomic.AtomicBoolean();
        javafx.event.EventHandler<javafx.event.ActionEvent> mark = e -> fired.set(true);
        robot.interact(() -> model.addEventHandler(javafx.event.ActionEvent.ACTION, mark));
        try {
            robot.clickOn(shown);
            return within(5, fired::get);
        } finally {
            robot.interact(() -> model.removeEventHandler(javafx.event.ActionEvent.ACTION, mark));
        }
    }

    private static boolean clickedOpen(FxRobot robot, String menu, String item, Node[] shown) {
        robot.clickOn(menu);
        return within(2, () -> (shown[0] = menuItem(robot, item)) != null);
    }

    private static Node menuItem(FxRobot robot, String item) {
        return robot.lookup(item).tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.scene.control.ContextMenu c && c.isShowing()).orElse(null);
    }

    private static ListCell<?> itemIn(ComboBox<?> box, String words) {
        if (!box.isShowing() || !(box.getSkin() instanceof ComboBoxListViewSkin<?> skin)) {
            return null;
        }
        return skin.getPopupContent().lookupAll(".list-cell").stream().map(ListCell.class::cast)
                .filter(c -> c.isVisible() && words.equals(c.getText())).findFirst().orElse(null);
    }

    /** Whether a condition (checked on the FX thread) is met within a few seconds. */
    private static boolean within(int seconds, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.get();
                } catch (EmptyNodeQueryException notThereYet) {
                    return false;
                }
            }).get());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * Shows Sammanträden at 1280×800 and chooses the meeting held on {@code day} (found by its day: a folder with no
     * matters of its own gets the sample meetings beside the test's), waiting until its form shows it.
     */
    public static void openMeetingOn(FxRobot robot, se.ledamot.ui.shell.MainWindow shell, java.time.LocalDate day) {
        openMeetingOn(robot, shell, day, 1280, 800);
    }

    /** As {@link #openMeetingOn(FxRobot, se.ledamot.ui.shell.MainWindow, java.time.LocalDate)}, the window this size. */
    public static void openMeetingOn(FxRobot robot, se.ledamot.ui.shell.MainWindow shell, java.time.LocalDate day,
            double width, double height) {
        robot.interact(() -> {
            shell.stage().setWidth(width);
            shell.stage().setHeight(height);
            shell.show(se.ledamot.ui.meetings.MeetingsScreen.ID);
        });
        javafx.scene.Scene scene = shell.stage().getScene();
        @SuppressWarnings("unchecked")
        var meetings = (javafx.scene.control.TableView<se.ledamot.domain.meeting.Meeting>) scene.lookup("#meetings-table");
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.date().equals(day)));
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.date().equals(day)).findFirst().orElseThrow()));
        var date = (javafx.scene.control.TextField) scene.lookup("#meeting-date");
        waitUntil(() -> day.toString().equals(date.getText()));
    }

    /** Waits up to thirty seconds (the CI machine may be busy) for a condition on stored data (checked on the test thread). */
    public static void waitForStore(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("the database did not get the change within 30 s", e);
        }
    }

    /** Waits until the conflict view is shown (its "Välj senare" on a showing window) and returns its window. */
    public static javafx.stage.Window conflictView(FxRobot robot) {
        waitUntil(() -> robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow().isShowing())
                .isPresent(), WindowDriver::windows);
        return robot.lookup("#conflict-later").query().getScene().getWindow();
    }

    /**
     * The showing windows, which has the keyboard, and what each one's focused control holds (and whether it is greyed
     * out: a form held still while a save waits takes no click): a failed wait prints it,
     * to tell in CI's log a click or keystrokes that went elsewhere from a screen that did not react.
     */
    public static String windows() {
        StringBuilder out = new StringBuilder();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            Node focus = w.getScene() == null ? null : w.getScene().getFocusOwner();
            out.append("\n  ").append(w instanceof javafx.stage.Stage s ? "'" + s.getTitle() + "'" : w.getClass()
                    .getSimpleName()).append(w.isFocused() ? " (focused)" : "").append(" at ").append(w.getX())
                    .append(',').append(w.getY()).append(' ').append(w.getWidth()).append('x').append(w.getHeight())
                    .append(", focus on ").append(focus == null ? "nothing" : focus.getId() + " "
                    + focus.getClass().getSimpleName() + (focus.isDisabled() ? " (disabled)" : "")
                    + (focus instanceof javafx.scene.control.TextInputControl t
                    ? " holding '" + t.getText() + "'" : ""));
        }
        return out.toString();
    }

    /** Waits until a node has stopped moving on screen (a sliding notification), so a click lands on it. */
    public static void waitUntilStill(Node node) {
        Bounds[] last = {null};
        long[] since = {0};
        waitUntil(() -> {
            Bounds now = node.localToScreen(node.getBoundsInLocal());
            long time = System.nanoTime();
            if (now == null || !now.equals(last[0])) {
                last[0] = now;
                since[0] = time;
                return false;
            }
            return time - since[0] > 200_000_000L;
        });
    }

    /** Waits for the question the window asks on closing with something not stored, and returns its pane. */
    public static javafx.scene.control.DialogPane closeQuestion(FxRobot robot) {
        waitUntil(() -> robot.lookup(".dialog-pane").match(n -> n.getScene().getWindow().isShowing()).tryQuery()
                .isPresent());
        return robot.lookup(".dialog-pane").match(n -> n.getScene().getWindow().isShowing())
                .queryAs(javafx.scene.control.DialogPane.class);
    }

    /** The button of a shown dialog with this role (the dialogs' buttons are made per dialog, DialogButtons). */
    public static javafx.scene.control.Button button(javafx.scene.control.DialogPane pane,
            javafx.scene.control.ButtonBar.ButtonData role) {
        return (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == role).findFirst().orElseThrow());
    }

    /**
     * Clicks the first row of the table {@code table} (a CSS selector) once it is drawn with its item: the row shown
     * at index 0, as the table reuses its cells (the first row cell found may be another row's, or the flow's hidden
     * measuring row).
     */
    public static void clickFirstRow(FxRobot robot, String table) {
        java.util.function.Predicate<javafx.scene.control.TableRow<?>> first = r -> r.getIndex() == 0 && !r.isEmpty()
                && r.isVisible();
        waitUntil(() -> robot.lookup(table + " .table-row-cell").match(first).tryQuery().isPresent());
        robot.clickOn(robot.lookup(table + " .table-row-cell").match(first)
                .queryAs(javafx.scene.control.TableRow.class));
    }

    /** Clicks the node {@code query} finds, scrolled into view first (a form taller than its screen). */
    public static org.testfx.api.FxRobotInterface clickShown(FxRobot robot, String query) {
        reveal(robot, robot.lookup(query).query());
        return robot.clickOn(query);
    }

    /** Scrolls the pane around a node so that it is in view before the robot clicks it. */
    public static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.clamp((b.getMinY() - 40) / room, 0.0, 1.0));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether a list's or table's row is whole in view (not the one cut at the bottom edge, unless it is the last);
     * on the FX thread.
     */
    public static boolean rowInView(javafx.scene.control.Control rows, int index) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) rows.lookup(".virtual-flow");
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() <= index
                && (index < last.getIndex() || index == last.getIndex() && index == flow.getCellCount() - 1);
    }

    /** The rows a list or table shows, "first..last", for a failed wait. */
    public static String rowsInView(javafx.scene.control.Control rows) {
        return onFx(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) rows.lookup(".virtual-flow");
            return flow.getFirstVisibleCell().getIndex() + ".." + flow.getLastVisibleCell().getIndex();
        });
    }

    /** A JavaFX snapshot as an image ImageIO can write (javafx.swing is not on the class path). */
    public static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
