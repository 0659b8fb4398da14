package io.github.prepkit.tree;

/**
 * How many features a tree examines at each node, drawn at random without replacement, as scikit-learn's
 * {@code max_features}: every feature ({@link #ALL}), the square root or base-2 logarithm of their number
 * ({@link #SQRT}, {@link #LOG2}), a fixed {@link #count} or a {@link #fraction}. Each resolves as scikit-learn
 * does, truncating and never below 1. Examining fewer features decorrelates the trees of a forest (lower
 * variance of the average) at the price of slightly worse single trees (higher bias).
 *
 * @param rule   which of the forms this is
 * @param amount the count for {@link Rule#COUNT}, the fraction for {@link Rule#FRACTION}, otherwise 0
 */
public record MaxFeatures(Rule rule, double amount) {

    /** The forms of {@link MaxFeatures}. */
    public enum Rule {
        /** Every feature (scikit-learn's {@code None} or {@code 1.0}). */
        ALL,
        /** {@code max(1, (int) sqrt(features))} (scikit-learn's {@code "sqrt"}). */
        SQRT,
        /** {@code max(1, (int) log2(features))} (scikit-learn's {@code "log2"}). */
        LOG2,
        /** A fixed number of features (scikit-learn's int). */
        COUNT,
        /** {@code max(1, (int) (fraction * features))} (scikit-learn's float in (0, 1]). */
        FRACTION
    }

    /** Every feature at every node. */
    public static final MaxFeatures ALL = new MaxFeatures(Rule.ALL, 0);
    /** The square root of the number of features, truncated: random forest classifiers' default. */
    public static final MaxFeatures SQRT = new MaxFeatures(Rule.SQRT, 0);
    /** The base-2 logarithm of the number of features, truncated. */
    public static final MaxFeatures LOG2 = new MaxFeatures(Rule.LOG2, 0);

    /**
     * Validates the amount against the rule.
     *
     * @throws IllegalArgumentException if a count is not a whole number of at least 1, a fraction is not in
     *                                  (0, 1], or another rule carries an amount
     */
    public MaxFeatures {
        if (rule == null) {
            throw new IllegalArgumentException("maxFeatures rule must not be null");
        }
        boolean valid = switch (rule) {
            case COUNT -> amount >= 1 && amount == Math.rint(amount) && amount <= Integer.MAX_VALUE;
            case FRACTION -> amount > 0 && amount <= 1;
            default -> amount == 0;
        };
        if (!valid) {
            throw new IllegalArgumentException("maxFeatures must be a count of at least 1, a fraction in (0, 1],"
                    + " ALL, SQRT or LOG2, found " + rule + " " + amount);
        }
    }

    /**
     * Exactly {@code count} features at every node (at most the number of features, checked at fit).
     *
     * @param count the number of features, at least 1
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static MaxFeatures count(int count) {
        return new MaxFeatures(Rule.COUNT, count);
    }

    /**
     * {@code fraction} of the features at every node, truncated, at least 1; {@code fraction(1.0)} is every feature.
     *
     * @param fraction the share of the features, in (0, 1]
     * @throws IllegalArgumentException unless {@code fraction} is in (0, 1]
     */
    public static MaxFeatures fraction(double fraction) {
        return new MaxFeatures(Rule.FRACTION, fraction);
    }

    /**
     * The number of features to examine among {@code features}.
     *
     * @param features the number of features of the data
     * @return the number to examine at each node, from 1 to {@code features}
     * @throws IllegalArgumentException if a {@link #count} exceeds {@code features}
     */
    public int resolve(int features) {
        int resolved = switch (rule) {
            case ALL -> features;
            case SQRT -> (int) Math.sqrt(features);
            case LOG2 -> (int) (Math.log(features) / Math.log(2));
            case COUNT -> (int) amount;
            case FRACTION -> (int) (amount * features);
        };
        if (resolved > features) {
            throw new IllegalArgumentException("maxFeatures " + resolved + " exceeds the " + features
                    + " feature(s) of the table");
        }
        return Math.max(1, resolved);
    }

    @Override
    public String toString() {
        return switch (rule) {
            case COUNT -> Integer.toString((int) amount);
            case FRACTION -> Double.toString(amount);
            default -> rule.name();
        };
    }
}
