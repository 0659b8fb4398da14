package io.github.prepkit.featureselection;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.NumpySum;
import java.util.Arrays;
import java.util.Locale;

/**
 * The importance a column needs to be kept by {@link SelectFromModel}, as scikit-learn's {@code threshold}: a number
 * ({@link #of(double)}), the mean or the median of the columns' importances ({@link #mean()}, {@link #median()}), or
 * one of those times a scale ({@code Threshold.mean().times(1.25)}, scikit-learn's {@code "1.25*mean"}). A column is
 * kept when its importance is at least the threshold.
 *
 * @param reference what the threshold is computed from
 * @param value     the threshold itself for {@link Reference#NUMBER} (any number but NaN; -Infinity keeps every column,
 *                  so that only {@code maxFeatures} selects), else the scale of the mean or median, finite
 */
public record Threshold(Reference reference, double value) {

    /** What a threshold is computed from. */
    public enum Reference {
        /** A given number. */
        NUMBER,
        /** The mean of the importances ({@code np.mean}, numpy's pairwise sum divided by the count). */
        MEAN,
        /** The median of the importances ({@code np.median}: the mean of the middle two for an even count). */
        MEDIAN
    }

    /**
     * Validates the value.
     *
     * @throws IllegalArgumentException if the reference is null, the value NaN, or a scale infinite
     */
    public Threshold {
        Checks.notNull(reference, "Threshold: reference");
        if (Double.isNaN(value) || reference != Reference.NUMBER && Double.isInfinite(value)) {
            throw new IllegalArgumentException("Threshold: the " + (reference == Reference.NUMBER ? "threshold" : "scale")
                    + " must be " + (reference == Reference.NUMBER ? "a number" : "finite") + ", found " + value);
        }
    }

    /** The threshold {@code value}: columns whose importance is at least it are kept. */
    public static Threshold of(double value) {
        return new Threshold(Reference.NUMBER, value);
    }

    /** The mean of the importances (scikit-learn's {@code "mean"}, its default but for L1-penalised models). */
    public static Threshold mean() {
        return new Threshold(Reference.MEAN, 1);
    }

    /** The median of the importances (scikit-learn's {@code "median"}). */
    public static Threshold median() {
        return new Threshold(Reference.MEDIAN, 1);
    }

    /** This threshold times {@code scale}: {@code mean().times(1.25)} is scikit-learn's {@code "1.25*mean"}. */
    public Threshold times(double scale) {
        return new Threshold(reference, scale * value);
    }

    /** The threshold for columns of these importances, computed as scikit-learn's {@code _calculate_threshold}. */
    double resolve(double[] importances) {
        return switch (reference) {
            case NUMBER -> value;
            case MEAN -> value * (NumpySum.of(importances) / importances.length);
            case MEDIAN -> value * median(importances);
        };
    }

    private static double median(double[] importances) {
        double[] sorted = importances.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** scikit-learn's spelling: {@code 0.1}, {@code mean}, {@code 1.25*median}. */
    @Override
    public String toString() {
        String name = reference.name().toLowerCase(Locale.ROOT);
        return reference == Reference.NUMBER ? String.valueOf(value) : value == 1 ? name : value + "*" + name;
    }
}
