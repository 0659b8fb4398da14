package io.github.prepkit.resample;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The categorical columns of SMOTENC and SMOTEN: each row's level in each column, the levels numbered in sorted order
 * (as scikit-learn's {@code OneHotEncoder} and {@code OrdinalEncoder} sort their categories); the one-hot encoding
 * SMOTENC's distances see, or the value difference metric SMOTEN's; and the vote that gives a new row its levels.
 */
final class Categories {

    private final int[][] codes;
    private final int[] levels;

    private Categories(int[][] codes, int[] levels) {
        this.codes = codes;
        this.levels = levels;
    }

    /**
     * The columns {@code names} of {@code data}.
     *
     * @throws IllegalArgumentException naming a column with a missing value
     */
    static Categories of(Table data, List<String> names, String step) {
        int[][] codes = new int[names.size()][];
        int[] levels = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            Column<?> column = data.column(names.get(c));
            int missing = Columns.countMissing(column);
            if (missing > 0) {
                throw ClassLabels.missingCategories(step, column.name(), missing);
            }
            ClassLabels labels = ClassLabels.of(column, step);
            codes[c] = labels.codes();
            levels[c] = labels.count();
        }
        return new Categories(codes, levels);
    }

    /**
     * The points the distances are measured on: each row's numeric features, then one column per level of each
     * categorical column, holding {@code value} at the row's level and 0 elsewhere; row-major.
     */
    double[] encode(FeatureMatrix features, double value) {
        int width = width(features);
        int numeric = features.columns();
        double[] encoded = new double[features.rows() * width];
        for (int i = 0; i < features.rows(); i++) {
            System.arraycopy(features.values(), i * numeric, encoded, i * width, numeric);
            for (int c = 0, offset = numeric; c < codes.length; offset += levels[c], c++) {
                encoded[i * width + offset + codes[c][i]] = value;
            }
        }
        return encoded;
    }

    /** The values a row of {@link #encode} holds. */
    int width(FeatureMatrix features) {
        int width = features.columns();
        for (int count : levels) {
            width += count;
        }
        return width;
    }

    /** The value difference metric of these columns for the classes of {@code classes}. */
    ValueDifferenceMetric valueDifference(ClassRows classes) {
        return ValueDifferenceMetric.of(codes, levels, classes.codes(), classes.sizes().length);
    }

    /**
     * For each column, each new row's source: a row holding the level most frequent among the rows of the
     * neighbourhood of the new row's base (the base among them), the lowest level on a tie, as imbalanced-learn's
     * SMOTEN (SciPy's {@code mode} of the ordinal codes).
     */
    int[][] mode(Neighbourhood neighbourhood, Draws draws) {
        int[][] sources = new int[codes.length][draws.count()];
        for (int c = 0; c < codes.length; c++) {
            int[] modes = new int[neighbourhood.bases().length];
            int[] counts = new int[levels[c]];
            for (int p = 0; p < modes.length; p++) {
                int[] rows = neighbourhood.neighbours()[p];
                for (int row : rows) {
                    counts[codes[c][row]]++;
                }
                modes[p] = modal(codes[c], rows, counts);
                for (int row : rows) {
                    counts[codes[c][row]] = 0;
                }
            }
            for (int i = 0; i < draws.count(); i++) {
                sources[c][i] = modes[draws.positions()[i]];
            }
        }
        return sources;
    }

    /**
     * The first of {@code rows} holding the most frequent of their levels {@code codes}, the lowest level on a tie;
     * {@code counts} holds how many of the rows hold each level.
     */
    private static int modal(int[] codes, int[] rows, int[] counts) {
        int source = rows[0];
        for (int row : rows) {
            int level = codes[row];
            int best = codes[source];
            if (counts[level] > counts[best] || counts[level] == counts[best] && level < best) {
                source = row;
            }
        }
        return source;
    }

    /**
     * For each categorical column, each new row's source: a row holding the level most frequent among the k
     * neighbours of the new row's base (the base itself not counted), as imbalanced-learn's SMOTENC. Where levels tie,
     * one of them is drawn from {@code random}, each as likely.
     */
    int[][] vote(Neighbourhood neighbourhood, Draws draws, SplittableRandom random) {
        int[][] sources = new int[codes.length][draws.count()];
        for (int i = 0; i < draws.count(); i++) {
            int[] neighbours = neighbourhood.neighbours()[draws.positions()[i]];
            for (int c = 0; c < codes.length; c++) {
                sources[c][i] = mostFrequent(codes[c], neighbours, random);
            }
        }
        return sources;
    }

    /**
     * The first of {@code rows} whose level is the most frequent among them; of tied levels, a random one (the
     * levels ordered by their first row in {@code rows}).
     */
    private static int mostFrequent(int[] codes, int[] rows, SplittableRandom random) {
        int[] counts = new int[rows.length];
        int best = 0;
        int tied = 0;
        for (int a = 0; a < rows.length; a++) {
            if (first(codes, rows, a)) {
                for (int b = a; b < rows.length; b++) {
                    counts[a] += codes[rows[b]] == codes[rows[a]] ? 1 : 0;
                }
                tied = counts[a] > best ? 1 : counts[a] == best ? tied + 1 : tied;
                best = Math.max(best, counts[a]);
            }
        }
        int pick = tied == 1 ? 0 : random.nextInt(tied);
        for (int a = 0; a < rows.length; a++) {
            if (counts[a] == best && pick-- == 0) {
                return rows[a];
            }
        }
        throw new AssertionError("no most frequent level among " + rows.length + " rows");
    }

    /** Whether {@code rows[a]} is the first of {@code rows} with its level. */
    private static boolean first(int[] codes, int[] rows, int a) {
        for (int b = 0; b < a; b++) {
            if (codes[rows[b]] == codes[rows[a]]) {
                return false;
            }
        }
        return true;
    }
}
