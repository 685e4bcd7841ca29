package se.ledamot.ui.dashboard;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The value axis for counts of matters: it starts at 0, steps in whole numbers (1, 2, 5, 10, 20, …) and ends at the
 * first step at or above the largest count — never 0.25 steps, and 0–1 when there is nothing to count (a NumberAxis
 * left to range itself shows 0–150 then).
 */
final class CountAxis {
    /** About this many steps fit the chart's height. */
    private static final int MOST_STEPS = 8;

    private CountAxis() {
    }

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis(0, 1, 1);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        return axis;
    }

    /**
     * Sets the axis of a chart filled with counts by category: its end is the largest category's total (the bars of a
     * stacked chart add up; a chart with one series has one bar a category).
     */
    static void fit(XYChart<String, Number> chart) {
        Map<String, Double> totals = new HashMap<>();
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> d : series.getData()) {
                totals.merge(d.getXValue(), d.getYValue().doubleValue(), Double::sum);
            }
        }
        double largest = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        long step = step(largest);
        axis.setTickUnit(step);
        axis.setUpperBound(top(largest, step));
    }

    /** The whole step between ticks: 1, 2 or 5 times a power of ten, so that at most {@link #MOST_STEPS} are drawn. */
    static long step(double largest) {
        long power = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (Math.ceil(largest / (factor * power)) <= MOST_STEPS) {
                    return factor * power;
                }
            }
            power *= 10;
        }
    }

    /** The axis' end: the first whole step at or above the largest count, and at least one step. */
    static long top(double largest, long step) {
        return Math.max(step, (long) Math.ceil(largest / step) * step);
    }
}
