package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * A grouped bar chart written as a PNG file, for the demos and notebooks: name the categories along the horizontal
 * axis, add one named series of values per group of bars, then {@link #save}. Works headless. Built on XChart.
 */
public final class BarChart {

    private final CategoryChart chart;
    private final List<String> categories;

    /**
     * An empty chart with a title, axis labels and the categories each series gives a bar for.
     *
     * @param title      the chart's title
     * @param xLabel     the horizontal axis's label
     * @param yLabel     the vertical axis's label
     * @param categories the bars' names along the horizontal axis, in order
     * @throws IllegalArgumentException if there is no category, or one is null or repeated
     */
    public BarChart(String title, String xLabel, String yLabel, List<String> categories) {
        this.categories = Checks.noNulls(categories, "categories");
        if (this.categories.isEmpty() || this.categories.stream().distinct().count() < this.categories.size()) {
            throw new IllegalArgumentException("categories must be distinct and at least one, found "
                    + this.categories);
        }
        Png.headless();
        chart = new CategoryChartBuilder().width(Png.WIDTH).height(Png.HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisLabelRotation(30);
    }

    /**
     * Adds a series: one bar per category.
     *
     * @param name   the series' name in the legend
     * @param values one value per category, in their order
     * @return this chart
     * @throws IllegalArgumentException if there is not one value per category, a value is not finite, or the name is
     *                                  already used
     */
    public BarChart bars(String name, double[] values) {
        Checks.notNull(name, "series name");
        Checks.notNull(values, "values");
        if (values.length != categories.size()) {
            throw new IllegalArgumentException("series '" + name + "': one value per category (" + categories.size()
                    + ") expected, found " + values.length);
        }
        if (!Arrays.stream(values).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("series '" + name + "': values must be finite, found "
                    + Arrays.toString(values));
        }
        if (chart.getSeriesMap().containsKey(name)) {
            throw new IllegalArgumentException("series '" + name + "' is already in the chart");
        }
        chart.addSeries(name, categories, Arrays.stream(values).boxed().toList());
        return this;
    }

    /**
     * Writes the chart as an 800 x 600 PNG file, creating missing parent folders, and returns the path.
     *
     * @param png the file to write, replaced if it exists
     * @return {@code png}
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws IllegalStateException if no series was added
     */
    public Path save(Path png) {
        return Png.save(chart, png, "the chart '" + chart.getTitle() + "' has no series to draw");
    }
}
