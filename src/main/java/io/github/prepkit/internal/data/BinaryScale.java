package io.github.prepkit.internal.data;

/**
 * A power of two, 2^{@link #exponent()}, by which values are multiplied before a computation whose sums, squares or
 * products would overflow or underflow at the values' own magnitude, and divided out of its results. Multiplying by a
 * power of two is exact (for normal results), and sums, differences, products, quotients, square roots and
 * comparisons all commute with it, so a computation on scaled values gives, scaled back, bit for bit what the same
 * computation gives at any magnitude where nothing overflows or underflows: near 1e300, 1e-200 or among subnormal
 * numbers it gives the answer of the same data at an ordinary magnitude.
 *
 * <p>{@link #of} leaves values of ordinary magnitude unscaled ({@link #ONE}), so that ordinary data costs one pass
 * for the largest magnitude and gives exactly the numbers it gave before. Values scaled together share one scale:
 * the smallest of them lose precision (and may become 0) when they are more than about 2^1022 times below the
 * largest, as they would next to the largest in any floating-point sum.
 *
 * <p>The static helpers halve the operands of a difference that overflows, for the few formulas whose result is
 * finite although an intermediate difference of two finite values is not.
 *
 * @param exponent the power of two the values are multiplied by
 */
public record BinaryScale(int exponent) {

    /** No scaling. */
    public static final BinaryScale ONE = new BinaryScale(0);

    /**
     * The largest binary exponent, in absolute value, of a magnitude left unscaled by a computation of degree 1. Up to
     * degree d, values of magnitude 2^(±500 / d) give products of magnitude within 2^±500, so that sums of up to
     * 2^500 of them neither overflow nor underflow.
     */
    private static final double UNSCALED_EXPONENT = 500;

    /**
     * The scale for values whose largest magnitude is {@code maxAbs}, in a computation of {@code degree} (1 for sums
     * and means, 2 for variances and squared distances, p for the sum of p-th powers of a Minkowski distance, 4 for
     * the squares of Gram matrices): {@link #ONE} if the magnitude's binary exponent is within ±500 / degree (or it
     * is 0, NaN or infinite), otherwise the power that brings it into [1, 2).
     */
    public static BinaryScale of(double maxAbs, double degree) {
        if (!(maxAbs > 0 && maxAbs < Double.POSITIVE_INFINITY)) {
            return ONE;
        }
        int exponent = exponentOf(maxAbs);
        return Math.abs(exponent) <= UNSCALED_EXPONENT / degree ? ONE : new BinaryScale(-exponent);
    }

    /** The largest absolute value of {@code values}, NaN skipped; 0 if there is none. */
    public static double maxAbs(double[] values) {
        Checks.notNull(values, "values");
        double max = 0;
        for (double v : values) {
            double magnitude = Math.abs(v);
            if (magnitude > max) {
                max = magnitude;
            }
        }
        return max;
    }

    /** The binary exponent of a positive finite {@code x}, floor(log2 x), subnormal numbers included. */
    static int exponentOf(double x) {
        return x >= Double.MIN_NORMAL ? Math.getExponent(x) : Math.getExponent(x * 0x1p64) - 64;
    }

    /** Whether this is {@link #ONE}, which leaves values as they are. */
    public boolean isOne() {
        return exponent == 0;
    }

    /** {@code value} times 2^exponent. */
    public double apply(double value) {
        return exponent == 0 ? value : Math.scalb(value, exponent);
    }

    /**
     * {@code values} times 2^exponent: a new array, or {@code values} itself when this is {@link #ONE}, so the
     * result is to be read, not modified, unless the caller owns {@code values}.
     */
    public double[] apply(double[] values) {
        if (exponent == 0) {
            return values;
        }
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = Math.scalb(values[i], exponent);
        }
        return scaled;
    }

    /** {@code value} divided by 2^exponent: a scaled result (a mean, a distance) in the values' own units. */
    public double undo(double value) {
        return exponent == 0 ? value : Math.scalb(value, -exponent);
    }

    /**
     * Each of {@code values} divided by its own {@code scales} entry: statistics measured column by column on scaled
     * values, in the columns' own units, rounded to doubles (subnormal ones keep few bits); a positive value stays at
     * least Double.MIN_VALUE, so that a positive scale stays positive.
     */
    public static double[] undo(BinaryScale[] scales, double[] values) {
        Checks.notNull(scales, "scales");
        Checks.notNull(values, "values");
        double[] own = new double[values.length];
        for (int j = 0; j < own.length; j++) {
            double value = scales[j].undo(values[j]);
            own[j] = values[j] > 0 ? Math.max(value, Double.MIN_VALUE) : value;
        }
        return own;
    }

    /**
     * {@code value} divided by 4^exponent: a scaled result of degree 2 (a variance, a squared distance) in the
     * values' own units; infinite when it exceeds the double range.
     */
    public double undoSquare(double value) {
        return exponent == 0 ? value : Math.scalb(value, -2 * exponent);
    }

    /**
     * (a - b) / (c - d), with both differences taken on halved operands when either overflows, so that the quotient
     * is finite whenever its true value is (and the differences are those of normal numbers, which halve exactly).
     * For ordinary operands it is the plain formula, bit for bit.
     */
    public static double ratio(double a, double b, double c, double d) {
        double top = a - b;
        double bottom = c - d;
        if (Double.isInfinite(top) || Double.isInfinite(bottom)) {
            return (a / 2 - b / 2) / (c / 2 - d / 2);
        }
        return top / bottom;
    }

    /**
     * x * factor + offset, as twice x * (factor / 2) + offset / 2 when it overflows, so that it is finite whenever its
     * true value is (factor and offset normal); for ordinary operands the plain formula, bit for bit.
     */
    public static double affine(double x, double factor, double offset) {
        double y = x * factor + offset;
        return Double.isInfinite(y) ? 2 * (x * (factor / 2) + offset / 2) : y;
    }

    /** (a + b) / 2, as a / 2 + b / 2 when a + b overflows (two values near Double.MAX_VALUE). */
    public static double midpoint(double a, double b) {
        double sum = a + b;
        return Double.isInfinite(sum) ? a / 2 + b / 2 : sum / 2;
    }

    /**
     * a + t (b - a), with b - a taken on halves when it overflows (then t (b - a) is twice t times the half, the same
     * rounding); infinite only when the true value exceeds the double range.
     */
    public static double interpolate(double a, double b, double t) {
        double difference = b - a;
        if (Double.isInfinite(difference)) {
            return a + 2 * (t * (b / 2 - a / 2));
        }
        return a + t * difference;
    }
}
