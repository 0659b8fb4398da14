package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.NumpySum;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Over-samples as {@link SMOTE}, but more from the rows that are harder to learn (Adaptive Synthetic sampling, He et
 * al. 2008), as imbalanced-learn's {@code ADASYN}: {@code new ADASYN().seed(0).fitResample(train, "label")}. For each
 * class the strategy grows, every row of the class gets the share r of other-class rows among its {@code nNeighbors}
 * nearest rows of the whole table (itself left out); the r are normalised to sum to 1, and a row makes
 * {@code rint(r * shortfall)} new rows (half to even, as NumPy's {@code rint}, the normalising sum taken in NumPy's
 * pairwise order so that the counts are imbalanced-learn's to the row). So the class may end a few rows off its
 * target size, exactly as in imbalanced-learn. Each new row lies at {@code base + u * (partner - base)}, the partner
 * drawn uniformly among the row's {@code nNeighbors} nearest rows of its own class, u uniform in [0, 1); the
 * generator is Java's {@link SplittableRandom}, so the rows differ from imbalanced-learn's while the counts and the
 * law are the same.
 *
 * <p>Every column but the target must be numeric. The result holds the original rows first, then the new rows class
 * by class in class order, and within a class base row by base row; the layout is SMOTE's. Neighbours are exact,
 * equal distances going to the earlier row; a row's own place in its neighbour list is taken out by index (imbalanced-
 * learn drops the first place, which differs only when the row has an exact duplicate in another class). A growing
 * class all of whose rows have only same-class neighbours fails, as in imbalanced-learn (there is nothing to weight;
 * use SMOTE). Results do not depend on {@code nJobs}.
 *
 * @param samplingStrategy which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the draws (default 0)
 * @param nNeighbors       the neighbours that weight a row and that a new row may lie towards, at least 1 (default
 *                         5); every growing class needs more rows than this
 * @param nJobs            threads for the neighbour searches, or -1 for every core (default -1)
 */
public record ADASYN(SamplingStrategy samplingStrategy, long seed, int nNeighbors, int nJobs) implements Sampler {

    private static final String STEP = "ADASYN";
    private static final String HINT = "ADASYN interpolates numeric columns only: encode the column first"
            + " (io.github.prepkit.encode), or use SMOTENC, which also handles categorical columns";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public ADASYN {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class grows to the majority's size, 5 neighbours, seed 0, every core. */
    public ADASYN() {
        this(SamplingStrategy.AUTO, 0, 5, -1);
    }

    /** A copy with another strategy. */
    public ADASYN samplingStrategy(SamplingStrategy samplingStrategy) {
        return new ADASYN(samplingStrategy, seed, nNeighbors, nJobs);
    }

    /** A copy with another seed. */
    public ADASYN seed(long seed) {
        return new ADASYN(samplingStrategy, seed, nNeighbors, nJobs);
    }

    /** A copy weighting rows by, and drawing partners among, {@code nNeighbors} neighbours. */
    public ADASYN nNeighbors(int nNeighbors) {
        return new ADASYN(samplingStrategy, seed, nNeighbors, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public ADASYN nJobs(int nJobs) {
        return new ADASYN(samplingStrategy, seed, nNeighbors, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, a growing class has no more than nNeighbors rows, no row of a
     *                                  growing class has a neighbour in another class, or the rounding leaves a
     *                                  growing class no new row
     */
    @Override
    public Table fitResample(Table data, String target) {
        SmoteInput input = SmoteInput.of(data, target, samplingStrategy, List.of(), STEP, HINT);
        input.requireNeighbours("nNeighbors", nNeighbors, STEP);
        FeatureMatrix features = input.features();
        SyntheticRows rows = new SyntheticRows(data, features, List.of(target));
        SplittableRandom random = new SplittableRandom(seed);
        int[] codes = input.classes().codes();
        int[] all = IntStream.range(0, codes.length).toArray();
        for (int c : input.growing()) {
            int[] members = input.classes().members(c);
            Neighbourhood around = Neighbourhood.of(features.values(), features.columns(), members, all, nNeighbors,
                    true, nJobs);
            int[] others = IntStream.range(0, members.length)
                    .map(i -> (int) IntStream.of(around.neighbours()[i]).filter(row -> codes[row] != c).count())
                    .toArray();
            int[] counts = counts(others, nNeighbors, input.shortfall(c), input.classes().names().get(c));
            Neighbourhood same = Neighbourhood.of(features.values(), features.columns(), members, members, nNeighbors,
                    true, nJobs);
            Draws draws = Draws.perBase(same, counts, random);
            rows.add(draws, draws.bases());
        }
        return rows.table();
    }

    /**
     * How many new rows each row of a class makes, as imbalanced-learn 0.10: with {@code others[i]} of row i's
     * {@code nNeighbors} nearest rows in other classes, r_i = others[i] / nNeighbors, normalised by their sum (NumPy's
     * pairwise sum), times the shortfall, rounded half to even.
     *
     * @throws IllegalArgumentException if every r_i is 0, or every count rounds to 0
     */
    static int[] counts(int[] others, int nNeighbors, int shortfall, String label) {
        double[] ratios = new double[others.length];
        for (int i = 0; i < others.length; i++) {
            ratios[i] = (double) others[i] / nNeighbors;
        }
        double sum = NumpySum.of(ratios);
        if (sum == 0) {
            throw new IllegalArgumentException(STEP + ": no row of class '" + label + "' has a neighbour of another"
                    + " class among its " + nNeighbors + " nearest rows, so ADASYN has no row to weight (imbalanced-learn"
                    + " fails too): use SMOTE, or raise nNeighbors");
        }
        int[] counts = new int[others.length];
        for (int i = 0; i < others.length; i++) {
            counts[i] = (int) Math.rint(ratios[i] / sum * shortfall);
        }
        if (IntStream.of(counts).sum() == 0) {
            throw new IllegalArgumentException(STEP + ": class '" + label + "' would gain no row: its shortfall of "
                    + shortfall + " rounds to 0 for every row (imbalanced-learn fails too): ask for more rows with the"
                    + " sampling strategy, or use SMOTE");
        }
        return counts;
    }
}
