package io.github.prepkit.selection;

import io.github.prepkit.internal.base.Parallel;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@link StratifiedKFold} with shuffling, repeated {@code nRepeats} times with different shuffles, as
 * scikit-learn's {@code RepeatedStratifiedKFold}: {@code nSplits * nRepeats} folds, repeat by repeat. Repeat
 * {@code r} is shuffled with the seed {@code Parallel.seed(seed, r)}, so each repeat is reproducible on its own.
 *
 * @param nSplits  the folds per repeat, at least 2 (default 5)
 * @param nRepeats the number of repeats, at least 1 (default 10)
 * @param seed     the seed of the shuffles
 */
public record RepeatedStratifiedKFold(int nSplits, int nRepeats, long seed) implements CrossValidator {

    /** Validates the counts. */
    public RepeatedStratifiedKFold {
        if (nSplits < 2) {
            throw new IllegalArgumentException("RepeatedStratifiedKFold: nSplits must be at least 2, found " + nSplits);
        }
        if (nRepeats < 1) {
            throw new IllegalArgumentException("RepeatedStratifiedKFold: nRepeats must be at least 1, found " + nRepeats);
        }
    }

    /** scikit-learn's defaults: 5 folds, 10 repeats. */
    public RepeatedStratifiedKFold() {
        this(5, 10, 0);
    }

    /** A copy with {@code nSplits} folds per repeat. */
    public RepeatedStratifiedKFold nSplits(int nSplits) {
        return new RepeatedStratifiedKFold(nSplits, nRepeats, seed);
    }

    /** A copy with {@code nRepeats} repeats. */
    public RepeatedStratifiedKFold nRepeats(int nRepeats) {
        return new RepeatedStratifiedKFold(nSplits, nRepeats, seed);
    }

    /** A copy with another seed. */
    public RepeatedStratifiedKFold seed(long seed) {
        return new RepeatedStratifiedKFold(nSplits, nRepeats, seed);
    }

    /**
     * All {@code nSplits * nRepeats} folds for the class labels in {@code target}.
     *
     * @param target the class labels, one per row
     * @return the folds, repeat by repeat
     * @throws IllegalArgumentException as {@link StratifiedKFold#split(Column)}
     */
    public List<Fold> split(Column<?> target) {
        List<Fold> folds = new ArrayList<>(nSplits * nRepeats);
        for (int r = 0; r < nRepeats; r++) {
            folds.addAll(new StratifiedKFold(nSplits, true, Parallel.seed(seed, r)).split(target));
        }
        return folds;
    }

    /** The folds for {@code target}; the features are not used. */
    @Override
    public List<Fold> split(Table features, Column<?> target) {
        return split(target);
    }
}
