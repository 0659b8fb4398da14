package io.github.prepkit.ensemble;

/**
 * How many rows or features a bagging ensemble draws for each member, as scikit-learn's {@code max_samples} and
 * {@code max_features}: a fraction of them (a float in (0, 1], truncated) or a count (an int). A fraction of 1.0 is
 * all of them, a count of 1 only one.
 *
 * @param fraction whether {@code value} is a fraction rather than a count
 * @param value    the fraction, in (0, 1], or the count, a whole number of at least 1
 */
public record DrawSize(boolean fraction, double value) {

    /** All of them: scikit-learn's 1.0. */
    public static final DrawSize ALL = new DrawSize(true, 1.0);

    /**
     * Validates the fraction's range or the count's.
     *
     * @throws IllegalArgumentException unless a fraction is in (0, 1] or a count is a whole number from 1 to
     *                                  {@link Integer#MAX_VALUE}
     */
    public DrawSize {
        check(fraction, value, "a draw size");
    }

    /**
     * A fraction of the rows or features, truncated as scikit-learn's {@code int(max_samples * n)}.
     *
     * @throws IllegalArgumentException unless {@code fraction} is in (0, 1]
     */
    public static DrawSize fraction(double fraction) {
        return new DrawSize(true, fraction);
    }

    /**
     * A number of rows or features (at most as many as there are, checked at fit).
     *
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static DrawSize count(int count) {
        return new DrawSize(false, count);
    }

    /** The size a constructor call would make, refused with {@code parameter} (a parameter's name) in the message. */
    static DrawSize of(boolean fraction, double value, String parameter) {
        check(fraction, value, parameter);
        return new DrawSize(fraction, value);
    }

    private static void check(boolean fraction, double value, String parameter) {
        boolean valid = fraction ? value > 0 && value <= 1
                : value >= 1 && value == Math.rint(value) && value <= Integer.MAX_VALUE;
        if (!valid) {
            throw new IllegalArgumentException(parameter + " must be a fraction in (0, 1] or a whole count of at"
                    + " least 1, found " + (fraction ? "the fraction " : "the count ") + value);
        }
    }

    /**
     * How many of {@code available} this size draws: the count itself, or {@code (int) (fraction * available)}
     * (possibly 0, which the caller refuses).
     */
    int of(int available) {
        return fraction ? (int) (value * available) : (int) value;
    }

    /** {@code 0.5} for a fraction, {@code 7} for a count, as scikit-learn's float and int. */
    @Override
    public String toString() {
        return fraction ? String.valueOf(value) : String.valueOf((long) value);
    }
}
