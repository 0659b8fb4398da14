/**
 * Charts saved as PNG files for the demos and notebooks, built on XChart and working headless; no scikit-learn twin
 * (the role matplotlib plays beside it): {@link XYPlot} draws scatter and line series, {@link HeatMap} a grid of
 * numbers such as a grid search's mean scores, {@link RocChart} and {@link PrecisionRecallChart} the curves of
 * {@link io.github.prepkit.metrics.RankingMetrics} as scikit-learn's {@code RocCurveDisplay} and
 * {@code PrecisionRecallDisplay} do.
 */
package io.github.prepkit.plot;
