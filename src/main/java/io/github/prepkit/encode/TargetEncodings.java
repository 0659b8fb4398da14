package io.github.prepkit.encode;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The target encoding of one column's categories for one output, learned on some rows, as scikit-learn 1.3's
 * {@code _fit_encoding_fast} and {@code _fit_encoding_fast_auto_smooth}: per category, the smoothed mean of the
 * target over the rows of that category, the sums taken in row order.
 */
final class TargetEncodings {

    private TargetEncodings() {
    }

    /**
     * The encoding of each category 0 .. {@code size} - 1 of {@code codes} over {@code rows}.
     *
     * <p>With a smoothing {@code m} (m-estimate): {@code (Σy + m·mean) / (n + m)}; a category with n + m = 0 (no row,
     * m = 0) gets {@code mean}. With {@code smooth} empty (empirical Bayes, Micci-Barreca's equations 5 and 6):
     * {@code λ·ȳ_c + (1 - λ)·mean} with {@code λ = n·variance / (n·variance + Σ(y - ȳ_c)² / n)}; a category where λ
     * is undefined (no row, or a constant target: 0 / 0) gets {@code mean}, one without spread but in a target that
     * varies gets its own mean (λ = 1).
     *
     * @param codes    each row's category, or -1 for a value that is no category (not counted)
     * @param y        each row's target value (or class indicator)
     * @param rows     the rows to learn from
     * @param mean     the target's mean over {@code rows}
     * @param variance the target's population variance over {@code rows} (used only by empirical Bayes)
     */
    static double[] fit(int[] codes, double[] y, int[] rows, int size, double mean, double variance,
            OptionalDouble smooth) {
        return smooth.isPresent() ? mEstimate(codes, y, rows, size, mean, smooth.getAsDouble())
                : empiricalBayes(codes, y, rows, size, mean, variance);
    }

    private static double[] mEstimate(int[] codes, double[] y, int[] rows, int size, double mean, double m) {
        double[] sums = new double[size];
        double[] counts = new double[size];
        Arrays.fill(sums, m * mean);
        Arrays.fill(counts, m);
        for (int row : rows) {
            int code = codes[row];
            if (code >= 0) {
                sums[code] += y[row];
                counts[code] += 1;
            }
        }
        double[] encodings = new double[size];
        for (int c = 0; c < size; c++) {
            encodings[c] = counts[c] == 0 ? mean : sums[c] / counts[c];
        }
        return encodings;
    }

    private static double[] empiricalBayes(int[] codes, double[] y, int[] rows, int size, double mean,
            double variance) {
        double[] means = new double[size];
        long[] counts = new long[size];
        for (int row : rows) {
            int code = codes[row];
            if (code >= 0) {
                counts[code]++;
                means[code] += y[row];
            }
        }
        for (int c = 0; c < size; c++) {
            means[c] /= counts[c];
        }
        double[] squares = new double[size];
        for (int row : rows) {
            int code = codes[row];
            if (code >= 0) {
                double deviation = y[row] - means[code];
                squares[code] += deviation * deviation;
            }
        }
        double[] encodings = new double[size];
        for (int c = 0; c < size; c++) {
            double lambda = variance * counts[c] / (variance * counts[c] + squares[c] / counts[c]);
            encodings[c] = Double.isNaN(lambda) ? mean : lambda * means[c] + (1 - lambda) * mean;
        }
        return encodings;
    }
}
