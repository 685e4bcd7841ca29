package se.ledamot.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.controlsfx.control.NotificationPane;
import org.testfx.framework.junit5.Start;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.MeetingsScreen;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.settings.SettingsScreen;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * No screen cuts off its text at 1280x800 or 1600x1000: every screen, filled with the sample data a new user starts
 * with, is checked by {@link CutOffText}, and so is the export window. While working on one screen:
 * {@code -Dledamot.layout.screens=meetings,answers}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest {
    @TempDir
    Path folder;

    private MainWindow shell;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::requestClose);
    }

    @Test
    void noScreenNorTheExportWindowCutsOffText(FxRobot robot) {
        ScreenTour.waitForSamples(shell);
        ScreenTour tour = new ScreenTour(robot, shell);
        List<String> found = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 800}, {1600, 1000}}) {
            robot.interact(() -> {
                shell.stage().setWidth(size[0]);
                shell.stage().setHeight(size[1]);
            });
            for (String id : screens(ScreenTour.screenIds(shell))) {
                tour.visit(id);
                String where = id + " at " + (int) size[0] + "x" + (int) size[1] + ": ";
                robot.interact(() -> CutOffText.in(shell.stage().getScene().getRoot())
                        .forEach(f -> found.add(where + f)));
            }
        }
        robot.interact(() -> shell.menuBar().getMenus().getFirst().getItems().stream()
                .filter(i -> "menu-brief".equals(i.getId())).findFirst().orElseThrow().fire());
        tour.settle();
        Window export = Window.getWindows().stream().filter(w -> w != shell.stage() && w instanceof Stage s
                && s.getOwner() == shell.stage()).findFirst().orElseThrow();
        robot.interact(() -> CutOffText.in(export.getScene().getRoot()).forEach(f -> found.add("export: " + f)));
        assertThat(found).isEmpty();
    }

    @Test
    void aNotificationCoversNoButtonOfTheMeetingForm(FxRobot robot) {
        ScreenTour.waitForSamples(shell);
        new ScreenTour(robot, shell).visit(MeetingsScreen.ID);
        NotificationPane notices = (NotificationPane) shell.root().lookup(".notification-pane");
        robot.interact(() -> notices.show("Ett meddelande som ligger kvar medan knapparna prövas."));
        Node bar = notices.lookup(".notification-bar > .pane");
        WindowDriver.waitUntilStill(bar);

        List<String> covered = new ArrayList<>();
        robot.interact(() -> {
            Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
            for (Node n : shell.currentScreen().orElseThrow().view().lookupAll(".button")) {
                if (n instanceof Button b && b.isVisible() && b.getScene() != null
                        && b.localToScene(b.getLayoutBounds()).intersects(barBounds)) {
                    covered.add(b.getText());
                }
            }
        });
        assertThat(covered).isEmpty();
    }

    @Test
    void everyScreenHasAnIconInTheNavigation(FxRobot robot) {
        ScreenTour.waitForSamples(shell);
        List<String> without = new ArrayList<>();
        robot.interact(() -> shell.stage().getScene().getRoot().lookupAll("#navigation .list-cell").forEach(n -> {
            if (n instanceof ListCell<?> cell && cell.getItem() instanceof Screen screen
                    && !(cell.getGraphic() instanceof FontIcon)) {
                without.add(screen.id());
            }
        }));
        assertThat(ScreenTour.screenIds(shell)).contains(MinutesScreen.ID, SettingsScreen.ID);
        assertThat(without).isEmpty();
    }

    @Test
    void theProtokollScreenHasNoEmptyBandBetweenItsButtonsAndItsTabs(FxRobot robot) {
        ScreenTour.waitForSamples(shell);
        new ScreenTour(robot, shell).visit(MinutesScreen.ID);
        double[] gap = new double[1];
        robot.interact(() -> {
            Node save = shell.root().lookup("#saveMinutes");
            Node tabs = shell.root().lookup("#minutesTabs");
            gap[0] = tabs.localToScene(tabs.getLayoutBounds()).getMinY()
                    - save.localToScene(save.getLayoutBounds()).getMaxY();
        });
        // The button row's padding (8) and the tabs' own top; no room for two empty message lines.
        assertThat(gap[0]).isLessThanOrEqualTo(12);
    }

    @Test
    void partigruppsFormShowsTheStanceOfTheChosenRow(FxRobot robot) {
        ScreenTour.waitForSamples(shell);
        new ScreenTour(robot, shell).visit(GroupScreen.ID);
        String[] shown = new String[2];
        robot.interact(() -> {
            TableView<GroupRow> table = (TableView<GroupRow>) shell.root().lookup("#group-table");
            ComboBox<Stance> box = (ComboBox<Stance>) shell.root().lookup("#stance");
            GroupRow row = table.getSelectionModel().getSelectedItem();
            shown[0] = row.stanceText();
            shown[1] = box.getValue() == null ? box.getPromptText() : Localization.stance(box.getValue(), row.kind());
        });
        assertThat(shown[1]).isEqualTo(shown[0]);
    }

    private static List<String> screens(List<String> all) {
        String only = System.getProperty("ledamot.layout.screens", "");
        return only.isBlank() ? all : all.stream().filter(Arrays.asList(only.split(","))::contains).toList();
    }
}
