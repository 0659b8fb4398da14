package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * Over-samples by synthesising rows (Synthetic Minority Over-sampling TEchnique, Chawla et al. 2002), as
 * imbalanced-learn's {@code SMOTE}: {@code new SMOTE().seed(0).fitResample(train, "label")}. For each class the
 * strategy grows, every row of the class gets its {@code kNeighbors} nearest rows of the same class (Euclidean, itself
 * left out); each new row then takes a random row of the class as base, a random one of its k neighbours as partner,
 * and lies at {@code base + u * (partner - base)}, u uniform in [0, 1). The base and the neighbour are one uniform
 * draw from the rows x k table of neighbours, as imbalanced-learn's {@code _make_samples}; the generator is Java's
 * {@link SplittableRandom}, not NumPy's, so the rows differ from imbalanced-learn's while the class counts and the
 * law they follow are the same.
 *
 * <p>Every column but the target must be numeric (for categorical columns use {@link SMOTENC}). The result holds the
 * original rows first, then the new rows class by class in class order; the feature columns come out as double
 * columns (imbalanced-learn casts a pandas frame back to its dtypes, truncating an integer column's new values), the
 * target column keeps its type. Neighbours are exact, equal distances going to the earlier row (scikit-learn's brute
 * force); the search costs O(n_c^2 x features) per growing class of n_c rows, on {@code nJobs} threads, and the
 * result does not depend on {@code nJobs}.
 *
 * @param samplingStrategy which classes grow, and to what size (default {@link SamplingStrategy#AUTO}: every class to
 *                         the majority's size)
 * @param seed             the seed of the draws (default 0)
 * @param kNeighbors       the same-class neighbours a new row may lie towards, at least 1 (default 5); every growing
 *                         class needs more rows than this
 * @param nJobs            threads for the neighbour search, or -1 for every core (default -1)
 */
public record SMOTE(SamplingStrategy samplingStrategy, long seed, int kNeighbors, int nJobs) implements Sampler {

    private static final String STEP = "SMOTE";
    private static final String HINT = "SMOTE interpolates numeric columns only: use SMOTENC, which also handles"
            + " categorical columns, or encode the column first (io.github.prepkit.encode)";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public SMOTE {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("kNeighbors", kNeighbors, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class grows to the majority's size, 5 neighbours, seed 0, every core. */
    public SMOTE() {
        this(SamplingStrategy.AUTO, 0, 5, -1);
    }

    /** A copy with another strategy. */
    public SMOTE samplingStrategy(SamplingStrategy samplingStrategy) {
        return new SMOTE(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy with another seed. */
    public SMOTE seed(long seed) {
        return new SMOTE(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy drawing partners among {@code kNeighbors} same-class neighbours. */
    public SMOTE kNeighbors(int kNeighbors) {
        return new SMOTE(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public SMOTE nJobs(int nJobs) {
        return new SMOTE(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, or a growing class has no more than kNeighbors rows
     */
    @Override
    public Table fitResample(Table data, String target) {
        SmoteInput input = SmoteInput.of(data, target, samplingStrategy, List.of(), STEP, HINT);
        input.requireNeighbours("kNeighbors", kNeighbors, STEP);
        FeatureMatrix features = input.features();
        SyntheticRows rows = new SyntheticRows(data, features, List.of(target));
        SplittableRandom random = new SplittableRandom(seed);
        for (int c : input.growing()) {
            int[] members = input.classes().members(c);
            Neighbourhood neighbourhood = Neighbourhood.of(features.values(), features.columns(), members, members,
                    kNeighbors, true, nJobs);
            Draws draws = Draws.of(neighbourhood, input.shortfall(c), 1, random);
            rows.add(draws, draws.bases());
        }
        return rows.table();
    }
}
