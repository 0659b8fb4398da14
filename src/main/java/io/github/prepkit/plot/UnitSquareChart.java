package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart on the unit square, both axes from 0 to 1, that {@link RocChart} and {@link PrecisionRecallChart}
 * draw their curves on: each curve in the next colour of {@link #COLOURS}, with a solid line and no markers.
 */
final class UnitSquareChart {

    /** The curves' colours in turn, matplotlib's first four ("tab:blue", "tab:orange", "tab:green", "tab:red"). */
    static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728)};
    /** The colour of a reference line, such as the ROC chart's chance diagonal. */
    static final Color REFERENCE = new Color(0x7f7f7f);

    private final XYChart chart;
    private int curves;

    UnitSquareChart(String title, String xLabel, String yLabel, Styler.LegendPosition legend) {
        Png.headless();
        chart = new XYChartBuilder().width(Png.WIDTH).height(Png.HEIGHT).title(Checks.notNull(title, "title"))
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendPosition(legend);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    }

    /**
     * Adds a curve in the next colour.
     *
     * @throws IllegalArgumentException if the name is used already or a point is not finite (an undefined curve)
     */
    void curve(String name, double[] x, double[] y, String undefined) {
        Checks.notNull(name, "curve name");
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException("curve '" + name + "': " + undefined);
            }
        }
        line(name, x, y, COLOURS[curves % COLOURS.length], new BasicStroke(2.5f));
        curves++;
    }

    /** Adds a dashed grey line, such as a baseline. */
    void reference(String name, double[] x, double[] y) {
        line(name, x, y, REFERENCE, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
    }

    private void line(String name, double[] x, double[] y, Color colour, BasicStroke stroke) {
        if (chart.getSeriesMap().containsKey(name)) {
            throw new IllegalArgumentException("a curve named '" + name + "' is already in the chart");
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
    }

    /** {@code value} with two decimals, as scikit-learn's displays label an area ({@code 0.2f}). */
    static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Writes the chart as a PNG file (see {@link Png#save}). */
    Path save(Path png) {
        return Png.save(chart, png, "the chart '" + chart.getTitle() + "' has no curve to draw");
    }
}
