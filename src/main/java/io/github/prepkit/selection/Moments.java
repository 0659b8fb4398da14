package io.github.prepkit.selection;

/** The mean and spread of a few fold scores or times, as numpy's {@code average} and {@code std} (ddof 0). */
final class Moments {

    private Moments() {
    }

    /** The mean, summed in order; NaN if a value is NaN. */
    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** The population standard deviation, sqrt(mean((x - mean)²)); NaN if a value is NaN. */
    static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / values.length);
    }
}
