package io.github.prepkit.selection;

import io.github.prepkit.internal.base.Shuffle;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Cuts the rows into {@code nSplits} consecutive folds of near-equal size (the first {@code n % nSplits} folds one
 * row larger), as scikit-learn's {@code KFold}; with {@code shuffle}, the rows are permuted first by the seed. The
 * target is not looked at.
 *
 * @param nSplits the number of folds, at least 2 (default 5)
 * @param shuffle whether to permute the rows before cutting (default false)
 * @param seed    the seed of the permutation (used only with shuffle)
 */
public record KFold(int nSplits, boolean shuffle, long seed) implements CrossValidator {

    /** Validates {@code nSplits}. */
    public KFold {
        if (nSplits < 2) {
            throw new IllegalArgumentException("KFold: nSplits must be at least 2, found " + nSplits);
        }
    }

    /** scikit-learn's defaults: 5 consecutive folds. */
    public KFold() {
        this(5, false, 0);
    }

    /** A copy with {@code nSplits} folds. */
    public KFold nSplits(int nSplits) {
        return new KFold(nSplits, shuffle, seed);
    }

    /** A copy that does ({@code true}) or does not permute the rows first. */
    public KFold shuffle(boolean shuffle) {
        return new KFold(nSplits, shuffle, seed);
    }

    /** A copy with another seed. */
    public KFold seed(long seed) {
        return new KFold(nSplits, shuffle, seed);
    }

    /**
     * The folds of {@code rows} rows.
     *
     * @param rows the number of rows to cut
     * @return {@code nSplits} folds, in order
     * @throws IllegalArgumentException if there are fewer rows than folds
     */
    public List<Fold> split(int rows) {
        if (nSplits > rows) {
            throw new IllegalArgumentException("KFold: nSplits (" + nSplits + ") cannot exceed the number of rows ("
                    + rows + ")");
        }
        int[] order = shuffle ? Shuffle.permutation(rows, new SplittableRandom(seed)) : Shuffle.identity(rows);
        int[] testFold = new int[rows];
        int start = 0;
        for (int fold = 0; fold < nSplits; fold++) {
            int size = rows / nSplits + (fold < rows % nSplits ? 1 : 0);
            for (int i = start; i < start + size; i++) {
                testFold[order[i]] = fold;
            }
            start += size;
        }
        return Folds.fromAssignment(testFold, nSplits);
    }

    /** The folds of {@code features}' rows; the target is not used. */
    @Override
    public List<Fold> split(Table features, Column<?> target) {
        Checks.notNull(features, "features");
        return split(features.rowCount());
    }
}
