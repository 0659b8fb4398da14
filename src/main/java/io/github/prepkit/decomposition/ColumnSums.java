package io.github.prepkit.decomposition;

/**
 * The sums of columns, each in row order, and their largest magnitude, read in one pass: PCA's first look at its
 * values, which tells it the scale to compute at, the means when no scaling is needed, and whether a value is
 * missing or infinite (a sum is then NaN or infinite). Four columns are read side by side, so that four sums advance
 * at once instead of each waiting on the previous addition, and every sum is still the one a single loop makes.
 */
final class ColumnSums {

    private final double[] sums;
    private final double largest;

    private ColumnSums(double[] sums, double largest) {
        this.sums = sums;
        this.largest = largest;
    }

    /** The sums of {@code columns}, one array of the same length each. */
    static ColumnSums of(double[][] columns) {
        double[] sums = new double[columns.length];
        double largest = 0;
        int a = 0;
        for (; a + 4 <= columns.length; a += 4) {
            double[] c0 = columns[a];
            double[] c1 = columns[a + 1];
            double[] c2 = columns[a + 2];
            double[] c3 = columns[a + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double max = 0;
            for (int i = 0; i < c0.length; i++) {
                s0 += c0[i];
                s1 += c1[i];
                s2 += c2[i];
                s3 += c3[i];
                max = Math.max(max, Math.max(Math.max(Math.abs(c0[i]), Math.abs(c1[i])),
                        Math.max(Math.abs(c2[i]), Math.abs(c3[i]))));
            }
            sums[a] = s0;
            sums[a + 1] = s1;
            sums[a + 2] = s2;
            sums[a + 3] = s3;
            largest = Math.max(largest, max);
        }
        for (; a < columns.length; a++) {
            double sum = 0;
            double max = 0;
            for (double v : columns[a]) {
                sum += v;
                max = Math.max(max, Math.abs(v));
            }
            sums[a] = sum;
            largest = Math.max(largest, max);
        }
        return new ColumnSums(sums, largest);
    }

    /** Whether every sum is finite: false when a value is missing or infinite, or a sum leaves the double range. */
    boolean finite() {
        for (double sum : sums) {
            if (!Double.isFinite(sum)) {
                return false;
            }
        }
        return true;
    }

    /** The largest magnitude of a value: NaN when a value is missing. */
    double largest() {
        return largest;
    }

    /** Each sum divided by {@code rows}. */
    double[] means(int rows) {
        double[] means = new double[sums.length];
        for (int a = 0; a < means.length; a++) {
            means[a] = sums[a] / rows;
        }
        return means;
    }
}
