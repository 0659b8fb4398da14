package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.WeightedClassifier;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.ClassProbabilities;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The boosting loop AdaBoost and RUSBoost share, as scikit-learn 1.2.1's {@code BaseWeightBoosting.fit} with
 * {@code AdaBoostClassifier._boost_real} (SAMME.R) and {@code _boost_discrete} (SAMME); the only difference between
 * the two estimators is how a round fits its member on the weights ({@link MemberFit}). Each round: the weights
 * (normalised to sum to 1) are raised to machine epsilon where they fell below it (a row of weight 0 at the start
 * stays 0); the member is fitted; its weighted error on every row is measured; a perfect member (error 0) ends the
 * loop with weight 1 and error 0; with SAMME a member no better than chance (error at least 1 - 1/K) is dropped and
 * ends it (the first one fails); otherwise the rows' weights are updated (but after the last round) and the loop ends
 * if their sum is infinite or not positive. A round's member, and anything random in its fit, draws from
 * {@code new SplittableRandom(Parallel.seed(seed, t))}.
 *
 * @param step         names the estimator in messages
 * @param estimator    the member fitted each round
 * @param nEstimators  the most rounds
 * @param learningRate scales each round's update
 * @param algorithm    SAMME or SAMME.R
 * @param seed         seeds every round
 */
