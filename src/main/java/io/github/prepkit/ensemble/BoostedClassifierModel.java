package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.ClassProbabilities;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the fitted AdaBoost and RUSBoost models share, as scikit-learn 1.2.1's {@code AdaBoostClassifier} predicts:
 * the members and their weights, the decision function (SAMME: the members' weighted votes; SAMME.R: each member's
 * (K - 1) (ln p_k - mean_l ln p_l), probabilities clipped at machine epsilon), both divided by the sum of the member
 * weights; the probabilities as the softmax of the decision divided by K - 1 (two classes: of (-d / 2, d / 2)); and
 * the class with the highest decision (two classes: the second when the decision is above 0). O(members x the cost
 * of a member's prediction) per row. Immutable.
 */
public abstract class BoostedClassifierModel implements ClassifierModel {

    private final String step;
    private final Schema schema;
    private final TargetClasses classes;
    private final Algorithm algorithm;
    private final List<ClassifierModel> estimators;
    private final double[] estimatorWeights;
    private final double[] estimatorErrors;

    /**
     * Checks and keeps the state; only the models of this package extend the class.
     *
     * @param step      names the model in messages
     * @param estimator the member estimator of the boosting estimator, whose class every member's estimator must have
     * @throws IllegalArgumentException as the subclasses' {@code of} factories say
     */
    BoostedClassifierModel(String step, Object estimator, int nEstimators, Algorithm algorithm, Schema schema,
            TargetClasses classes, List<ClassifierModel> estimators, double[] estimatorWeights,
            double[] estimatorErrors) {
        Checks.numericFeatures(schema, step);
        Checks.notNull(classes, step + ": classes");
        if (classes.count() < 2) {
            throw new IllegalArgumentException(step + ": a classifier needs at least 2 classes, found " + classes);
        }
        this.step = step;
        this.schema = schema;
        this.classes = classes;
        this.algorithm = algorithm;
        this.estimators = checkedMembers(estimators, nEstimators, estimator, schema, classes, step);
        this.estimatorWeights = Checks.finite(estimatorWeights, nEstimators, false, step + ": estimatorWeights")
                .clone();
        this.estimatorErrors = Checks.finite(estimatorErrors, nEstimators, false, step + ": estimatorErrors")
                .clone();
        checkRounds(this.estimators.size(), algorithm, this.estimatorWeights, this.estimatorErrors, step);
    }

    private static List<ClassifierModel> checkedMembers(List<ClassifierModel> members, int nEstimators,
            Object estimator, Schema schema, TargetClasses classes, String step) {
        Checks.noNulls(Checks.notNull(members, step + ": estimators"), step + ": estimators");
        if (members.isEmpty() || members.size() > nEstimators) {
            throw new IllegalArgumentException(step + ": estimators must hold 1 to nEstimators (" + nEstimators
                    + ") fitted members, found " + members.size());
        }
        for (int m = 0; m < members.size(); m++) {
            ClassifierModel member = members.get(m);
            if (member.estimator().getClass() != estimator.getClass() || !member.schema().equals(schema)
                    || !member.targetClasses().equals(classes)) {
                throw new IllegalArgumentException(step + ": member " + m + " must be a "
                        + estimator.getClass().getSimpleName() + " fitted on the model's columns " + schema
                        + " and classes " + classes + ", found " + member);
            }
        }
        return List.copyOf(members);
    }

    /**
     * Fails unless each fitted member has a positive weight (1 with SAMME.R) and an error in [0, 1], and every round
     * after them weight 0 and error 1, as boosting leaves them.
     */
    private static void checkRounds(int members, Algorithm algorithm, double[] weights, double[] errors, String step) {
        for (int m = 0; m < weights.length; m++) {
            boolean fitted = m < members;
            boolean weightOk = fitted ? weights[m] > 0 && (algorithm == Algorithm.SAMME || weights[m] == 1)
                    : weights[m] == 0;
            boolean errorOk = fitted ? errors[m] >= 0 && errors[m] <= 1 : errors[m] == 1;
            if (!weightOk || !errorOk) {
                throw new IllegalArgumentException(step + ": round " + m + (fitted ? " has a member, so it needs a"
                        + " positive weight (1 with SAMME_R) and an error in [0, 1]" : " has no member, so it needs"
                        + " weight 0 and error 1") + "; found weight " + weights[m] + " and error " + errors[m]);
            }
        }
    }

    @Override
    public final Schema schema() {
        return schema;
    }

    @Override
    public final TargetClasses targetClasses() {
        return classes;
    }

    /** The fitted members in the order of the rounds: one per round until boosting stopped. */
    public final List<ClassifierModel> estimators() {
        return estimators;
    }

    /**
     * Each round's member weight, scikit-learn's {@code estimator_weights_}: one per possible round (nEstimators), 0
     * after the last member; with SAMME.R each member weighs 1. A copy.
     */
    public final double[] estimatorWeights() {
        return estimatorWeights.clone();
    }

    /**
     * Each round's weighted training error, scikit-learn's {@code estimator_errors_}: one per possible round, 1 after
     * the last member. A copy.
     */
    public final double[] estimatorErrors() {
        return estimatorErrors.clone();
    }

    /**
     * The decision function, as scikit-learn's {@code decision_function}: with 2 classes one double column, named
     * after the second class, above 0 for it and below 0 for the first; else one column per class, named as
     * {@link #classes()}.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    public final Table decisionFunction(Table features) {
        double[] decision = decision(features);
        if (classes.count() > 2) {
            return ClassProbabilities.table(classes(), decision);
        }
        return Table.create("decision", DoubleColumn.create(classes().get(1), decision));
    }

    /**
     * The class of the highest decision (2 classes: the second where the decision is above 0), as a column of the
     * target's type and name.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    @Override
    public final Column<?> predict(Table features) {
        double[] decision = decision(features);
        if (classes.count() > 2) {
            return classes.decode(ClassProbabilities.mostProbable(decision, classes.count()));
        }
        int[] indexes = new int[decision.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = decision[i] > 0 ? 1 : 0;
        }
        return classes.decode(indexes);
    }

    /**
     * The class probabilities, the softmax of the decision divided by K - 1 (2 classes: of (-d / 2, d / 2)), one
     * double column per class named as {@link #classes()}.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    @Override
    public final Table predictProba(Table features) {
        double[] decision = decision(features);
        int k = classes.count();
        double[] scores;
        if (k == 2) {
            scores = new double[decision.length * 2];
            for (int i = 0; i < decision.length; i++) {
                scores[2 * i] = -decision[i] / 2;
                scores[2 * i + 1] = decision[i] / 2;
            }
        } else {
            scores = decision.clone();
            for (int i = 0; i < scores.length; i++) {
                scores[i] /= k - 1;
            }
        }
        return ClassProbabilities.table(classes(), Boosting.softmax(scores, k));
    }

    /** {@code XModel on [features]: 50 members (DecisionTreeClassifierModel), SAMME_R, classes [...]}. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + " on " + Summary.names(schema.names()) + ": "
                + String.format(Locale.ROOT, "%,d members", estimators.size()) + " ("
                + estimators.get(0).getClass().getSimpleName() + "), " + algorithm + ", classes "
                + Summary.names(classes());
    }

    /** The decision of each row, row-major: one value per row for 2 classes, else one per class. */
    private double[] decision(Table features) {
        int rows = TrainingData.predictFeatures(schema, features, step).rows();
        int k = classes.count();
        double[] sum = new double[rows * k];
        for (int m = 0; m < estimators.size(); m++) {
            ClassifierModel member = estimators.get(m);
            if (algorithm == Algorithm.SAMME_R) {
                double[] scores = WeightBoosting.realScores(WeightBoosting.probabilities(member, features, k), k);
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += scores[j];
                }
            } else {
                int[] votes = WeightBoosting.classIndexes(member.predict(features), classes);
                for (int i = 0; i < rows; i++) {
                    sum[i * k + votes[i]] += estimatorWeights[m];
                }
            }
        }
        double norm = 0;
        for (double weight : estimatorWeights) {
            norm += weight;
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= norm;
        }
        if (k > 2) {
            return sum;
        }
        double[] binary = new double[rows];
        for (int i = 0; i < rows; i++) {
            binary[i] = -sum[2 * i] + sum[2 * i + 1];
        }
        return binary;
    }
}
