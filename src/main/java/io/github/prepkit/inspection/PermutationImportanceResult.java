package io.github.prepkit.inspection;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Moments;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link PermutationImportance} finds: the model's score on the table as it is, and for every feature column the
 * drop in score (baseline minus permuted score) in each repeat, as scikit-learn's {@code importances}, with their
 * mean and population standard deviation ({@code importances_mean}, {@code importances_std}, as numpy's).
 *
 * @param features      the feature columns' names, in the table's order
 * @param baselineScore the score with no column permuted
 * @param importances   [feature][repeat]: the baseline minus the score with that feature permuted
 */
public record PermutationImportanceResult(List<String> features, double baselineScore, double[][] importances) {

    /**
     * Copies and checks the parts: one row of importances per feature, every row as long.
     *
     * @throws IllegalArgumentException if a part is null, or the sizes do not match
     */
    public PermutationImportanceResult {
        features = List.copyOf(Checks.noNulls(features, "features"));
        Checks.notNull(importances, "importances");
        if (importances.length != features.size()) {
            throw new IllegalArgumentException("PermutationImportanceResult: one row of importances per feature ("
                    + features.size() + ") expected, found " + importances.length);
        }
        double[][] copy = new double[importances.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = Checks.length(Checks.notNull(importances[j], "importances of " + features.get(j)),
                    importances[0].length, "importances of " + features.get(j)).clone();
        }
        importances = copy;
    }

    /** [feature][repeat]: the baseline minus the score with that feature permuted; a copy. */
    @Override
    public double[][] importances() {
        double[][] copy = new double[importances.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = importances[j].clone();
        }
        return copy;
    }

    /** Every feature's mean importance over the repeats, as scikit-learn's {@code importances_mean}. */
    public double[] importancesMean() {
        return Arrays.stream(importances).mapToDouble(Moments::mean).toArray();
    }

    /** Every feature's population standard deviation over the repeats, as scikit-learn's {@code importances_std}. */
    public double[] importancesStd() {
        return Arrays.stream(importances).mapToDouble(Moments::std).toArray();
    }

    /**
     * One row per feature, most important first (ties in the table's order): {@code feature},
     * {@code importance_mean}, {@code importance_std}.
     */
    public Table table() {
        double[] mean = importancesMean();
        double[] std = importancesStd();
        int[] order = IntStream.range(0, mean.length).boxed()
                .sorted((a, b) -> Double.compare(mean[b], mean[a])).mapToInt(Integer::intValue).toArray();
        return Table.create("permutation importance",
                StringColumn.create("feature", Arrays.stream(order).mapToObj(features::get).toArray(String[]::new)),
                DoubleColumn.create("importance_mean", Arrays.stream(order).mapToDouble(j -> mean[j]).toArray()),
                DoubleColumn.create("importance_std", Arrays.stream(order).mapToDouble(j -> std[j]).toArray()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PermutationImportanceResult result && features.equals(result.features)
                && Double.compare(baselineScore, result.baselineScore) == 0
                && Arrays.deepEquals(importances, result.importances);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * features.hashCode() + Double.hashCode(baselineScore)) + Arrays.deepHashCode(importances);
    }

    @Override
    public String toString() {
        double[] mean = importancesMean();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "permutation importance (baseline %.4f):",
                baselineScore));
        for (int j = 0; j < mean.length; j++) {
            text.append(String.format(Locale.ROOT, " %s %.4f", features.get(j), mean[j]));
        }
        return text.toString();
    }
}
