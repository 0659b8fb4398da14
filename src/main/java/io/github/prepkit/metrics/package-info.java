/**
 * Scores of predictions against the truth, as {@code sklearn.metrics} and {@code imblearn.metrics}:
 * {@link ClassificationMetrics} (accuracy, balanced accuracy, precision, recall, F1, Matthews correlation, Cohen's
 * kappa with {@link KappaWeights}, the classification report, confusion matrix, with an {@link Average} over classes),
 * {@link RankingMetrics} (the {@link RocCurve}, the {@link PrecisionRecallCurve} and average precision),
 * {@link ImbalanceMetrics} (sensitivity, specificity, geometric mean and the
 * imbalanced classification report of imbalanced-learn), {@link ProbabilityMetrics} (ROC AUC,
 * log loss), {@link RegressionMetrics} (MSE, MAE, R²) and {@link ClusteringMetrics} (inertia, silhouette). Labels and
 * values come as Tablesaw columns, one value per row; bad input fails with an
 * {@link java.lang.IllegalArgumentException} naming the column.
 */
package io.github.prepkit.metrics;
