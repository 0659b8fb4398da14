package io.github.prepkit.inspection;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;

/**
 * The training sizes of a {@link LearningCurve}: fractions of the most training rows a fold has, or counts of rows,
 * as scikit-learn's {@code train_sizes} given as floats or as ints. {@link #DEFAULT} is scikit-learn's
 * {@code np.linspace(0.1, 1.0, 5)}.
 */
public final class TrainSizes {

    /** scikit-learn's default: the fractions 0.1, 0.325, 0.55, 0.775 and 1.0. */
    public static final TrainSizes DEFAULT = fractions(0.1, 0.325, 0.55, 0.775, 1.0);

    private final double[] fractions;
    private final int[] counts;

    private TrainSizes(double[] fractions, int[] counts) {
        this.fractions = fractions;
        this.counts = counts;
    }

    /**
     * Fractions of the most training rows a fold has, each in (0, 1].
     *
     * @param fractions the fractions, in any order; repeats are dropped
     * @throws IllegalArgumentException if there is none, or one is not in (0, 1]
     */
    public static TrainSizes fractions(double... fractions) {
        Checks.notNull(fractions, "fractions");
        if (fractions.length == 0 || !Arrays.stream(fractions).allMatch(f -> f > 0 && f <= 1)) {
            throw new IllegalArgumentException("LearningCurve: trainSizes as fractions must be at least one, each"
                    + " within (0, 1], found " + Arrays.toString(fractions));
        }
        return new TrainSizes(fractions.clone(), null);
    }

    /**
     * Counts of training rows, each at least 1 (and, checked when the folds are known, at most the most training rows
     * a fold has).
     *
     * @param counts the counts, in any order; repeats are dropped
     * @throws IllegalArgumentException if there is none, or one is below 1
     */
    public static TrainSizes counts(int... counts) {
        Checks.notNull(counts, "counts");
        if (counts.length == 0 || !Arrays.stream(counts).allMatch(n -> n > 0)) {
            throw new IllegalArgumentException("LearningCurve: trainSizes as counts must be at least one, each"
                    + " at least 1, found " + Arrays.toString(counts));
        }
        return new TrainSizes(null, counts.clone());
    }

    /**
     * The distinct row counts, ascending, for folds of at most {@code maxRows} training rows, as scikit-learn's
     * {@code _translate_train_sizes}: a fraction f gives floor(f x maxRows), at least 1.
     *
     * @throws IllegalArgumentException if a count exceeds {@code maxRows}
     */
    int[] absolute(int maxRows, String step) {
        if (counts == null) {
            return Arrays.stream(fractions).mapToInt(f -> Math.max(1, (int) (f * maxRows))).distinct().sorted()
                    .toArray();
        }
        if (Arrays.stream(counts).anyMatch(n -> n > maxRows)) {
            throw new IllegalArgumentException(step + ": trainSizes as counts must be within (0, " + maxRows
                    + "], the training rows of the first fold, found " + Arrays.toString(counts));
        }
        return Arrays.stream(counts).distinct().sorted().toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainSizes sizes && Arrays.equals(fractions, sizes.fractions)
                && Arrays.equals(counts, sizes.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fractions) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return counts == null ? "fractions " + Arrays.toString(fractions) : "counts " + Arrays.toString(counts);
    }
}
