package io.github.prepkit.stats;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A sample's present values in ascending order, read by rank: a sorted array, or only the ranks a statistic needs,
 * found where the values are (prepkit's Spark fits find them on the cluster), so a quantile or a median is the same
 * double either way. Ascending is {@link Double#compare}'s order, -0.0 before 0.0, so even a zero's sign does not
 * depend on where the values came from or in which order.
 */
public interface OrderStatistics {

    /** How many values are present. */
    long count();

    /**
     * The value of rank {@code rank}, 0 for the smallest.
     *
     * @throws IllegalArgumentException if {@code rank} is not in [0, count) or, for statistics found for given ranks
     *                                  only, is not one of them
     */
    double valueAt(long rank);

    /**
     * The values of {@code values} that are not NaN, sorted (a copy; {@code values} is not modified).
     *
     * @param values the sample; NaN marks a missing value
     * @return their order statistics
     */
    static OrderStatistics of(double[] values) {
        double[] sorted = Arrays.stream(Checks.notNull(values, "values")).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        return new OrderStatistics() {
            @Override
            public long count() {
                return sorted.length;
            }

            @Override
            public double valueAt(long rank) {
                if (rank < 0 || rank >= sorted.length) {
                    throw new IllegalArgumentException("rank must be in [0, " + sorted.length + "), found " + rank);
                }
                return sorted[(int) rank];
            }
        };
    }

    /**
     * The ranks {@link #quantile} reads for {@code q} among {@code count} values: the two around h = (count - 1) q
     * (the same one twice at the top).
     *
     * @throws IllegalArgumentException if {@code q} is not in [0, 1] or {@code count} is below 1
     */
    static long[] quantileRanks(long count, double q) {
        requireProbability(q);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, found " + count);
        }
        long below = (long) Math.floor((count - 1) * q);
        return new long[] {below, Math.min(below + 1, count - 1)};
    }

    /** The ranks {@link #median} reads among {@code count} values (at least 1): the middle one twice, or the two. */
    static long[] medianRanks(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, found " + count);
        }
        return new long[] {(count - 1) / 2, count / 2};
    }

    /**
     * Quantile {@code q} by linear interpolation (Hyndman and Fan's type 7, numpy's default): the value at rank
     * h = (count - 1) q, between the two ranks around it; NaN if no value is present.
     *
     * @throws IllegalArgumentException if {@code q} is not in [0, 1]
     */
    default double quantile(double q) {
        if (count() == 0) {
            requireProbability(q);
            return Double.NaN;
        }
        long[] ranks = quantileRanks(count(), q);
        return BinaryScale.interpolate(valueAt(ranks[0]), valueAt(ranks[1]), (count() - 1) * q - ranks[0]);
    }

    /** The middle value, or the mean of the two middle values for an even count; NaN if no value is present. */
    default double median() {
        if (count() == 0) {
            return Double.NaN;
        }
        long[] ranks = medianRanks(count());
        double upper = valueAt(ranks[1]);
        return ranks[0] == ranks[1] ? upper : BinaryScale.midpoint(valueAt(ranks[0]), upper);
    }

    /**
     * These values each through {@code nonDecreasing}, a function that keeps their order (a scaling by a positive
     * factor, say), so that rank r of the result is {@code nonDecreasing} of rank r here.
     */
    default OrderStatistics map(DoubleUnaryOperator nonDecreasing) {
        Checks.notNull(nonDecreasing, "nonDecreasing");
        OrderStatistics values = this;
        return new OrderStatistics() {
            @Override
            public long count() {
                return values.count();
            }

            @Override
            public double valueAt(long rank) {
                return nonDecreasing.applyAsDouble(values.valueAt(rank));
            }
        };
    }

    /** The largest absolute value, 0 if no value is present. */
    default double maxAbs() {
        return count() == 0 ? 0 : Math.max(Math.abs(valueAt(0)), Math.abs(valueAt(count() - 1)));
    }

    private static void requireProbability(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile q must be in [0, 1], found " + q);
        }
    }
}
