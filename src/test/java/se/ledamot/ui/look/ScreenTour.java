package se.ledamot.ui.look;

import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.importer.ImportScreen;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walks the window as a first-time user does with the sample data: shows a screen, then opens its first meeting and
 * the first row of each list, so the screen shows what it shows at its fullest (the editor beside the register, the
 * agenda of the meeting, the answer being written, the sample party group's positions). Only choices are made, so
 * nothing stored is changed.
 */
public final class ScreenTour {
    private final FxRobot robot;
    private final MainWindow shell;

    public ScreenTour(FxRobot robot, MainWindow shell) {
        this.robot = robot;
        this.shell = shell;
    }

    /** On its first start the window loads the samples, then shows them in the register: waits for that. */
    public static void waitForSamples(MainWindow shell) {
        waitUntil(() -> shell.currentScreen().map(s -> s.id().equals(RegisterScreen.ID)).orElse(false));
        RegisterScreen register = shell.screen(RegisterScreen.class).orElseThrow();
        waitUntil(() -> !register.registerViewModel().visibleRows().isEmpty());
    }

    /** The window's screens in navigation order. */
    public static List<String> screenIds(MainWindow shell) {
        List<String> ids = new ArrayList<>();
        shell.stage().getScene().getRoot().lookupAll("#navigation").forEach(n -> ((ListView<?>) n).getItems()
                .forEach(s -> ids.add(((se.ledamot.ui.shell.Screen) s).id())));
        return ids;
    }

    /** Shows a screen and fills it: the first meeting chosen, the first row of each list selected. */
    public void visit(String id) {
        robot.interact(() -> shell.show(id).orElseThrow());
        settle();
        if (ImportScreen.ID.equals(id) && robot.lookup("#import-table").tryQuery().map(t -> ((TableView<?>) t)
                .getItems().isEmpty()).orElse(false)) {
            // The importer shows what it read from the council texts a user drops on it: the repository's seeds.
            robot.interact(() -> shell.screen(ImportScreen.class).orElseThrow().read(List.of(Path.of("seeds"))));
            settle();
        }
        for (int round = 0; round < 3; round++) {
            boolean chose = onFx(this::chooseFirst);
            settle();
            if (!chose) {
                return;
            }
        }
    }

    /**
     * Chooses the first of each list, meeting box and table that has nothing chosen. A combo box's own list (its
     * skin's "list-view") is left alone: choosing in it sets the box's value, which a user has not done (the tour once
     * gave Partigrupp's stance box a stance the row did not have).
     */
    private boolean chooseFirst() {
        Node view = shell.currentScreen().orElseThrow().view();
        boolean chose = false;
        for (Node n : all(view)) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof TextField group && "group-code".equals(n.getId()) && group.getText().isEmpty()) {
                // The party group's screen shows a group's positions once a group is named: the sample's is V.
                group.setText("V");
                group.fireEvent(new ActionEvent());
                chose = true;
            } else if (n instanceof ComboBox<?> box && box.getValue() == null && !box.getItems().isEmpty()
                    && box.getItems().getFirst() instanceof Meeting) {
                box.getSelectionModel().selectFirst();
                chose = true;
            } else if (n instanceof ListView<?> list && n.getId() != null && !"navigation".equals(n.getId())
                    && !"list-view".equals(n.getId())
                    && !list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
                chose = true;
            } else if (n instanceof TableView<?> table && !table.getItems().isEmpty()
                    && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
                chose = true;
            }
        }
        return chose;
    }

    /**
     * Waits for the screen's background work (loading, searching) and the layout after it. All of it: the status bar's
     * list ({@code running()}) has only the work with a title, and Debatt's agenda items, read without one, came after
     * the tour had found the list empty (NarrowWindowTest then waited in vain for an item to add a speaker to).
     */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> shell.context().tasks().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> step) {
        try {
            return WaitForAsyncUtils.asyncFx(step).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Parent p) {
                out.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }
}