record WeightBoosting(String step, WeightedClassifier<?> estimator, int nEstimators, double learningRate,
        Algorithm algorithm, long seed) {

    private static final System.Logger LOG = System.getLogger(WeightBoosting.class.getName());
    /** numpy's {@code finfo(float64).eps}, where scikit-learn clips weights and probabilities. */
    private static final double EPSILON = Math.ulp(1.0);

    /**
     * Validates the parameters AdaBoost and RUSBoost share, as each one's compact constructor.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    static void check(String step, WeightedClassifier<?> estimator, int nEstimators, double learningRate,
            Algorithm algorithm) {
        if (estimator == null) {
            throw new IllegalArgumentException(step + ": estimator must be a WeightedClassifier, found null");
        }
        if (nEstimators < 1) {
            throw new IllegalArgumentException(step + ": nEstimators must be at least 1, found " + nEstimators);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(step + ": learningRate must be a finite number above 0, found "
                    + learningRate);
        }
        if (algorithm == null) {
            throw new IllegalArgumentException(step + ": algorithm must be SAMME or SAMME_R, found null");
        }
    }

    /** scikit-learn's default member: a decision stump, {@code new DecisionTreeClassifier().maxDepth(1)}. */
    static DecisionTreeClassifier stump() {
        return new DecisionTreeClassifier().maxDepth(1);
    }

    /**
     * Boosts on {@code features} and {@code target}.
     *
     * @param sampleWeight the starting weights, checked here; ignored unless {@code weighted} (then equal weights)
     * @param fit          how a round fits its member on the rows and their current weights
     * @throws IllegalArgumentException as the estimators' fit, naming the column or sampleWeight
     * @throws IllegalStateException    with SAMME, if the first member is no better than chance
     */
    Boosted boost(Table features, Column<?> target, double[] sampleWeight, boolean weighted, MemberFit fit) {
        int rows = TrainingData.fitFeatures(features, target, step).rows();
        ClassLabels labels = TrainingData.classes(target, step);
        double[] weights = weighted ? SampleWeights.checked(sampleWeight, rows, step) : new double[rows];
        if (!weighted) {
            Arrays.fill(weights, 1.0);
        }
        divide(weights, sum(weights));
        boolean[] zero = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            zero[i] = weights[i] == 0;
        }
        TrainingRows data = new TrainingRows(features, target, labels);
        double[] estimatorWeights = new double[nEstimators];
        double[] estimatorErrors = new double[nEstimators];
        Arrays.fill(estimatorErrors, 1.0);
        List<ClassifierModel> members = new ArrayList<>();
        for (int t = 0; t < nEstimators; t++) {
            for (int i = 0; i < rows; i++) {
                weights[i] = zero[i] ? 0 : Math.max(weights[i], EPSILON);
            }
            SplittableRandom random = new SplittableRandom(Parallel.seed(seed, t));
            ClassifierModel member = checkedMember(fit.fit(seeded(random.nextLong()), data, weights, random), labels);
            members.add(member);
            boolean last = t == nEstimators - 1;
            Round round = algorithm == Algorithm.SAMME_R ? real(member, data, weights, last)
                    : discrete(member, data, weights, last);
            if (round == null) {
                members.remove(members.size() - 1);
                if (members.isEmpty()) {
                    throw new IllegalStateException(step + ": the first member is no better than chance (weighted"
                            + " error at least 1 - 1/K), so SAMME cannot boost it: use a stronger estimator or"
                            + " SAMME_R");
                }
                break;
            }
            estimatorWeights[t] = round.weight();
            estimatorErrors[t] = round.error();
            if (round.error() == 0) {
                break;
            }
            double total = sum(weights);
            if (Double.isInfinite(total) || Double.isNaN(total)) {
                LOG.log(System.Logger.Level.WARNING, step + ": the sample weights overflowed at round " + t
                        + "; boosting stopped there. Try a lower learningRate.");
                break;
            }
            if (!(total > 0)) {
                break;
            }
            if (!last) {
                divide(weights, total);
            }
        }
        return new Boosted(Schema.of(features), labels.classes(), List.copyOf(members), estimatorWeights,
                estimatorErrors);
    }

    /**
     * A SAMME.R round: the member's weighted error, and, unless it is perfect or {@code last}, each row's weight
     * multiplied by e^(-learningRate (K - 1) / K * sum_k y_ik ln p_ik), where the weight is positive.
     */
    private Round real(ClassifierModel member, TrainingRows data, double[] weights, boolean last) {
        int k = data.labels().count();
        double[] probabilities = probabilities(member, data.features(), k);
        int[] codes = data.labels().codes();
        double error = error(ClassProbabilities.mostProbable(probabilities, k), codes, weights);
        if (error <= 0) {
            return new Round(1, 0);
        }
        if (!last) {
            double other = -1.0 / (k - 1);
            double factor = -1.0 * learningRate * ((k - 1.0) / k);
            for (int i = 0; i < weights.length; i++) {
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    sum += (c == codes[i] ? 1.0 : other) * Math.log(Math.max(probabilities[i * k + c], EPSILON));
                }
                double update = factor * sum;
                if (weights[i] > 0 || update < 0) {
                    weights[i] *= Math.exp(update);
                }
            }
        }
        return new Round(1, error);
    }

    /**
     * A SAMME round: the member's weighted error; null if it is no better than chance; else its weight
     * learningRate * (ln((1 - error) / error) + ln(K - 1)) and, unless it is perfect or {@code last}, the weights of
     * the rows it got wrong multiplied by e^weight (every weight recomputed as e^(ln w + weight if wrong), as
     * scikit-learn).
     */
    private Round discrete(ClassifierModel member, TrainingRows data, double[] weights, boolean last) {
        int k = data.labels().count();
        int[] predicted = classIndexes(member.predict(data.features()), data.labels().classes());
        int[] codes = data.labels().codes();
        double error = error(predicted, codes, weights);
        if (error <= 0) {
            return new Round(1, 0);
        }
        if (error >= 1.0 - 1.0 / k) {
            return null;
        }
        double weight = learningRate * (Math.log((1.0 - error) / error) + Math.log(k - 1.0));
        if (!last) {
            for (int i = 0; i < weights.length; i++) {
                boolean raised = weights[i] > 0 && predicted[i] != codes[i];
                weights[i] = Math.exp(Math.log(weights[i]) + (raised ? weight : 0));
            }
        }
        return new Round(weight, error);
    }

    /** The estimator with its own seed {@code memberSeed}, if it has one. */
    private WeightedClassifier<?> seeded(long memberSeed) {
        return estimator instanceof Seeded<?> seeded ? (WeightedClassifier<?>) seeded.seed(memberSeed) : estimator;
    }

    private ClassifierModel checkedMember(ClassifierModel member, ClassLabels labels) {
        if (!member.targetClasses().equals(labels.classes())) {
            throw new IllegalArgumentException(step + ": a member was fitted on the classes " + member.classes()
                    + ", not on all of " + labels.names() + ": every round's rows must hold every class");
        }
        return member;
    }

    /** The weighted fraction of rows whose predicted class differs from their own, as numpy's average. */
    private static double error(int[] predicted, int[] codes, double[] weights) {
        double wrong = 0;
        for (int i = 0; i < weights.length; i++) {
            wrong += predicted[i] != codes[i] ? weights[i] : 0;
        }
        return wrong / sum(weights);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static void divide(double[] values, double by) {
        for (int i = 0; i < values.length; i++) {
            values[i] /= by;
        }
    }

    /** The member's class probabilities of the rows of {@code features}, row-major, {@code k} per row. */
    static double[] probabilities(ClassifierModel member, Table features, int k) {
        Table table = member.predictProba(features);
        int rows = table.rowCount();
        double[] probabilities = new double[rows * k];
        for (int c = 0; c < k; c++) {
            NumericColumn<?> column = table.numberColumn(c);
            for (int i = 0; i < rows; i++) {
                probabilities[i * k + c] = column.getDouble(i);
            }
        }
        return probabilities;
    }

    /** The index in {@code classes} of each predicted value, a member's prediction being one of the classes. */
    static int[] classIndexes(Column<?> predicted, TargetClasses classes) {
        List<Object> values = classes.values();
        int[] indexes = new int[predicted.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = values.indexOf(predicted.get(i));
        }
        return indexes;
    }

    /**
     * Member m's part of SAMME.R's decision function on rows of {@code k} class probabilities (row-major):
     * (K - 1) (ln p_k - mean_l ln p_l), probabilities clipped at machine epsilon, as scikit-learn's
     * {@code _samme_proba}.
     */
    static double[] realScores(double[] probabilities, int k) {
        double[] scores = new double[probabilities.length];
        for (int i = 0; i < probabilities.length / k; i++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                scores[i * k + c] = Math.log(Math.max(probabilities[i * k + c], EPSILON));
                sum += scores[i * k + c];
            }
            for (int c = 0; c < k; c++) {
                scores[i * k + c] = (k - 1) * (scores[i * k + c] - (1.0 / k) * sum);
            }
        }
        return scores;
    }

    /** The rows a round's member may be fitted on: the features, the target and its classes. */
    record TrainingRows(Table features, Column<?> target, ClassLabels labels) {
    }

    /** How a round fits its member on the rows and their current weights. */
    @FunctionalInterface
    interface MemberFit {
        /**
         * The member fitted; it must know every class of {@code data}.
         *
         * @param member  the estimator, with this round's seed
         * @param weights every row's current weight; must not be modified
         * @param random  this round's generator, after the member's seed was drawn
         */
        ClassifierModel fit(WeightedClassifier<?> member, TrainingRows data, double[] weights,
                SplittableRandom random);
    }

    /** What boosting learned: the fitted columns and classes, the members, and one weight and error per round. */
    record Boosted(Schema schema, TargetClasses classes, List<ClassifierModel> members, double[] estimatorWeights,
            double[] estimatorErrors) {
    }

    /** One round's member weight and weighted error. */
    private record Round(double weight, double error) {
    }
}
