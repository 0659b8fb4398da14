package io.github.prepkit.ensemble;

import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.WeightedClassifier;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Adaptive boosting, as scikit-learn 1.2.1's {@code AdaBoostClassifier}: members fitted one after the other on the
 * same rows, each round's sample weights raised on the rows the last member got wrong (SAMME) or gave a low
 * probability to their class (SAMME.R), so that later members attend to the hard rows. Shallow members (by default a
 * stump, a tree of depth 1) start with high bias, which each round lowers; many rounds or a high learning rate
 * raise the variance. The loop is scikit-learn's: the weights normalised each round and kept above machine epsilon,
 * the early stops (a perfect member, SAMME's member no better than chance, weights that overflow or vanish). Member t
 * gets the seed {@code new SplittableRandom(Parallel.seed(seed, t)).nextLong()} when its estimator is
 * {@link Seeded} (scikit-learn draws each member's random_state from one generator instead), so the members differ
 * from scikit-learn's only where features tie exactly. The rounds cannot run in parallel: each needs the last's
 * weights.
 *
 * @param estimator    the member fitted each round on the weighted rows (default
 *                     {@code new DecisionTreeClassifier().maxDepth(1)}, a stump)
 * @param nEstimators  the most rounds (default 50); fewer when a stop comes first
 * @param learningRate how far each round moves (default 1.0): SAMME scales each member's weight by it, SAMME.R the
 *                     rows' weight updates; lower needs more rounds and lowers the variance
 * @param algorithm    {@link Algorithm#SAMME_R} (default, as scikit-learn 1.2.1) or {@link Algorithm#SAMME}
 * @param seed         seeds each member's own seed
 */
public record AdaBoostClassifier(WeightedClassifier<?> estimator, int nEstimators, double learningRate,
        Algorithm algorithm, long seed)
        implements WeightedClassifier<AdaBoostClassifierModel>, Seeded<AdaBoostClassifier> {

    private static final String STEP = "AdaBoostClassifier";

    /** How the rounds weigh members and rows, as scikit-learn's {@code algorithm}. */
    public enum Algorithm {
        /**
         * Discrete AdaBoost for K classes (Zhu et al.): member m's weight is learningRate * (ln((1 - err) / err) +
         * ln(K - 1)), the rows it got wrong are weighted up by e^weight, and the decision is the weighted vote.
         */
        SAMME,
        /**
         * Real AdaBoost for K classes: every member weighs 1, row i's weight is multiplied by
         * e^(-learningRate (K - 1) / K * sum_k y_ik ln p_ik) (y_ik 1 for its class, -1 / (K - 1) for the others),
         * and the decision adds (K - 1) (ln p_k - mean_l ln p_l) over the members, probabilities clipped at machine
         * epsilon.
         */
        SAMME_R
    }

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public AdaBoostClassifier {
        WeightBoosting.check(STEP, estimator, nEstimators, learningRate, algorithm);
    }

    /** scikit-learn 1.2.1's defaults: a stump, 50 rounds, learning rate 1, SAMME.R; seed 0. */
    public AdaBoostClassifier() {
        this(WeightBoosting.stump(), 50, 1.0, Algorithm.SAMME_R, 0);
    }

    /** A copy fitting {@code estimator} each round. */
    public AdaBoostClassifier estimator(WeightedClassifier<?> estimator) {
        return new AdaBoostClassifier(estimator, nEstimators, learningRate, algorithm, seed);
    }

    /** A copy with at most {@code nEstimators} rounds (at least 1). */
    public AdaBoostClassifier nEstimators(int nEstimators) {
        return new AdaBoostClassifier(estimator, nEstimators, learningRate, algorithm, seed);
    }

    /** A copy with learning rate {@code learningRate} (finite, above 0). */
    public AdaBoostClassifier learningRate(double learningRate) {
        return new AdaBoostClassifier(estimator, nEstimators, learningRate, algorithm, seed);
    }

    /** A copy boosting with {@code algorithm}. */
    public AdaBoostClassifier algorithm(Algorithm algorithm) {
        return new AdaBoostClassifier(estimator, nEstimators, learningRate, algorithm, seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public AdaBoostClassifier seed(long seed) {
        return new AdaBoostClassifier(estimator, nEstimators, learningRate, algorithm, seed);
    }

    /**
     * Boosts on {@code features} and the class of each row in {@code target}, every row weighing the same at first.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value or an
     *                                  infinite one, the target has a missing value or fewer than 2 classes, its size
     *                                  differs, or the member cannot be fitted on them
     * @throws IllegalStateException    with SAMME, if the first member is no better than chance (scikit-learn's
     *                                  "worse than random" error)
     */
    @Override
    public AdaBoostClassifierModel fit(Table features, Column<?> target) {
        return fit(features, target, null, false);
    }

    /**
     * Boosts as {@link #fit(Table, Column)} from the weights {@code sampleWeight} (normalised to sum to 1) instead of
     * equal ones; a row of weight 0 keeps weight 0 in every round.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     * @throws IllegalStateException    as {@link #fit(Table, Column)}
     */
    @Override
    public AdaBoostClassifierModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return fit(features, target, sampleWeight, true);
    }

    private AdaBoostClassifierModel fit(Table features, Column<?> target, double[] sampleWeight, boolean weighted) {
        WeightBoosting.Boosted boosted = new WeightBoosting(STEP, estimator, nEstimators, learningRate, algorithm, seed)
                .boost(features, target, sampleWeight, weighted,
                        (member, rows, weights, random) -> member.fit(rows.features(), rows.target(), weights));
        return AdaBoostClassifierModel.of(this, boosted.schema(), boosted.classes(), boosted.members(),
                boosted.estimatorWeights(), boosted.estimatorErrors());
    }
}
