package io.github.prepkit.selection;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.metrics.Average;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.metrics.ProbabilityMetrics;
import io.github.prepkit.metrics.RegressionMetrics;
import java.io.Serializable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How a fitted model is scored on held-out rows, greater being better, as scikit-learn's scorers
 * ({@code scoring="accuracy"}, {@code "neg_mean_squared_error"}...): errors are negated so that a search can always
 * take the largest score. {@link #DEFAULT} is scikit-learn's {@code estimator.score}: accuracy for a classifier,
 * R² for anything else. Write your own with {@link #of}.
 *
 * @param name   the name shown in results
 * @param scorer computes the score
 */
public record Scoring(String name, Scorer scorer) implements Serializable {

    /**
     * Scores a fitted model on feature rows and their true target values; greater is better. Serializable, so that a
     * scoring travels to Spark's executors with a search (a lambda is, when what it captures is).
     */
    @FunctionalInterface
    public interface Scorer extends Serializable {

        /**
         * The score of {@code model} on {@code features} against {@code target}.
         *
         * @param model    a fitted model
         * @param features held-out feature columns
         * @param target   their true values
         * @return the score, greater being better
         */
        double score(PredictorModel model, Table features, Column<?> target);
    }

    /** The fraction of rows predicted right, as scikit-learn's {@code "accuracy"}. */
    public static final Scoring ACCURACY = of("accuracy",
            (model, features, target) -> ClassificationMetrics.accuracy(target, model.predict(features)));

    /** F1 averaged over the classes without weights, as scikit-learn's {@code "f1_macro"}. */
    public static final Scoring F1_MACRO = of("f1_macro",
            (model, features, target) -> ClassificationMetrics.f1(target, model.predict(features), Average.MACRO));

    /** F1 averaged over the classes weighted by their support, as scikit-learn's {@code "f1_weighted"}. */
    public static final Scoring F1_WEIGHTED = of("f1_weighted",
            (model, features, target) -> ClassificationMetrics.f1(target, model.predict(features), Average.WEIGHTED));

    /**
     * The area under the ROC curve of the probability of the greater of two classes, as scikit-learn's
     * {@code "roc_auc"}; the model must be a {@link ClassifierModel} and the target must hold two classes.
     */
    public static final Scoring ROC_AUC = of("roc_auc",
            (model, features, target) -> ProbabilityMetrics.rocAuc(target, classifier(model, "roc_auc").predictProba(features)));

    /** The negated log-loss of the predicted probabilities, as scikit-learn's {@code "neg_log_loss"}. */
    public static final Scoring NEG_LOG_LOSS = of("neg_log_loss",
            (model, features, target) -> -ProbabilityMetrics.logLoss(target, classifier(model, "neg_log_loss").predictProba(features)));

    /** The coefficient of determination, as scikit-learn's {@code "r2"}. */
    public static final Scoring R2 = of("r2",
            (model, features, target) -> RegressionMetrics.r2(target, model.predict(features)));

    /** The negated mean squared error, as scikit-learn's {@code "neg_mean_squared_error"}. */
    public static final Scoring NEG_MEAN_SQUARED_ERROR = of("neg_mean_squared_error",
            (model, features, target) -> -RegressionMetrics.meanSquaredError(target, model.predict(features)));

    /** The negated mean absolute error, as scikit-learn's {@code "neg_mean_absolute_error"}. */
    public static final Scoring NEG_MEAN_ABSOLUTE_ERROR = of("neg_mean_absolute_error",
            (model, features, target) -> -RegressionMetrics.meanAbsoluteError(target, model.predict(features)));

    /** scikit-learn's {@code estimator.score}: {@link #ACCURACY} for a {@link ClassifierModel}, {@link #R2} otherwise. */
    public static final Scoring DEFAULT = of("score", (model, features, target) -> model instanceof ClassifierModel
            ? ACCURACY.score(model, features, target) : R2.score(model, features, target));

    /** Validates both parts. */
    public Scoring {
        Checks.notNull(name, "scoring name");
        Checks.notNull(scorer, "scorer");
    }

    /**
     * A scoring named {@code name} that computes {@code scorer}; greater must be better.
     *
     * @param name   the name shown in results
     * @param scorer computes the score
     */
    public static Scoring of(String name, Scorer scorer) {
        return new Scoring(name, scorer);
    }

    /**
     * The score of {@code model} on {@code features} against {@code target}.
     *
     * @param model    a fitted model
     * @param features held-out feature columns
     * @param target   their true values
     * @return the score, greater being better
     */
    public double score(PredictorModel model, Table features, Column<?> target) {
        return scorer.score(model, features, target);
    }

    private static ClassifierModel classifier(PredictorModel model, String name) {
        if (!(model instanceof ClassifierModel classifier)) {
            throw new IllegalArgumentException("scoring " + name + " needs a classifier that predicts probabilities, found "
                    + model.getClass().getSimpleName());
        }
        return classifier;
    }

    @Override
    public String toString() {
        return name;
    }
}
