package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.resample.SamplingStrategy;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * EasyEnsemble (Liu, Wu and Zhou 2009), as imbalanced-learn 0.10's {@code EasyEnsembleClassifier}: AdaBoost learners,
 * each fitted on a random under-sample of all the rows (by default every class cut to the minority's size). It is a
 * {@link BalancedBaggingClassifier} of {@code estimator} with bags of all the rows drawn without replacement and every
 * feature, and is fitted by that bagging's code, so everything said there holds: member {@code t} draws its seed (for
 * a {@link Seeded} base) and its under-sample from {@code Parallel.seed(seed, t)}, identical for any {@code nJobs};
 * the random streams are not numpy's, so the members differ from imbalanced-learn's, not their quality; predictions
 * average the members' {@code predictProba}. No warm start.
 *
 * @param nEstimators      the number of AdaBoost learners (default 10)
 * @param estimator        the classifier each member fits (default {@code new AdaBoostClassifier()}, scikit-learn's
 *                         50 stumps)
 * @param samplingStrategy which classes each member's under-sample cuts, and to what size (default
 *                         {@link SamplingStrategy#AUTO})
 * @param replacement      whether the under-sampling draws with replacement (default false)
 * @param nJobs            the threads to fit the members on, -1 for every core (default); it never changes the result
 * @param seed             seeds every member's draws and, for a {@link Seeded} base, its seed
 */
public record EasyEnsembleClassifier(int nEstimators, Classifier<?> estimator, SamplingStrategy samplingStrategy,
        boolean replacement, int nJobs, long seed)
        implements Classifier<EasyEnsembleClassifierModel>, Seeded<EasyEnsembleClassifier> {

    private static final String STEP = "EasyEnsembleClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public EasyEnsembleClassifier {
        Forest.checkCounts(STEP, nEstimators, nJobs);
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(samplingStrategy, STEP + ": samplingStrategy");
    }

    /** imbalanced-learn 0.10's defaults: 10 AdaBoost learners, AUTO, no replacement; every core, seed 0. */
    public EasyEnsembleClassifier() {
        this(10, new AdaBoostClassifier(), SamplingStrategy.AUTO, false, -1, 0);
    }

    /** A copy with {@code nEstimators} members (at least 1). */
    public EasyEnsembleClassifier nEstimators(int nEstimators) {
        return new EasyEnsembleClassifier(nEstimators, estimator, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose members fit {@code estimator}. */
    public EasyEnsembleClassifier estimator(Classifier<?> estimator) {
        return new EasyEnsembleClassifier(nEstimators, estimator, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy under-sampling each member's rows with {@code samplingStrategy}. */
    public EasyEnsembleClassifier samplingStrategy(SamplingStrategy samplingStrategy) {
        return new EasyEnsembleClassifier(nEstimators, estimator, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose under-sampling draws with ({@code true}) or without replacement. */
    public EasyEnsembleClassifier replacement(boolean replacement) {
        return new EasyEnsembleClassifier(nEstimators, estimator, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy fitting its members on {@code nJobs} threads, -1 for every core. */
    public EasyEnsembleClassifier nJobs(int nJobs) {
        return new EasyEnsembleClassifier(nEstimators, estimator, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public EasyEnsembleClassifier seed(long seed) {
        return new EasyEnsembleClassifier(nEstimators, estimator, samplingStrategy, replacement, nJobs, seed);
    }

    /**
     * The balanced bagging this ensemble is: its members, strategy, replacement, threads and seed; bags of all the
     * rows without replacement; every feature.
     */
    BalancedBaggingClassifier bagging() {
        return new BalancedBaggingClassifier(estimator, nEstimators, DrawSize.ALL, DrawSize.ALL, false, false,
                samplingStrategy, replacement, nJobs, seed);
    }

    /**
     * Fits the members, each on a random under-sample of {@code features} and the class of each row in
     * {@code target}; neither is modified.
     *
     * @throws IllegalArgumentException if there are no rows or no feature, the target's size differs, it has a missing
     *                                  value or fewer than 2 classes, a numeric feature holds an infinite value, the
     *                                  sampling strategy does not fit the classes, or a member's fit fails
     */
    @Override
    public EasyEnsembleClassifierModel fit(Table features, Column<?> target) {
        Bagging.Fitted fitted = Bagging.fit(bagging(), features, target, STEP);
        return EasyEnsembleClassifierModel.of(this, fitted.schema(), fitted.classes(), fitted.members());
    }
}
