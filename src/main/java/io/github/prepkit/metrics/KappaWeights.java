package io.github.prepkit.metrics;

/**
 * How {@link ClassificationMetrics#cohenKappa(tech.tablesaw.columns.Column, tech.tablesaw.columns.Column, KappaWeights)}
 * weighs a disagreement between classes i and j (their indexes in sorted class order), as scikit-learn's
 * {@code weights} of {@code cohen_kappa_score}: ordinal classes lose more the farther apart they are.
 */
public enum KappaWeights {

    /** Every disagreement weighs 1, as scikit-learn's {@code weights=None}: the plain kappa. */
    NONE,
    /** A disagreement weighs |i - j|, as scikit-learn's {@code weights="linear"}. */
    LINEAR,
    /** A disagreement weighs (i - j)², as scikit-learn's {@code weights="quadratic"}. */
    QUADRATIC;

    /** The weight of a true class i paired with a predicted class j. */
    long weight(int i, int j) {
        return switch (this) {
            case NONE -> i == j ? 0 : 1;
            case LINEAR -> Math.abs(i - j);
            case QUADRATIC -> (long) (i - j) * (i - j);
        };
    }
}
