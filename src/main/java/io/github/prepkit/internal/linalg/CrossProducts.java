package io.github.prepkit.internal.linalg;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.stats.LinearFit;

/**
 * What a linear regression with intercept needs to know of its data: the row count, the means, and the cross
 * products about the means, XᵀX, Xᵀy and yᵀy of the centred features X and target y. {@link LeastSquares} and
 * {@link BayesianRidge} fit from these alone, so a caller builds them in one pass over a row-major array
 * ({@link #of}) or keeps them up to date as rows change ({@link CrossProductSums}) instead of handing over, and
 * decomposing, the whole n x p matrix: fitting then costs O(p³) whatever the row count.
 */
public final class CrossProducts {

    final int count;
    final int features;
    final double[] featureMeans;
    final double targetMean;
    final double[] xtx;
    final double[] xty;
    final double yty;

    private CrossProducts(int count, double[] featureMeans, double targetMean, double[] xtx, double[] xty,
            double yty) {
        this.count = count;
        this.features = featureMeans.length;
        this.featureMeans = featureMeans;
        this.targetMean = targetMean;
        this.xtx = xtx;
        this.xty = xty;
        this.yty = yty;
    }

    /**
     * The cross products of row-major features {@code x} ({@code y.length} rows of {@code features} values: row i,
     * feature k at {@code i * features + k}) and target {@code y}, centred exactly (two passes).
     *
     * @throws IllegalArgumentException if there is no row, the lengths do not agree, or a value is NaN or infinite
     */
    public static CrossProducts of(double[] x, int features, double[] y) {
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        int rows = y.length;
        if (rows == 0 || features < 0 || x.length != (long) rows * features) {
            throw new IllegalArgumentException("x must hold y.length rows of " + features + " features, found "
                    + x.length + " values for " + rows + " rows (at least one row needed)");
        }
        requireFinite(x, "x");
        requireFinite(y, "y");
        double[] means = new double[features];
        double targetMean = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < features; k++) {
                means[k] += x[i * features + k];
            }
            targetMean += y[i];
        }
        for (int k = 0; k < features; k++) {
            means[k] /= rows;
        }
        targetMean /= rows;
        double[] xtx = new double[features * features];
        double[] xty = new double[features];
        double yty = 0;
        double[] centred = new double[features];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < features; k++) {
                centred[k] = x[i * features + k] - means[k];
            }
            double target = y[i] - targetMean;
            addOuterProduct(xtx, centred, 1);
            for (int k = 0; k < features; k++) {
                xty[k] += centred[k] * target;
            }
            yty += target * target;
        }
        mirrorUpperTriangle(xtx, features);
        return new CrossProducts(rows, means, targetMean, xtx, xty, yty);
    }

    /**
     * The cross products for regressing column {@code target} of a table on all its other columns (in column
     * order), from sums over {@code count} of its rows taken after subtracting {@code shift} from every row:
     * {@code sums[k]} = Σ (x_k - shift_k) and {@code products[k * width + l]} = Σ (x_k - shift_k)(x_l - shift_l)
     * for k ≤ l (the lower triangle is not read), with width = {@code shift.length}. Centring subtracts
     * count · mean² from these sums, which loses little precision when the shift is near the column means.
     */
    static CrossProducts fromShiftedSums(int count, double[] shift, double[] sums, double[] products, int target) {
        int width = shift.length;
        int features = width - 1;
        double[] shiftedMean = new double[width];
        for (int k = 0; k < width; k++) {
            shiftedMean[k] = sums[k] / count;
        }
        double[] featureMeans = new double[features];
        double[] xtx = new double[features * features];
        double[] xty = new double[features];
        for (int a = 0; a < features; a++) {
            int k = a < target ? a : a + 1;
            featureMeans[a] = shift[k] + shiftedMean[k];
            xty[a] = centred(products, width, count, shiftedMean, k, target);
            for (int b = a; b < features; b++) {
                int l = b < target ? b : b + 1;
                xtx[a * features + b] = centred(products, width, count, shiftedMean, k, l);
            }
        }
        mirrorUpperTriangle(xtx, features);
        double yty = centred(products, width, count, shiftedMean, target, target);
        return new CrossProducts(count, featureMeans, shift[target] + shiftedMean[target], xtx, xty, yty);
    }

    /** Adds {@code weight} · v vᵀ to the upper triangle (k ≤ l) of the row-major square matrix {@code matrix}. */
    static void addOuterProduct(double[] matrix, double[] v, double weight) {
        int size = v.length;
        for (int k = 0; k < size; k++) {
            double scaled = weight * v[k];
            int row = k * size;
            for (int l = k; l < size; l++) {
                matrix[row + l] += scaled * v[l];
            }
        }
    }

    private static double centred(double[] products, int width, int count, double[] mean, int k, int l) {
        int upper = Math.min(k, l) * width + Math.max(k, l);
        return products[upper] - count * mean[k] * mean[l];
    }

    private static void mirrorUpperTriangle(double[] matrix, int size) {
        for (int k = 0; k < size; k++) {
            for (int l = 0; l < k; l++) {
                matrix[k * size + l] = matrix[l * size + k];
            }
        }
    }

    private static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " holds " + values[i] + " at index " + i
                        + "; fill or drop missing values first");
            }
        }
    }

    /** The number of rows. */
    public int count() {
        return count;
    }

    /** The number of features p. */
    public int features() {
        return features;
    }

    /** The mean of each feature; a copy. */
    public double[] featureMeans() {
        return featureMeans.clone();
    }

    /** The mean of the target. */
    public double targetMean() {
        return targetMean;
    }

    /** XᵀX of the centred features, p x p row-major; a copy. */
    public double[] xtx() {
        return xtx.clone();
    }

    /** Xᵀy of the centred features and target; a copy. */
    public double[] xty() {
        return xty.clone();
    }

    /** yᵀy of the centred target: the total sum of squares. */
    public double yty() {
        return yty;
    }

    /** The fit of centred {@code coefficients}, whose intercept makes it pass through these means. */
    public LinearFit throughMeans(double[] coefficients) {
        double intercept = targetMean;
        for (int k = 0; k < coefficients.length; k++) {
            intercept -= coefficients[k] * featureMeans[k];
        }
        return new LinearFit(intercept, coefficients);
    }
}
