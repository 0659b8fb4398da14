package io.github.prepkit.selection;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.metrics.Average;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.metrics.ImbalanceMetrics;
import io.github.prepkit.metrics.ProbabilityMetrics;
import io.github.prepkit.metrics.RankingMetrics;
import io.github.prepkit.metrics.RegressionMetrics;
import java.io.Serializable;
import tech.tablesaw.api.NumericColumn;
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
     * The mean recall of the classes that are true somewhere, as scikit-learn's {@code "balanced_accuracy"}
     * ({@link ClassificationMetrics#balancedAccuracy}).
     */
    public static final Scoring BALANCED_ACCURACY = of("balanced_accuracy",
            (model, features, target) -> ClassificationMetrics.balancedAccuracy(target, model.predict(features)));

    /**
     * The geometric mean of the recalls of all classes, as imbalanced-learn's {@code make_scorer(geometric_mean_score)}
     * (its default {@code average="multiclass"}, no correction; {@link ImbalanceMetrics#geometricMeanScore}): 0 when
     * a class is never predicted right.
     */
    public static final Scoring GEOMETRIC_MEAN = of("geometric_mean_score",
            (model, features, target) -> ImbalanceMetrics.geometricMeanScore(target, model.predict(features)));

    /**
     * Sensitivity averaged over the classes without weights, as imbalanced-learn's
     * {@code make_scorer(sensitivity_score, average="macro")}: it needs no positive label, so it fits any classes.
     */
    public static final Scoring SENSITIVITY = of("sensitivity_macro",
            (model, features, target) -> ImbalanceMetrics.sensitivity(target, model.predict(features), Average.MACRO));

    /**
     * Specificity averaged over the classes without weights, as imbalanced-learn's
     * {@code make_scorer(specificity_score, average="macro")}; for two classes it equals {@link #SENSITIVITY}.
     */
    public static final Scoring SPECIFICITY = of("specificity_macro",
            (model, features, target) -> ImbalanceMetrics.specificity(target, model.predict(features), Average.MACRO));

    /**
     * The area under the ROC curve of the probability of the greater of two classes, as scikit-learn's
     * {@code "roc_auc"}; the model must be a {@link ClassifierModel} and the target must hold two classes.
     */
    public static final Scoring ROC_AUC = of("roc_auc",
            (model, features, target) -> ProbabilityMetrics.rocAuc(target, classifier(model, "roc_auc").predictProba(features)));

    /**
     * The Matthews correlation coefficient of the predictions, as scikit-learn's {@code "matthews_corrcoef"}
     * ({@link ClassificationMetrics#matthewsCorrcoef}); any number of classes.
     */
    public static final Scoring MATTHEWS_CORRCOEF = of("matthews_corrcoef",
            (model, features, target) -> ClassificationMetrics.matthewsCorrcoef(target, model.predict(features)));

    /**
     * The average precision of the probability of the greater of two classes, as scikit-learn's
     * {@code "average_precision"} ({@link RankingMetrics#averagePrecision(Column, Table)}); the model must be a
     * {@link ClassifierModel} and the target must hold at most two classes. Where scikit-learn's scorer takes 1 as the
     * positive class (and fails on two string classes), this takes the greater class, as {@link #ROC_AUC} does.
     */
    public static final Scoring AVERAGE_PRECISION = of("average_precision",
            (model, features, target) -> RankingMetrics.averagePrecision(target,
                    classifier(model, "average_precision").predictProba(features)));

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
     * The F1 of the class {@code positiveLabel} alone, as scikit-learn's {@code make_scorer(f1_score, pos_label=...)}
     * ({@link ClassificationMetrics#f1} with {@link Average#binary}), named {@code f1(<positiveLabel>)}. For a numeric
     * target the label is read as a number ("1" matches 1 and 1.0). Scoring fails if the target and predictions hold
     * more than two classes, or two of which the label is none; where they hold one class only, which is not the
     * label, the F1 is 0, as scikit-learn's zero division.
     *
     * @param positiveLabel the class to score, as text, such as {@code "malignant"} or {@code "1"}
     * @throws IllegalArgumentException if {@code positiveLabel} is null
     */
    public static Scoring f1(String positiveLabel) {
        Checks.notNull(positiveLabel, "positiveLabel");
        return of("f1(" + positiveLabel + ")", (model, features, target) -> ClassificationMetrics.f1(target,
                model.predict(features), Average.binary(label(positiveLabel, target))));
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

    /** {@code text} as a class of {@code target}: a number for a numeric target, else the text itself. */
    private static Object label(String text, Column<?> target) {
        if (!(target instanceof NumericColumn<?>)) {
            return text;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the positive label '" + text + "' is not a number, but the target '"
                    + target.name() + "' is numeric (" + target.type().name() + ")");
        }
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
