package io.github.prepkit.internal.data;

/**
 * A sum in NumPy's order ({@code np.sum} of a 1-D array, its {@code pairwise_sum}), so that a count imbalanced-learn
 * rounds from a normalised share comes out the same to the last bit, and a variance scikit-learn takes with numpy
 * (PowerTransformer's likelihood, k-means centring a single feature) is the same sum.
 */
public final class NumpySum {

    /** NumPy's block below which its pairwise sum adds eight running sums. */
    private static final int PAIRWISE_BLOCK = 128;
    private static final int UNROLL = 8;

    private NumpySum() {
    }

    /** The sum of {@code values} as {@code np.sum} takes it. */
    public static double of(double[] values) {
        Checks.notNull(values, "values");
        return pairwise(values, 0, values.length);
    }

    /**
     * The sum of {@code values[from .. from + n - 1]} in NumPy's order (its {@code pairwise_sum}): in turn below 8
     * values, eight running sums up to 128, halves (cut at a multiple of 8) above.
     */
    private static double pairwise(double[] values, int from, int n) {
        if (n < UNROLL) {
            double sum = 0;
            for (int i = from; i < from + n; i++) {
                sum += values[i];
            }
            return sum;
        }
        if (n <= PAIRWISE_BLOCK) {
            double[] r = new double[UNROLL];
            System.arraycopy(values, from, r, 0, UNROLL);
            int i = UNROLL;
            for (; i < n - n % UNROLL; i += UNROLL) {
                for (int j = 0; j < UNROLL; j++) {
                    r[j] += values[from + i + j];
                }
            }
            double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                sum += values[from + i];
            }
            return sum;
        }
        int half = n / 2;
        half -= half % UNROLL;
        return pairwise(values, from, half) + pairwise(values, from + half, n - half);
    }
}
