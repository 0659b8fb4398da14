package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import java.awt.Color;
import java.nio.file.Path;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A scatter or line chart written as a PNG file, for the demos and notebooks: add named series of points
 * or lines, then {@link #save}. Works headless (no display needed). Built on XChart.
 */
public final class XYPlot {

    private final XYChart chart;

    /**
     * An empty plot with a title and axis labels.
     *
     * @param title  the chart's title
     * @param xLabel the horizontal axis's label
     * @param yLabel the vertical axis's label
     */
    public XYPlot(String title, String xLabel, String yLabel) {
        Png.headless();
        chart = new XYChartBuilder().width(Png.WIDTH).height(Png.HEIGHT).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(6);
    }

    /**
     * Adds a series of unconnected points.
     *
     * @param name the series' name in the legend
     * @param x    the points' x coordinates
     * @param y    their y coordinates
     * @return this plot
     * @throws IllegalArgumentException if {@code x} and {@code y} differ in length or the name is already used
     */
    public XYPlot points(String name, double[] x, double[] y) {
        add(name, x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return this;
    }

    /**
     * Adds a series of points joined by a line, without markers.
     *
     * @param name the series' name in the legend
     * @param x    the points' x coordinates
     * @param y    their y coordinates
     * @return this plot
     * @throws IllegalArgumentException if {@code x} and {@code y} differ in length or the name is already used
     */
    public XYPlot line(String name, double[] x, double[] y) {
        XYSeries series = add(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        return this;
    }

    private XYSeries add(String name, double[] x, double[] y) {
        Checks.notNull(name, "series name");
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': x and y must have the same length, found "
                    + x.length + " and " + y.length);
        }
        if (chart.getSeriesMap().containsKey(name)) {
            throw new IllegalArgumentException("series '" + name + "' is already in the plot");
        }
        return chart.addSeries(name, x, y);
    }

    /**
     * Writes the plot as an 800 x 600 PNG file, creating missing parent folders, and returns the path.
     *
     * @param png the file to write, replaced if it exists
     * @return {@code png}
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws IllegalStateException if no series was added
     */
    public Path save(Path png) {
        return Png.save(chart, png, "the plot '" + chart.getTitle() + "' has no series to draw");
    }
}
