package io.github.prepkit.base;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much each class of a classification target weighs in a fit, as scikit-learn's {@code class_weight}: every
 * row's weight is multiplied by its class's weight (and by its sample weight, where one is given), so a rare class
 * can count as much as a common one. {@link #NONE} (scikit-learn's {@code None}) weighs every class 1;
 * {@link #BALANCED} weighs class k {@code n_samples / (n_classes * count(k))}, as
 * {@code compute_class_weight("balanced")}; {@link #given(Map)} takes a weight per class name (as
 * {@link io.github.prepkit.data.TargetClasses#names()} writes it), a class left out weighing 1.
 * {@link #BALANCED_SUBSAMPLE} is the random forests' {@code "balanced_subsample"}: balanced weights computed afresh
 * on each tree's bootstrap draw; other estimators refuse it. Unlike scikit-learn, which lets a dict name classes that
 * do not exist as long as every real class is named too, a name that is not a class is always refused, naming it.
 *
 * @param kind    which rule
 * @param weights for {@link Kind#GIVEN}, the weight of each named class (finite, at least 0), sorted by name;
 *                empty otherwise
 */
public record ClassWeight(Kind kind, Map<String, Double> weights) {

    /** The rules a class weight can follow. */
    public enum Kind {
        /** {@link ClassWeight#NONE}. */
        NONE,
        /** {@link ClassWeight#BALANCED}. */
        BALANCED,
        /** {@link ClassWeight#BALANCED_SUBSAMPLE}. */
        BALANCED_SUBSAMPLE,
        /** {@link ClassWeight#given(Map)}. */
        GIVEN
    }

    /** Every class weighs 1 (scikit-learn's {@code class_weight=None}), the default. */
    public static final ClassWeight NONE = new ClassWeight(Kind.NONE, Map.of());
    /** Class k weighs {@code n_samples / (n_classes * count(k))} (scikit-learn's {@code "balanced"}). */
    public static final ClassWeight BALANCED = new ClassWeight(Kind.BALANCED, Map.of());
    /**
     * Random forests only: balanced weights computed on each tree's bootstrap draw, counting a row drawn twice twice
     * and only the classes drawn (scikit-learn's {@code "balanced_subsample"}); without bootstrap it is
     * {@link #BALANCED}.
     */
    public static final ClassWeight BALANCED_SUBSAMPLE = new ClassWeight(Kind.BALANCED_SUBSAMPLE, Map.of());

    /**
     * Validates the weights and freezes them in name order.
     *
     * @throws IllegalArgumentException if the kind or a name or weight is null, a weight is negative, infinite or
     *                                  NaN, or weights come with another kind than GIVEN
     */
    public ClassWeight {
        Checks.notNull(kind, "classWeight kind");
        weights = Checks.noNulls(weights, "classWeight weights");
        if (kind != Kind.GIVEN && !weights.isEmpty()) {
            throw new IllegalArgumentException("classWeight: " + kind + " takes no weights, found " + weights);
        }
        weights.forEach((name, weight) -> {
            if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("classWeight: the weight of class '" + name
                        + "' must be finite and at least 0, found " + weight);
            }
        });
        weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    /**
     * The weight of each named class, as scikit-learn's dict {@code class_weight}; a class not named weighs 1.
     *
     * @param weights by class name (as {@link io.github.prepkit.data.TargetClasses#names()} writes it), a finite
     *                weight of at least 0
     * @throws IllegalArgumentException if a name or weight is null, or a weight is negative, infinite or NaN
     */
    public static ClassWeight given(Map<String, Double> weights) {
        return new ClassWeight(Kind.GIVEN, weights);
    }

    /**
     * The weight of each class of {@code classes}, given how many rows of each there are (scikit-learn's
     * {@code compute_class_weight}). Balanced weights count only the classes present: class k weighs
     * {@code total / (present * counts[k])}, and a class of count 0 weighs 1 (it has no row to weigh).
     *
     * @param classes the class names, in class order
     * @param counts  the number of rows of each class (a bootstrap draw counts a row as often as it is drawn)
     * @param step    names the estimator in error messages
     * @return one weight per class, in class order
     * @throws IllegalArgumentException if the lengths differ or a count is negative, or the weights name a class not
     *                                  among {@code classes}, naming it and the classes
     */
    public double[] perClass(List<String> classes, long[] counts, String step) {
        Checks.notNull(classes, "classes");
        Checks.notNull(counts, "counts");
        if (classes.size() != counts.length) {
            throw new IllegalArgumentException(step + ": " + classes.size() + " classes but " + counts.length
                    + " class counts");
        }
        double[] perClass = new double[counts.length];
        Arrays.fill(perClass, 1);
        switch (kind) {
            case NONE -> { }
            case BALANCED, BALANCED_SUBSAMPLE -> balanced(counts, perClass, step);
            case GIVEN -> weights.forEach((name, weight) -> {
                int k = classes.indexOf(name);
                if (k < 0) {
                    throw new IllegalArgumentException(step + ": classWeight names class '" + name
                            + "', but the classes are " + classes);
                }
                perClass[k] = weight;
            });
        }
        return perClass;
    }

    private static void balanced(long[] counts, double[] perClass, String step) {
        long total = 0;
        int present = 0;
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException(step + ": a class count must not be negative, found " + count);
            }
            total += count;
            present += count > 0 ? 1 : 0;
        }
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                perClass[k] = (double) total / ((double) present * counts[k]);
            }
        }
    }

    @Override
    public String toString() {
        return kind == Kind.GIVEN ? "given(" + weights + ")" : kind.name();
    }
}
