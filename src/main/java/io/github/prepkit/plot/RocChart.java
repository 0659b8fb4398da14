package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.metrics.RocCurve;
import java.nio.file.Path;
import org.knowm.xchart.style.Styler;

/**
 * ROC curves drawn as an 800 x 600 PNG file, as scikit-learn's {@code RocCurveDisplay}: false positive rate across,
 * true positive rate up, both from 0 to 1, the chance diagonal dashed, and each curve named in the legend with its
 * area ("name (AUC = 0.93)", two decimals as scikit-learn's label). Several curves (models) may share one chart.
 * Works headless; built on XChart.
 */
public final class RocChart {

    private final UnitSquareChart chart;

    /**
     * A chart holding only the chance diagonal.
     *
     * @param title the chart's title
     */
    public RocChart(String title) {
        chart = new UnitSquareChart(title, "False positive rate", "True positive rate",
                Styler.LegendPosition.InsideSE);
        chart.reference("Chance level (AUC = 0.5)", new double[] {0, 1}, new double[] {0, 1});
    }

    /**
     * A chart of one curve titled with its area, "ROC curve (AUC = 0.93)".
     *
     * @param curve the curve, from {@link io.github.prepkit.metrics.RankingMetrics#rocCurve}
     * @return the chart, to {@link #save}
     * @throws IllegalArgumentException as {@link #curve}
     */
    public static RocChart of(RocCurve curve) {
        Checks.notNull(curve, "curve");
        return new RocChart("ROC curve (AUC = " + UnitSquareChart.twoDecimals(curve.area()) + ")").curve("ROC", curve);
    }

    /**
     * Adds a curve, named in the legend with its area.
     *
     * @param name  the curve's name, such as the model's
     * @param curve the curve
     * @return this chart
     * @throws IllegalArgumentException if the name is used already, or the curve is undefined (NaN rates: the true
     *                                  classes held a single class)
     */
    public RocChart curve(String name, RocCurve curve) {
        Checks.notNull(name, "name");
        Checks.notNull(curve, "curve");
        chart.curve(name + " (AUC = " + UnitSquareChart.twoDecimals(curve.area()) + ")", curve.fpr(), curve.tpr(),
                "the ROC curve is undefined (NaN rates): the true labels hold a single class");
        return this;
    }

    /**
     * Writes the chart as an 800 x 600 PNG file, creating missing parent folders, and returns the path.
     *
     * @param png the file to write, replaced if it exists
     * @return {@code png}
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public Path save(Path png) {
        return chart.save(png);
    }
}
