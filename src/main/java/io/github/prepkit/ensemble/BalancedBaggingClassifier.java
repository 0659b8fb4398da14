package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.tree.DecisionTreeClassifier;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Bagging whose every member learns from a balanced sample, as imbalanced-learn 0.10's
 * {@code BalancedBaggingClassifier} on scikit-learn 1.2's {@code BaggingClassifier}: each member is
 * {@code Pipeline(RandomUnderSampler, estimator)} fitted on a bag of the rows. Member {@code t} draws, in
 * scikit-learn's order and all from {@code Parallel.seed(seed, t)}: a seed of its own for the base (if the base is
 * {@link Seeded}; another base, a pipeline say, is fitted as it is); its features ({@code maxFeatures} of them, with
 * replacement if {@code bootstrapFeatures}); its bag, {@code maxSamples} row indexes drawn from all the training rows
 * (with replacement if {@code bootstrap}). The bag is then under-sampled as
 * {@link io.github.prepkit.resample.RandomUnderSampler} would (to {@code samplingStrategy}'s targets for the bag's
 * own class counts, with replacement if {@code replacement}; a row drawn twice into the bag counts twice), and the
 * member is fitted on those rows and its features. So the bootstrap sample is drawn <em>before</em> the balancing,
 * from the imbalanced data, whatever imbalanced-learn's docstring says: that is what its pipeline inside
 * scikit-learn's bagging does.
 *
 * <p>Predictions average the members' {@code predictProba}, each member given its own features, as scikit-learn's
 * bagging does for a base with {@code predict_proba} (every prepkit classifier has one); a member whose bag lacked a
 * class gives it probability 0. The members are fitted on {@code nJobs} threads, identical for any number of them;
 * the random streams are not numpy's, so the members differ from imbalanced-learn's, not their quality. No
 * out-of-bag score, no warm start and no other sampler than the random under-sampling. A bag holding a single class
 * fails, as in imbalanced-learn. The base decides which feature columns it accepts; an infinite value in a numeric
 * feature is refused here, naming the row of the caller's table. A feature drawn twice (bootstrapFeatures) reaches
 * the member as a second column named {@code <name>#2} (a table holds one column per name).
 *
 * @param estimator         the classifier each member fits (default {@code new DecisionTreeClassifier()})
 * @param nEstimators       the number of members (default 10)
 * @param maxSamples        the size of each bag (default all the rows, {@link DrawSize#ALL})
 * @param maxFeatures       the number of features each member sees, at least 1 (default all, {@link DrawSize#ALL})
 * @param bootstrap         whether a bag's rows are drawn with replacement (default true)
 * @param bootstrapFeatures whether a member's features are drawn with replacement (default false)
 * @param samplingStrategy  which classes each bag's under-sampling cuts, and to what size (default
 *                          {@link SamplingStrategy#AUTO}: every class but the bag's minority, to its size)
 * @param replacement       whether the under-sampling draws with replacement (default false)
 * @param nJobs             the threads to fit the members on, -1 for every core (default); it never changes the result
 * @param seed              seeds every member's draws and, for a {@link Seeded} base, its seed
 */
public record BalancedBaggingClassifier(Classifier<?> estimator, int nEstimators, DrawSize maxSamples,
        DrawSize maxFeatures, boolean bootstrap, boolean bootstrapFeatures, SamplingStrategy samplingStrategy,
        boolean replacement, int nJobs, long seed)
        implements Classifier<BalancedBaggingClassifierModel>, Seeded<BalancedBaggingClassifier> {

    private static final String STEP = "BalancedBaggingClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public BalancedBaggingClassifier {
        Checks.notNull(estimator, STEP + ": estimator");
        Forest.checkCounts(STEP, nEstimators, nJobs);
        Checks.notNull(maxSamples, STEP + ": maxSamples");
        Checks.notNull(maxFeatures, STEP + ": maxFeatures");
        Checks.notNull(samplingStrategy, STEP + ": samplingStrategy");
    }

    /**
     * imbalanced-learn 0.10's defaults: 10 decision trees (scikit-learn's defaults), bags of all the rows drawn with
     * replacement, every feature, AUTO, no replacement; every core, seed 0.
     */
    public BalancedBaggingClassifier() {
        this(new DecisionTreeClassifier(), 10, DrawSize.ALL, DrawSize.ALL, true, false, SamplingStrategy.AUTO, false,
                -1, 0);
    }

    /** A copy whose members fit {@code estimator}. */
    public BalancedBaggingClassifier estimator(Classifier<?> estimator) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy with {@code nEstimators} members (at least 1). */
    public BalancedBaggingClassifier nEstimators(int nEstimators) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy drawing bags of {@code maxSamples} rows. */
    public BalancedBaggingClassifier maxSamples(DrawSize maxSamples) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy drawing bags of {@code fraction} of the rows, in (0, 1], truncated (scikit-learn's float max_samples). */
    public BalancedBaggingClassifier maxSamples(double fraction) {
        return maxSamples(DrawSize.of(true, fraction, STEP + ": maxSamples"));
    }

    /** A copy drawing bags of {@code count} rows, at least 1 (scikit-learn's int max_samples). */
    public BalancedBaggingClassifier maxSamples(int count) {
        return maxSamples(DrawSize.of(false, count, STEP + ": maxSamples"));
    }

    /** A copy whose members each see {@code maxFeatures} features. */
    public BalancedBaggingClassifier maxFeatures(DrawSize maxFeatures) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose members see {@code fraction} of the features, in (0, 1], truncated. */
    public BalancedBaggingClassifier maxFeatures(double fraction) {
        return maxFeatures(DrawSize.of(true, fraction, STEP + ": maxFeatures"));
    }

    /** A copy whose members see {@code count} features, at least 1. */
    public BalancedBaggingClassifier maxFeatures(int count) {
        return maxFeatures(DrawSize.of(false, count, STEP + ": maxFeatures"));
    }

    /** A copy drawing each bag's rows with ({@code true}) or without replacement. */
    public BalancedBaggingClassifier bootstrap(boolean bootstrap) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy drawing each member's features with ({@code true}) or without replacement. */
    public BalancedBaggingClassifier bootstrapFeatures(boolean bootstrapFeatures) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy under-sampling each bag with {@code samplingStrategy}. */
    public BalancedBaggingClassifier samplingStrategy(SamplingStrategy samplingStrategy) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose under-sampling draws with ({@code true}) or without replacement. */
    public BalancedBaggingClassifier replacement(boolean replacement) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy fitting its members on {@code nJobs} threads, -1 for every core. */
    public BalancedBaggingClassifier nJobs(int nJobs) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public BalancedBaggingClassifier seed(long seed) {
        return new BalancedBaggingClassifier(estimator, nEstimators, maxSamples, maxFeatures, bootstrap,
                bootstrapFeatures, samplingStrategy, replacement, nJobs, seed);
    }

    /**
     * Fits the members on balanced bags of {@code features} and the class of each row in {@code target}; neither is
     * modified.
     *
     * @throws IllegalArgumentException if there are no rows or no feature, the target's size differs, it has a missing
     *                                  value or fewer than 2 classes, a numeric feature holds an infinite value,
     *                                  maxSamples or maxFeatures draws none or more than there are, a bag holds a
     *                                  single class, the sampling strategy does not fit a bag's classes (an unknown
     *                                  class, a size above the bag's own), or a member's fit fails
     */
    @Override
    public BalancedBaggingClassifierModel fit(Table features, Column<?> target) {
        Bagging.Fitted fitted = Bagging.fit(this, features, target, STEP);
        return BalancedBaggingClassifierModel.of(this, fitted.schema(), fitted.classes(), fitted.members(),
                fitted.features());
    }
}
