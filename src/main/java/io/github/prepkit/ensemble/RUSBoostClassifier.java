package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.WeightedClassifier;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.UnderSampling;
import io.github.prepkit.resample.SamplingStrategy;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Random under-sampling boosting, as imbalanced-learn 0.10's {@code RUSBoostClassifier}: AdaBoost (scikit-learn
 * 1.2.1's loop, SAMME or SAMME.R) where each round first draws a random under-sample of the rows (as
 * {@link io.github.prepkit.resample.RandomUnderSampler} with {@code samplingStrategy} and {@code replacement}: by
 * default every class cut to the minority's size), fits the member on those rows with their current weights, and
 * then measures its error and updates the weights on all the rows. Each member sees the classes balanced, so the
 * ensemble no longer favours the majority; the price is fewer rows per member, more variance. Defaults are
 * imbalanced-learn 0.10's: a stump, 50 rounds, learning rate 1, SAMME.R, AUTO, no replacement. Round t draws its
 * member's seed and then its under-sample from {@code new SplittableRandom(Parallel.seed(seed, t))}, not from
 * numpy's stream, so the members differ from imbalanced-learn's, not their quality. With replacement, a class whose
 * target is its own size keeps each row once (as {@link BalancedRandomForestClassifier}). A SAMME weight update
 * computes e^(ln w + weight) as scikit-learn's AdaBoost, where imbalanced-learn multiplies w by e^weight: the same
 * to the last bits.
 *
 * @param estimator        the member fitted each round on the under-sample (default a stump)
 * @param nEstimators      the most rounds (default 50)
 * @param learningRate     how far each round moves (default 1.0)
 * @param algorithm        {@link Algorithm#SAMME_R} (default) or {@link Algorithm#SAMME}
 * @param samplingStrategy which classes each round's under-sample cuts, and to what size (default
 *                         {@link SamplingStrategy#AUTO}: every class but the minority, to the minority's size)
 * @param replacement      whether the under-sample is drawn with replacement (default false)
 * @param seed             seeds every round's member and under-sample
 */
public record RUSBoostClassifier(WeightedClassifier<?> estimator, int nEstimators, double learningRate,
        Algorithm algorithm, SamplingStrategy samplingStrategy, boolean replacement, long seed)
        implements WeightedClassifier<RUSBoostClassifierModel>, Seeded<RUSBoostClassifier> {

    private static final String STEP = "RUSBoostClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public RUSBoostClassifier {
        WeightBoosting.check(STEP, estimator, nEstimators, learningRate, algorithm);
        if (samplingStrategy == null) {
            throw new IllegalArgumentException(STEP + ": samplingStrategy must be a SamplingStrategy, found null");
        }
    }

    /** imbalanced-learn 0.10's defaults: a stump, 50 rounds, learning rate 1, SAMME.R, AUTO, no replacement; seed 0. */
    public RUSBoostClassifier() {
        this(WeightBoosting.stump(), 50, 1.0, Algorithm.SAMME_R, SamplingStrategy.AUTO, false, 0);
    }

    /** A copy fitting {@code estimator} each round. */
    public RUSBoostClassifier estimator(WeightedClassifier<?> estimator) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /** A copy with at most {@code nEstimators} rounds (at least 1). */
    public RUSBoostClassifier nEstimators(int nEstimators) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /** A copy with learning rate {@code learningRate} (finite, above 0). */
    public RUSBoostClassifier learningRate(double learningRate) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /** A copy boosting with {@code algorithm}. */
    public RUSBoostClassifier algorithm(Algorithm algorithm) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /** A copy under-sampling each round's rows with {@code samplingStrategy}. */
    public RUSBoostClassifier samplingStrategy(SamplingStrategy samplingStrategy) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /** A copy drawing each round's under-sample with ({@code true}) or without replacement. */
    public RUSBoostClassifier replacement(boolean replacement) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public RUSBoostClassifier seed(long seed) {
        return new RUSBoostClassifier(estimator, nEstimators, learningRate, algorithm, samplingStrategy, replacement,
                seed);
    }

    /**
     * Boosts on {@code features} and the class of each row in {@code target}, every row weighing the same at first.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value or an
     *                                  infinite one, the target has a missing value or fewer than 2 classes, its size
     *                                  differs, the sampling strategy does not fit the classes, or the member cannot
     *                                  be fitted on an under-sample
     * @throws IllegalStateException    with SAMME, if the first member is no better than chance
     */
    @Override
    public RUSBoostClassifierModel fit(Table features, Column<?> target) {
        return fit(features, target, null, false);
    }

    /**
     * Boosts as {@link #fit(Table, Column)} from the weights {@code sampleWeight} (normalised to sum to 1); each
     * round's member gets the weights of the rows it is fitted on, as imbalanced-learn.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     * @throws IllegalStateException    as {@link #fit(Table, Column)}
     */
    @Override
    public RUSBoostClassifierModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return fit(features, target, sampleWeight, true);
    }

    private RUSBoostClassifierModel fit(Table features, Column<?> target, double[] sampleWeight, boolean weighted) {
        WeightBoosting.Boosted boosted = new WeightBoosting(STEP, estimator, nEstimators, learningRate, algorithm, seed)
                .boost(features, target, sampleWeight, weighted, this::fitOnUnderSample);
        return RUSBoostClassifierModel.of(this, boosted.schema(), boosted.classes(), boosted.members(),
                boosted.estimatorWeights(), boosted.estimatorErrors());
    }

    /** The member fitted on a random under-sample of the rows, with those rows' weights. */
    private ClassifierModel fitOnUnderSample(WeightedClassifier<?> member, WeightBoosting.TrainingRows rows,
            double[] weights, SplittableRandom random) {
        int[] targets = UnderSamples.targets(samplingStrategy, rows.labels(), STEP);
        int[] kept = UnderSamples.rows(UnderSampling.counts(rows.labels().members(), targets, replacement,
                weights.length, random));
        double[] keptWeights = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            keptWeights[i] = weights[kept[i]];
        }
        return member.fit(Tables.rows(rows.features(), kept), Tables.rows(rows.target(), kept), keptWeights);
    }
}
