package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.metrics.PrecisionRecallCurve;
import java.nio.file.Path;
import org.knowm.xchart.style.Styler;

/**
 * Precision-recall curves drawn as an 800 x 600 PNG file, as scikit-learn's {@code PrecisionRecallDisplay}: recall
 * across, precision up, both from 0 to 1, each curve a step function ({@code drawstyle="steps-post"}, the shape its
 * average precision integrates) named in the legend with its average precision ("name (AP = 0.83)"). Several curves
 * may share one chart. Works headless; built on XChart.
 */
public final class PrecisionRecallChart {

    private final UnitSquareChart chart;

    /**
     * An empty chart.
     *
     * @param title the chart's title
     */
    public PrecisionRecallChart(String title) {
        chart = new UnitSquareChart(title, "Recall", "Precision", Styler.LegendPosition.InsideSW);
    }

    /**
     * A chart of one curve titled with its average precision, "Precision-recall curve (AP = 0.83)".
     *
     * @param curve the curve, from {@link io.github.prepkit.metrics.RankingMetrics#precisionRecallCurve}
     * @return the chart, to {@link #save}
     */
    public static PrecisionRecallChart of(PrecisionRecallCurve curve) {
        Checks.notNull(curve, "curve");
        return new PrecisionRecallChart("Precision-recall curve (AP = "
                + UnitSquareChart.twoDecimals(curve.averagePrecision()) + ")").curve("Precision-recall", curve);
    }

    /**
     * Adds a curve as steps, named in the legend with its average precision.
     *
     * @param name  the curve's name, such as the model's
     * @param curve the curve
     * @return this chart
     * @throws IllegalArgumentException if the name is used already
     */
    public PrecisionRecallChart curve(String name, PrecisionRecallCurve curve) {
        Checks.notNull(name, "name");
        Checks.notNull(curve, "curve");
        double[] recall = curve.recall();
        double[] precision = curve.precision();
        int n = recall.length;
        double[] x = new double[2 * n - 1];
        double[] y = new double[2 * n - 1];
        for (int k = 0; k < n; k++) { // steps-post: hold each precision until the next recall
            x[2 * k] = recall[k];
            y[2 * k] = precision[k];
            if (k + 1 < n) {
                x[2 * k + 1] = recall[k + 1];
                y[2 * k + 1] = precision[k];
            }
        }
        chart.curve(name + " (AP = " + UnitSquareChart.twoDecimals(curve.averagePrecision()) + ")", x, y,
                "the precision-recall curve has a value that is not finite");
        return this;
    }

    /**
     * Writes the chart as an 800 x 600 PNG file, creating missing parent folders, and returns the path.
     *
     * @param png the file to write, replaced if it exists
     * @return {@code png}
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws IllegalStateException if no curve was added
     */
    public Path save(Path png) {
        return chart.save(png);
    }
}
