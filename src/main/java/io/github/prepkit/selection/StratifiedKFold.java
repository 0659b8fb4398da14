package io.github.prepkit.selection;

import io.github.prepkit.internal.base.Shuffle;
import io.github.prepkit.internal.data.ClassLabels;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Folds that keep each class's share of the target in every fold, as scikit-learn 1.2's {@code StratifiedKFold}:
 * classes are numbered in order of first appearance, the sorted labels are dealt round-robin to the folds to fix
 * how many of each class each fold tests, and the rows of a class fill its folds in row order (shuffled by the
 * seed with {@code shuffle}). Without shuffling the folds are exactly scikit-learn's.
 *
 * @param nSplits the number of folds, at least 2 (default 5)
 * @param shuffle whether to shuffle each class's rows before assigning them (default false)
 * @param seed    the seed of the shuffle (used only with shuffle)
 */
public record StratifiedKFold(int nSplits, boolean shuffle, long seed) implements CrossValidator {

    private static final System.Logger LOG = System.getLogger(StratifiedKFold.class.getName());

    /** Validates {@code nSplits}. */
    public StratifiedKFold {
        if (nSplits < 2) {
            throw new IllegalArgumentException("StratifiedKFold: nSplits must be at least 2, found " + nSplits);
        }
    }

    /** scikit-learn's defaults: 5 folds, no shuffling. */
    public StratifiedKFold() {
        this(5, false, 0);
    }

    /** A copy with {@code nSplits} folds. */
    public StratifiedKFold nSplits(int nSplits) {
        return new StratifiedKFold(nSplits, shuffle, seed);
    }

    /** A copy that does ({@code true}) or does not shuffle each class's rows. */
    public StratifiedKFold shuffle(boolean shuffle) {
        return new StratifiedKFold(nSplits, shuffle, seed);
    }

    /** A copy with another seed. */
    public StratifiedKFold seed(long seed) {
        return new StratifiedKFold(nSplits, shuffle, seed);
    }

    /**
     * The folds for the class labels in {@code target}. A class with fewer rows than folds is logged as a warning
     * (some folds will not test it), as scikit-learn warns.
     *
     * @param target the class labels, one per row
     * @return {@code nSplits} folds, in order
     * @throws IllegalArgumentException if the target has a missing value, or every class has fewer rows than folds
     */
    public List<Fold> split(Column<?> target) {
        int[] classes = byFirstAppearance(ClassLabels.of(target, "StratifiedKFold").codes());
        int nClasses = Arrays.stream(classes).max().orElse(-1) + 1;
        int[] counts = new int[nClasses];
        for (int c : classes) {
            counts[c]++;
        }
        int largest = Arrays.stream(counts).max().orElse(0);
        if (nSplits > largest) {
            throw new IllegalArgumentException("StratifiedKFold: nSplits (" + nSplits + ") cannot exceed the rows of"
                    + " the largest class of '" + target.name() + "' (" + largest + ")");
        }
        int smallest = Arrays.stream(counts).min().orElse(0);
        if (smallest < nSplits) {
            LOG.log(Level.WARNING, "StratifiedKFold: the smallest class of ''{0}'' has {1} rows, fewer than nSplits={2}",
                    target.name(), smallest, nSplits);
        }
        int[][] perFold = new int[nSplits][nClasses];
        int[] sorted = classes.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            perFold[i % nSplits][sorted[i]]++;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] testFold = new int[classes.length];
        for (int k = 0; k < nClasses; k++) {
            int[] foldOfMember = new int[counts[k]];
            int m = 0;
            for (int fold = 0; fold < nSplits; fold++) {
                for (int r = 0; r < perFold[fold][k]; r++) {
                    foldOfMember[m++] = fold;
                }
            }
            if (shuffle) {
                Shuffle.inPlace(foldOfMember, random);
            }
            m = 0;
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] == k) {
                    testFold[i] = foldOfMember[m++];
                }
            }
        }
        return Folds.fromAssignment(testFold, nSplits);
    }

    /** The folds for {@code target}; the features are not used. */
    @Override
    public List<Fold> split(Table features, Column<?> target) {
        return split(target);
    }

    /** Renumbers sorted class codes in order of first appearance, as scikit-learn does before allocating. */
    private static int[] byFirstAppearance(int[] codes) {
        int[] renumber = new int[Arrays.stream(codes).max().orElse(-1) + 1];
        Arrays.fill(renumber, -1);
        int next = 0;
        int[] result = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            if (renumber[codes[i]] < 0) {
                renumber[codes[i]] = next++;
            }
            result[i] = renumber[codes[i]];
        }
        return result;
    }
}
