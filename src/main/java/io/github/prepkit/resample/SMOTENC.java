package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.Moments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * Over-samples a table with numeric and categorical columns (SMOTE-NC, Chawla et al. 2002), as imbalanced-learn's
 * {@code SMOTENC}: {@code new SMOTENC().fitResample(train, "label")} treats every string column as categorical.
 * Neighbours are found as by {@link SMOTE}, on the numeric columns followed by the categorical ones one-hot encoded
 * with value {@code median / 2} instead of 1, where median is the median, over the numeric columns, of their
 * population standard deviation within the minority class (the smallest class; on a tie, the first in class order),
 * so that two rows that differ in one category are {@code median / sqrt(2)} apart on its account. A new row's
 * numeric values are interpolated between base and partner as SMOTE's; its level in each categorical column is the
 * most frequent among the base's k neighbours (the base itself not counted), a tie going to one of the tied levels
 * drawn from the seeded generator, as imbalanced-learn. If the median is 0, the categorical columns do not count in
 * the distances (as imbalanced-learn) but are still voted on.
 *
 * <p>Categorical columns keep their type and hold only levels found in the data; a missing value there is refused
 * (impute it first). Every other column but the target must be numeric, and there must be at least one
 * (imbalanced-learn refuses tables that are all categorical: see its SMOTEN); numeric columns come out as double
 * columns; the layout is SMOTE's, and results do not depend on {@code nJobs}. The encoded points take
 * O(n x (numeric columns + levels)) memory.
 *
 * @param categoricalColumns the categorical columns, of any type; empty (the default) means every string column but
 *                           the target
 * @param samplingStrategy   which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed               the seed of the draws and of the tie breaks (default 0)
 * @param kNeighbors         the neighbours a new row may lie towards and that vote on its levels, at least 1
 *                           (default 5); every growing class needs more rows than this
 * @param nJobs              threads for the neighbour search, or -1 for every core (default -1)
 */
public record SMOTENC(List<String> categoricalColumns, SamplingStrategy samplingStrategy, long seed, int kNeighbors,
                      int nJobs) implements Sampler {

    private static final String STEP = "SMOTENC";
    private static final String HINT = "SMOTENC interpolates numeric columns and votes on categorical ones: name it in"
            + " categoricalColumns (by default only string columns are categorical)";

    /**
     * Validates every parameter and freezes the column list.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range, or a column listed twice
     */
    public SMOTENC {
        categoricalColumns = Checks.columnNames(categoricalColumns, STEP);
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("kNeighbors", kNeighbors, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults (string columns categorical): balanced classes, 5 neighbours, seed 0, every core. */
    public SMOTENC() {
        this(List.of(), SamplingStrategy.AUTO, 0, 5, -1);
    }

    /** A copy treating the named columns as categorical; with no name, every string column. */
    public SMOTENC categoricalColumns(String... categoricalColumns) {
        return new SMOTENC(Checks.asList("categoricalColumns", categoricalColumns), samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy with another strategy. */
    public SMOTENC samplingStrategy(SamplingStrategy samplingStrategy) {
        return new SMOTENC(categoricalColumns, samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy with another seed. */
    public SMOTENC seed(long seed) {
        return new SMOTENC(categoricalColumns, samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy drawing partners and voters among {@code kNeighbors} same-class neighbours. */
    public SMOTENC kNeighbors(int kNeighbors) {
        return new SMOTENC(categoricalColumns, samplingStrategy, seed, kNeighbors, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public SMOTENC nJobs(int nJobs) {
        return new SMOTENC(categoricalColumns, samplingStrategy, seed, kNeighbors, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a categorical column is missing from the table, is the target or has
     *                                  a missing value, another column is not numeric or has a missing or infinite
     *                                  value, there is no numeric column, or a growing class has no more than
     *                                  kNeighbors rows
     */
    @Override
    public Table fitResample(Table data, String target) {
        List<String> categorical = categorical(Checks.notNull(data, "data"), target);
        SmoteInput input = SmoteInput.of(data, target, samplingStrategy, categorical, STEP, HINT);
        input.requireNeighbours("kNeighbors", kNeighbors, STEP);
        FeatureMatrix features = input.features();
        Categories categories = Categories.of(data, categorical, STEP);
        double[] encoded = categories.encode(features, minorityMedianStd(input) / 2);
        int width = categories.width(features);
        List<String> copied = new ArrayList<>(List.of(target));
        copied.addAll(categorical);
        SyntheticRows rows = new SyntheticRows(data, features, copied);
        SplittableRandom random = new SplittableRandom(seed);
        for (int c : input.growing()) {
            int[] members = input.classes().members(c);
            Neighbourhood neighbourhood = Neighbourhood.of(encoded, width, members, members, kNeighbors, true, nJobs);
            Draws draws = Draws.of(neighbourhood, input.shortfall(c), 1, random);
            int[][] sources = new int[copied.size()][];
            sources[0] = draws.bases();
            System.arraycopy(categories.vote(neighbourhood, draws, random), 0, sources, 1, categorical.size());
            rows.add(draws, sources);
        }
        return rows.table();
    }

    /** The categorical columns: those named, each checked to exist and not be the target, or every string column. */
    private List<String> categorical(Table data, String target) {
        if (categoricalColumns.isEmpty()) {
            return Columns.select(data, List.of(), ColumnKind.STRING, STEP).stream()
                    .filter(name -> !name.equals(target)).toList();
        }
        for (String name : categoricalColumns) {
            try {
                Columns.column(data, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(STEP + ": categorical " + e.getMessage(), e);
            }
            if (name.equals(target)) {
                throw new IllegalArgumentException(STEP + ": the target '" + target
                        + "' cannot be one of the categoricalColumns " + categoricalColumns);
            }
        }
        return categoricalColumns;
    }

    /**
     * The median over the numeric features of their population standard deviation within the smallest class (the
     * first in class order on a tie), as imbalanced-learn's {@code median_std_}; finite for any finite values.
     */
    private static double minorityMedianStd(SmoteInput input) {
        int[] sizes = input.sizes();
        int minority = 0;
        for (int c = 1; c < sizes.length; c++) {
            minority = sizes[c] < sizes[minority] ? c : minority;
        }
        int[] members = input.classes().members(minority);
        FeatureMatrix features = input.features();
        double[] std = new double[features.columns()];
        double[] values = new double[members.length];
        for (int j = 0; j < std.length; j++) {
            for (int m = 0; m < members.length; m++) {
                values[m] = features.get(members[m], j);
            }
            std[j] = Moments.std(values);
        }
        Arrays.sort(std);
        int middle = std.length / 2;
        return std.length % 2 == 1 ? std[middle] : (std[middle - 1] + std[middle]) / 2;
    }
}
