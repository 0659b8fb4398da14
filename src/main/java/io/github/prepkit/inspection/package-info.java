/**
 * Looking into fitted models and into how an estimator learns, as scikit-learn's {@code sklearn.inspection} and the
 * curves of {@code sklearn.model_selection}: {@link io.github.prepkit.inspection.PermutationImportance} (how much a
 * fitted model's score drops when one column's values are shuffled), {@link io.github.prepkit.inspection.CrossValPredict}
 * (every row predicted by the model that did not see it), {@link io.github.prepkit.inspection.LearningCurve} (scores
 * against the number of training rows) and {@link io.github.prepkit.inspection.ValidationCurve} (scores against one
 * hyperparameter's values). The folds are {@code io.github.prepkit.selection}'s; every tool runs its fits on
 * {@code nJobs} threads with the same result for any count. The charts are in {@code io.github.prepkit.plot}.
 */
package io.github.prepkit.inspection;
