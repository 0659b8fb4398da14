package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Over-samples as {@link SMOTE}, but only from the rows on the border between classes (Han, Wang and Mao 2005), as
 * imbalanced-learn's {@code BorderlineSMOTE}. A row of a class to grow is in danger when, of its {@code mNeighbors}
 * nearest rows in the whole table (itself left out), at least half but not all belong to other classes (all of
 * them: the row is noise, and is not used). New rows grow from danger rows only: with
 * {@link Kind#BORDERLINE_1}, towards one of the row's {@code kNeighbors} nearest rows of its own class, as SMOTE;
 * with {@link Kind#BORDERLINE_2}, a Beta(10, 10) share of them so, and the others towards one of the row's
 * {@code kNeighbors} nearest rows of the other classes, at a step u in [0, 0.5) so that they stay nearer their own
 * class. A class with no row in danger is left as it is, as imbalanced-learn does (a warning is logged).
 *
 * <p>Two deliberate differences from imbalanced-learn 0.10: its borderline-2 picks the other-class partners with the
 * indexes of the same-class neighbours, that is, rows of the other classes unrelated to the danger row; here they are
 * the danger row's own nearest other-class rows (if fewer than kNeighbors rows are of other classes, all of them).
 * And its borderline-2 may add one row fewer than asked (it rounds both shares down); here the second share is the
 * rest, so the class reaches its target size. Neighbours are exact, equal distances going to the earlier row; a
 * row's own place in its neighbour list is taken out by index, so a duplicate of it in another class still counts.
 * Results do not depend on {@code nJobs}; the output is laid out as SMOTE's.
 *
 * @param samplingStrategy which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the draws (default 0)
 * @param kNeighbors       the neighbours a new row may lie towards, at least 1 (default 5); every growing class needs
 *                         more rows than this
 * @param mNeighbors       the neighbours that decide whether a row is in danger, at least 1 (default 10); the table
 *                         needs more rows than this
 * @param kind             which variant (default {@link Kind#BORDERLINE_1})
 * @param nJobs            threads for the neighbour searches, or -1 for every core (default -1)
 */
public record BorderlineSMOTE(SamplingStrategy samplingStrategy, long seed, int kNeighbors, int mNeighbors, Kind kind,
                              int nJobs) implements Sampler {

    /** The two variants of Han et al. */
    public enum Kind {
        /** New rows lie between a danger row and a same-class neighbour (imbalanced-learn's "borderline-1"). */
        BORDERLINE_1,
        /** Also, up to half-way, between a danger row and an other-class neighbour ("borderline-2"). */
        BORDERLINE_2
    }

    private static final String STEP = "BorderlineSMOTE";
    private static final String HINT = "BorderlineSMOTE interpolates numeric columns only: encode the column first"
            + " (io.github.prepkit.encode), or use SMOTENC, which also handles categorical columns";
    private static final System.Logger LOG = System.getLogger(BorderlineSMOTE.class.getName());
    /** Both parameters of the Beta distribution of borderline-2's same-class share, as imbalanced-learn's. */
    private static final int BETA_SHAPE = 10;

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public BorderlineSMOTE {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        Checks.notNull(kind, "kind");
        SmoteParameters.atLeastOne("kNeighbors", kNeighbors, STEP);
        SmoteParameters.atLeastOne("mNeighbors", mNeighbors, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: balanced classes, borderline-1, k = 5, m = 10, seed 0, every core. */
    public BorderlineSMOTE() {
        this(SamplingStrategy.AUTO, 0, 5, 10, Kind.BORDERLINE_1, -1);
    }

    /** A copy with another strategy. */
    public BorderlineSMOTE samplingStrategy(SamplingStrategy samplingStrategy) {
        return new BorderlineSMOTE(samplingStrategy, seed, kNeighbors, mNeighbors, kind, nJobs);
    }

    /** A copy with another seed. */
    public BorderlineSMOTE seed(long seed) {
        return new BorderlineSMOTE(samplingStrategy, seed, kNeighbors, mNeighbors, kind, nJobs);
    }

    /** A copy drawing partners among {@code kNeighbors} neighbours. */
    public BorderlineSMOTE kNeighbors(int kNeighbors) {
        return new BorderlineSMOTE(samplingStrategy, seed, kNeighbors, mNeighbors, kind, nJobs);
    }

    /** A copy judging danger by {@code mNeighbors} neighbours. */
    public BorderlineSMOTE mNeighbors(int mNeighbors) {
        return new BorderlineSMOTE(samplingStrategy, seed, kNeighbors, mNeighbors, kind, nJobs);
    }

    /** A copy of the other variant. */
    public BorderlineSMOTE kind(Kind kind) {
        return new BorderlineSMOTE(samplingStrategy, seed, kNeighbors, mNeighbors, kind, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public BorderlineSMOTE nJobs(int nJobs) {
        return new BorderlineSMOTE(samplingStrategy, seed, kNeighbors, mNeighbors, kind, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, a growing class has no more than kNeighbors rows, or the table
     *                                  no more than mNeighbors rows
     */
    @Override
    public Table fitResample(Table data, String target) {
        SmoteInput input = SmoteInput.of(data, target, samplingStrategy, List.of(), STEP, HINT);
        input.requireNeighbours("kNeighbors", kNeighbors, STEP);
        if (data.rowCount() <= mNeighbors) {
            throw new IllegalArgumentException(STEP + ": mNeighbors = " + mNeighbors + " needs a table of more than "
                    + mNeighbors + " rows, found " + data.rowCount() + ": lower mNeighbors");
        }
        FeatureMatrix features = input.features();
        SyntheticRows rows = new SyntheticRows(data, features, List.of(target));
        SplittableRandom random = new SplittableRandom(seed);
        int[] codes = input.classes().codes();
        for (int c : input.growing()) {
            int[] members = input.classes().members(c);
            int[] danger = danger(features, members, codes, c);
            if (danger.length == 0) {
                LOG.log(System.Logger.Level.WARNING, () -> STEP + ": no row of class '" + input.classes().names().get(c)
                        + "' is in danger (at least half but not all of its " + mNeighbors + " nearest rows in"
                        + " other classes); the class is left with its " + members.length + " rows");
                continue;
            }
            Neighbourhood same = Neighbourhood.of(features.values(), features.columns(), danger, members, kNeighbors,
                    true, nJobs);
            int count = input.shortfall(c);
            int towardsSame = kind == Kind.BORDERLINE_1 ? count : (int) (beta(random) * (count + 1));
            Draws draws = Draws.of(same, towardsSame, 1, random);
            rows.add(draws, draws.bases());
            if (towardsSame < count) {
                int[] others = IntStream.range(0, codes.length).filter(i -> codes[i] != c).toArray();
                Neighbourhood other = Neighbourhood.of(features.values(), features.columns(), danger, others,
                        Math.min(kNeighbors, others.length), false, nJobs);
                Draws across = Draws.of(other, count - towardsSame, 0.5, random);
                rows.add(across, across.bases());
            }
        }
        return rows.table();
    }

    /**
     * The rows of {@code members} (class {@code c}) in danger: of their mNeighbors nearest rows in the table, the
     * number m' in other classes has {@code m / 2 <= m' < m}.
     */
    private int[] danger(FeatureMatrix features, int[] members, int[] codes, int c) {
        int[] all = IntStream.range(0, codes.length).toArray();
        Neighbourhood around = Neighbourhood.of(features.values(), features.columns(), members, all, mNeighbors, true,
                nJobs);
        return IntStream.range(0, members.length).filter(i -> {
            int others = (int) IntStream.of(around.neighbours()[i]).filter(row -> codes[row] != c).count();
            return 2 * others >= mNeighbors && others < mNeighbors;
        }).map(i -> members[i]).toArray();
    }

    /** A Beta(10, 10) draw, as G / (G + H) for G and H Gamma(10, 1), each a sum of ten Exponential(1) draws. */
    private static double beta(SplittableRandom random) {
        double g = gamma(random);
        return g / (g + gamma(random));
    }

    private static double gamma(SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < BETA_SHAPE; i++) {
            sum -= Math.log(1 - random.nextDouble());
        }
        return sum;
    }
}
