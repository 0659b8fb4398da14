package io.github.prepkit.internal.data;

import io.github.prepkit.base.ClassWeight;
import java.util.List;

/**
 * Turns a {@link ClassWeight} and optional sample weights into one weight per row, as scikit-learn multiplies
 * {@code sample_weight} by {@code compute_sample_weight(class_weight, y)}, so that every classifier weighs rows the
 * same way.
 */
public final class ClassWeighting {

    private ClassWeighting() {
    }

    /**
     * Fails on a null class weight, or on {@link ClassWeight#BALANCED_SUBSAMPLE} for an estimator that draws no
     * bootstrap samples (only the random forests do).
     *
     * @param step names the estimator in the message
     * @throws IllegalArgumentException naming classWeight
     */
    public static void check(ClassWeight classWeight, boolean subsampleAllowed, String step) {
        if (classWeight == null) {
            throw new IllegalArgumentException(step + ": classWeight must be NONE, BALANCED or given weights, found"
                    + " null");
        }
        if (!subsampleAllowed && classWeight.kind() == ClassWeight.Kind.BALANCED_SUBSAMPLE) {
            throw new IllegalArgumentException(step + ": classWeight BALANCED_SUBSAMPLE is for random forests, which"
                    + " draw bootstrap samples; use BALANCED");
        }
    }

    /**
     * Each row's weight: its sample weight (1 if {@code sampleWeight} is null) times its class's weight; null if
     * both are absent (the unweighted fit).
     *
     * @param codes        each row's class index
     * @param names        the class names, in class order
     * @param sampleWeight each row's weight, or null; checked here
     * @param step         names the estimator in messages
     * @throws IllegalArgumentException if the sample weights are not one finite weight of at least 0 per row with a
     *                                  positive sum, classWeight names an unknown class, or the product sums to 0
     */
    public static double[] rows(ClassWeight classWeight, int[] codes, List<String> names, double[] sampleWeight,
            String step) {
        Checks.notNull(classWeight, "classWeight");
        Checks.notNull(codes, "codes");
        Checks.notNull(names, "names");
        double[] weights = sampleWeight == null ? null : SampleWeights.checked(sampleWeight, codes.length, step);
        if (classWeight.kind() == ClassWeight.Kind.NONE) {
            return weights;
        }
        double[] perClass = classWeight.perClass(names, counts(codes, names.size(), null), step);
        double[] rows = new double[codes.length];
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (weights == null ? 1 : weights[i]) * perClass[codes[i]];
            sum += rows[i];
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalArgumentException(step + ": the row weights (sampleWeight times classWeight " + classWeight
                    + ") must sum to a positive finite number, found a sum of " + sum);
        }
        return rows;
    }

    /**
     * How many rows of each class there are, each row counted {@code counts[row]} times (once if {@code counts} is
     * null).
     */
    public static long[] counts(int[] codes, int classCount, int[] counts) {
        Checks.notNull(codes, "codes");
        long[] perClass = new long[classCount];
        for (int i = 0; i < codes.length; i++) {
            perClass[codes[i]] += counts == null ? 1 : counts[i];
        }
        return perClass;
    }
}
