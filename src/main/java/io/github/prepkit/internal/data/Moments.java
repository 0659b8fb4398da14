package io.github.prepkit.internal.data;

/**
 * The mean and population standard deviation of a few values, as numpy's {@code average} and {@code std} (ddof 0):
 * fold scores, or a column's spread. Values near the ends of the double range are taken at a power of two
 * ({@link BinaryScale}), so any finite values give a finite answer; ordinary values are summed exactly as they are.
 */
public final class Moments {

    private Moments() {
    }

    /** The mean, summed in order; NaN if a value is NaN. */
    public static double mean(double[] values) {
        BinaryScale scale = BinaryScale.of(BinaryScale.maxAbs(Checks.notNull(values, "values")), 1);
        return scale.undo(scaledMean(scale.apply(values)));
    }

    /** The population standard deviation, sqrt(mean((x - mean)²)); NaN if a value is NaN. */
    public static double std(double[] values) {
        BinaryScale scale = BinaryScale.of(BinaryScale.maxAbs(Checks.notNull(values, "values")), 2);
        double[] scaled = scale.apply(values);
        double mean = scaledMean(scaled);
        double sum = 0;
        for (double value : scaled) {
            sum += (value - mean) * (value - mean);
        }
        return scale.undo(Math.sqrt(sum / scaled.length));
    }

    private static double scaledMean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
