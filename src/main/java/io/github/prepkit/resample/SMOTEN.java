package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.neighbors.NearestNeighbors;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * Over-samples a table whose columns are all categorical (SMOTE for Nominal features, Chawla et al. 2002), as
 * imbalanced-learn's {@code SMOTEN}: {@code new SMOTEN().seed(0).fitResample(survey, "label")}. Rows are compared by
 * the value difference metric (see imbalanced-learn's {@code ValueDifferenceMetric}: two levels of a column are close
 * when the classes are spread alike among their rows, the class shares counted on the whole table). For each class
 * the strategy grows, every row of the class gets its {@code kNeighbors + 1} nearest rows of the class, itself among
 * them, as imbalanced-learn's; each new row takes a base row of the class drawn uniformly, and in each column the
 * level most frequent among the base's neighbourhood, the lowest level (in sorted order) on a tie, as SciPy's
 * {@code mode} that imbalanced-learn uses. The draws come from Java's {@link SplittableRandom}, not NumPy's, so which
 * rows are drawn differs from imbalanced-learn while the class counts and the rows that can be drawn are the same.
 *
 * <p>Every column but the target is categorical, whatever its type (a numeric column's values are levels, as
 * imbalanced-learn's {@code OrdinalEncoder} takes them); every column keeps its type, each new value copied from a row
 * holding it. The result holds the original rows first, then the new rows class by class in class order. Where rows
 * tie at the (k + 1)-th distance the earlier row is taken; imbalanced-learn leaves that to NumPy's partition, so on
 * such ties its neighbourhood, and then a new row, may differ. The distances cost O(n_c^2 x columns) per growing class
 * of n_c rows, on {@code nJobs} threads; the result does not depend on {@code nJobs}.
 *
 * @param samplingStrategy which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the draws (default 0)
 * @param kNeighbors       the neighbours besides the row itself whose levels vote, at least 1 (default 5); every
 *                         growing class needs more rows than this
 * @param nJobs            threads for the distances, or -1 for every core (default -1)
 */
public record SMOTEN(SamplingStrategy samplingStrategy, long seed, int kNeighbors, int nJobs) implements Sampler {

    private static final String STEP = "SMOTEN";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public SMOTEN {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("kNeighbors", kNeighbors, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class grows to the majority's size, 5 neighbours, seed 0, every core. */
    public SMOTEN() {
        this(SamplingStrategy.AUTO, 0, 5, -1);
    }

    /** A copy with another strategy. */
    public SMOTEN samplingStrategy(SamplingStrategy samplingStrategy) {
        return new SMOTEN(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy with another seed. */
    public SMOTEN seed(long seed) {
        return new SMOTEN(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy voting among {@code kNeighbors} neighbours and the base row. */
    public SMOTEN kNeighbors(int kNeighbors) {
        return new SMOTEN(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy computing distances on {@code nJobs} threads. */
    public SMOTEN nJobs(int nJobs) {
        return new SMOTEN(samplingStrategy, seed, kNeighbors, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if there is no column besides the target, a column has a missing value or
     *                                  is a continuous number column, or a growing class has no more than kNeighbors
     *                                  rows
     */
    @Override
    public Table fitResample(Table data, String target) {
        SmoteInput input = SmoteInput.categorical(data, target, samplingStrategy, STEP);
        List<String> columns = data.columnNames().stream().filter(name -> !name.equals(target)).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": needs at least one categorical column besides the target '"
                    + target + "'");
        }
        input.requireNeighbours("kNeighbors", kNeighbors, STEP);
        Categories categories = Categories.of(data, columns, STEP);
        ValueDifferenceMetric metric = categories.valueDifference(input.classes());
        List<String> copied = new ArrayList<>(List.of(target));
        copied.addAll(columns);
        SyntheticRows rows = new SyntheticRows(data, input.features(), copied);
        SplittableRandom random = new SplittableRandom(seed);
        for (int c : input.growing()) {
            Neighbourhood neighbourhood = neighbourhood(metric, input.classes().members(c));
            Draws draws = Draws.of(neighbourhood, input.shortfall(c), 0, random);
            int[][] sources = new int[copied.size()][];
            sources[0] = draws.bases();
            System.arraycopy(categories.mode(neighbourhood, draws), 0, sources, 1, columns.size());
            rows.add(draws, sources);
        }
        return rows.table();
    }

    /** Each row of {@code members} and its kNeighbors + 1 nearest rows of {@code members}, itself among them. */
    Neighbourhood neighbourhood(ValueDifferenceMetric metric, int[] members) {
        int[][] found = NearestNeighbors.precomputed(metric.pairwise(members, nJobs), kNeighbors + 1);
        int[][] neighbours = new int[members.length][kNeighbors + 1];
        for (int i = 0; i < members.length; i++) {
            for (int j = 0; j <= kNeighbors; j++) {
                neighbours[i][j] = members[found[i][j]];
            }
        }
        return new Neighbourhood(members, neighbours);
    }
}
