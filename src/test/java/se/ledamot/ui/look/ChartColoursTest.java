package se.ledamot.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.WindowTest;
import se.ledamot.ui.shell.Appearance.Theme;
import se.ledamot.ui.shell.MainWindow;

/**
 * The dashboard's charts take their colours from the theme: flat bars in the theme's own blue, green and amber (its
 * accent first), lighter in the dark theme; not JavaFX's default orange-yellow-green gradients.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ChartColoursTest {
    private Stage stage;
    private BarChart<String, Number> chart;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> {
            stage.hide();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
    }

    @Test
    void barsAreFlatInTheLightThemesColours(FxRobot robot) {
        List<Paint> fills = barFills(robot, Theme.LIGHT);

        // Primer Light: accent emphasis, success emphasis, warning 4.
        assertThat(fills).containsExactly(Color.web("#0969da"), Color.web("#2da44e"), Color.web("#bf8700"));
    }

    @Test
    void barsAreFlatInTheDarkThemesColours(FxRobot robot) {
        List<Paint> fills = barFills(robot, Theme.DARK);

        // Primer Dark: the same names, its own shades.
        assertThat(fills).containsExactly(Color.web("#1f6feb"), Color.web("#238636"), Color.web("#bb8009"));
    }

    /** The fill of the first bar of each of three series, drawn under the theme with the program's stylesheet. */
    private List<Paint> barFills(FxRobot robot, Theme theme) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.stylesheet());
            chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
            chart.setAnimated(false);
            for (String name : new String[] {"a", "b", "c"}) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(name);
                series.getData().add(new XYChart.Data<>("x", 1));
                chart.getData().add(series);
            }
            Scene scene = new Scene(chart, 400, 300);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Paint> fills = new ArrayList<>();
        robot.interact(() -> {
            for (XYChart.Series<String, Number> s : chart.getData()) {
                Node bar = s.getData().getFirst().getNode();
                fills.add(((Region) bar).getBackground().getFills().getFirst().getFill());
            }
        });
        return fills;
    }
}
