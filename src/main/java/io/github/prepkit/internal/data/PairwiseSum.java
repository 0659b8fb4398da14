package io.github.prepkit.internal.data;

/**
 * numpy's summation of a contiguous run of doubles ({@code np.sum} of one column, {@code X.mean(axis=0)} of an n x 1
 * array): pairwise, in blocks of at most 128 values each summed in eight interleaved partial sums, so that a result
 * computed from such a sum by scikit-learn (k-means centring a single feature, say) is reproduced to the last bit.
 * Plain summation in order differs in the last bits, which decides exact ties downstream. O(n).
 */
public final class PairwiseSum {

    /** numpy's {@code PW_BLOCKSIZE}: runs up to this long are summed in eight partial sums. */
    private static final int BLOCK = 128;

    private PairwiseSum() {
    }

    /** The sum of {@code values}, grouped as numpy's {@code pairwise_sum}; 0 for none. */
    public static double of(double[] values) {
        return sum(Checks.notNull(values, "values"), 0, values.length);
    }

    private static double sum(double[] a, int start, int n) {
        if (n < 8) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += a[start + i];
            }
            return sum;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            System.arraycopy(a, start, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int k = 0; k < 8; k++) {
                    r[k] += a[start + i + k];
                }
            }
            double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                sum += a[start + i];
            }
            return sum;
        }
        int half = n / 2;
        half -= half % 8;
        return sum(a, start, half) + sum(a, start + half, n - half);
    }
}
