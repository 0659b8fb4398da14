/**
 * Outlier detection on numeric columns, with no scikit-learn twin (scipy's {@code zscore}, Tukey's fences and the
 * Mahalanobis distance): {@link ZScoreDetector}, {@link IqrDetector} and {@link MahalanobisDetector} are
 * {@link OutlierDetector}s; each fits to an {@link OutlierModel} that gives every row a score and a flag
 * ({@link OutlierModel#flag}) or drops the flagged rows ({@link OutlierModel#dropOutliers}).
 */
package io.github.prepkit.outliers;
