package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A grid of numbers drawn as coloured cells with their values written in, saved as a PNG file, for the demos and
 * notebooks: a grid search's mean scores over two hyperparameters, say. Works headless. Built on XChart's
 * {@code HeatMapChart}.
 */
public final class HeatMap {

    private final HeatMapChart chart;

    /**
     * An empty heat map with a title and axis labels.
     *
     * @param title  the chart's title
     * @param xLabel the horizontal axis's label
     * @param yLabel the vertical axis's label
     */
    public HeatMap(String title, String xLabel, String yLabel) {
        Png.headless();
        chart = new HeatMapChartBuilder().width(Png.WIDTH).height(Png.HEIGHT).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.0000");
    }

    /**
     * Sets the cells: {@code values[y][x]} is drawn in column {@code xLabels[x]} and row {@code yLabels[y]}; the colour
     * scale runs from the smallest value to the largest.
     *
     * @param xLabels the columns' labels, left to right
     * @param yLabels the rows' labels
     * @param values  one row of {@code xLabels.size()} values per y label
     * @return this heat map
     * @throws IllegalArgumentException if the grid's shape does not match the labels, a value is not finite, or cells
     *                                  were set already
     */
    public HeatMap cells(List<String> xLabels, List<String> yLabels, double[][] values) {
        Checks.notNull(xLabels, "xLabels");
        Checks.notNull(yLabels, "yLabels");
        Checks.notNull(values, "values");
        if (!chart.getSeriesMap().isEmpty()) {
            throw new IllegalArgumentException("the heat map '" + chart.getTitle() + "' has its cells already");
        }
        if (values.length != yLabels.size() || yLabels.isEmpty() || xLabels.isEmpty()) {
            throw new IllegalArgumentException("values must have one row per y label (" + yLabels.size() + "), found "
                    + values.length + (xLabels.isEmpty() ? ", and at least one x label" : ""));
        }
        List<Number[]> cells = new ArrayList<>();
        for (int y = 0; y < values.length; y++) {
            if (values[y].length != xLabels.size()) {
                throw new IllegalArgumentException("row " + y + " of values must have one value per x label ("
                        + xLabels.size() + "), found " + values[y].length);
            }
            for (int x = 0; x < values[y].length; x++) {
                if (!Double.isFinite(values[y][x])) {
                    throw new IllegalArgumentException("value [" + y + "][" + x + "] must be finite, found " + values[y][x]);
                }
                cells.add(new Number[] {x, y, values[y][x]});
            }
        }
        chart.addSeries("cells", xLabels, yLabels, cells);
        return this;
    }

    /**
     * Writes the heat map as an 800 x 600 PNG file, creating missing parent folders, and returns the path.
     *
     * @param png the file to write, replaced if it exists
     * @return {@code png}
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws IllegalStateException if no cells were set
     */
    public Path save(Path png) {
        return Png.save(chart, png, "the heat map '" + chart.getTitle() + "' has no cells to draw");
    }
}
