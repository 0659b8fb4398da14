/**
 * Charts saved as PNG files for the demos and notebooks, built on XChart and working headless; no scikit-learn twin
 * (the role matplotlib plays beside it): {@link XYPlot} draws scatter and line series, {@link HeatMap} a grid of
 * numbers such as a grid search's mean scores.
 */
package io.github.prepkit.plot;
