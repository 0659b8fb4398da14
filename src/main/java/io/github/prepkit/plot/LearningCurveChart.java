package io.github.prepkit.plot;

import io.github.prepkit.inspection.CurveScores;
import io.github.prepkit.inspection.LearningCurveResult;
import io.github.prepkit.internal.data.Checks;
import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * A learning curve written as a PNG file: the mean training and test scores over the folds against the number of
 * training rows, each point with an error bar of ±1 population standard deviation, as scikit-learn's
 * {@code LearningCurveDisplay} draws bands. A training size whose mean is NaN (a fold's fit failed) is left out of
 * that series. Works headless. Built on XChart.
 */
public final class LearningCurveChart {

    private final XYChart chart;

    /**
     * A chart of {@code curve}, titled {@code title}, with the scoring's name on the vertical axis.
     *
     * @param title   the chart's title
     * @param scoring the vertical axis's label, such as the scoring's name
     * @param curve   what {@code LearningCurve.evaluate} measured
     * @throws IllegalArgumentException if an argument is null, or no training size has a finite mean score
     */
    public LearningCurveChart(String title, String scoring, LearningCurveResult curve) {
        Checks.notNull(title, "title");
        Checks.notNull(scoring, "scoring");
        Checks.notNull(curve, "curve");
        Png.headless();
        chart = new XYChartBuilder().width(Png.WIDTH).height(Png.HEIGHT).title(title)
                .xAxisTitle("training rows").yAxisTitle(scoring).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        double[] sizes = Arrays.stream(curve.trainSizes()).asDoubleStream().toArray();
        CurveScores scores = curve.scores();
        add("training score", sizes, scores.trainMean(), scores.trainStd());
        add("test score", sizes, scores.testMean(), scores.testStd());
        if (chart.getSeriesMap().isEmpty()) {
            throw new IllegalArgumentException("LearningCurveChart: no training size has a finite mean score to draw");
        }
    }

    private void add(String name, double[] sizes, double[] mean, double[] std) {
        int[] drawn = IntStream.range(0, mean.length).filter(i -> Double.isFinite(mean[i])).toArray();
        if (drawn.length == 0) {
            return;
        }
        XYSeries series = chart.addSeries(name, Arrays.stream(drawn).mapToDouble(i -> sizes[i]).toArray(),
                Arrays.stream(drawn).mapToDouble(i -> mean[i]).toArray(),
                Arrays.stream(drawn).mapToDouble(i -> Double.isFinite(std[i]) ? std[i] : 0).toArray());
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }

    /**
     * Writes the chart as an 800 x 600 PNG file, creating missing parent folders, and returns the path.
     *
     * @param png the file to write, replaced if it exists
     * @return {@code png}
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public Path save(Path png) {
        return Png.save(chart, png, "the learning curve '" + chart.getTitle() + "' has no series to draw");
    }
}
