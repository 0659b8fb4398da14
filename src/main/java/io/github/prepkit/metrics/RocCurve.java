package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.NumpySum;
import java.util.Arrays;

/**
 * A receiver operating characteristic curve, as scikit-learn 1.2.1's {@code roc_curve} returns it: at
 * {@code thresholds[i]} the rows scoring at least it are predicted positive, with false positive rate {@code fpr[i]}
 * and true positive rate {@code tpr[i]}. The first point is (0, 0) at threshold {@code thresholds[1] + 1} (scikit-learn
 * 1.2.1's choice; 1.3 writes infinity there). Where {@code yTrue} has no negative row {@code fpr} is all NaN, where it
 * has no positive row {@code tpr} is, as scikit-learn (which warns). The accessors return copies.
 *
 * @param fpr        false positive rates, increasing from 0 to 1
 * @param tpr        true positive rates, increasing from 0 to 1
 * @param thresholds the scores they are taken at, decreasing
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {

    /**
     * Copies the arrays and checks that they have the same length, at least 2.
     *
     * @throws IllegalArgumentException if an array is null or the lengths differ
     */
    public RocCurve {
        fpr = Checks.notNull(fpr, "RocCurve: fpr").clone();
        tpr = Checks.length(tpr, fpr.length, "RocCurve: tpr").clone();
        thresholds = Checks.length(thresholds, fpr.length, "RocCurve: thresholds").clone();
        if (fpr.length < 2) {
            throw new IllegalArgumentException("RocCurve: a curve needs at least 2 points, found " + fpr.length);
        }
    }

    /**
     * The area under the curve by the trapezoidal rule, as scikit-learn's {@code auc(fpr, tpr)}; on the curve of
     * {@code rocCurve} with intermediate points dropped it is {@code roc_auc_score}.
     *
     * @return the area, from 0 to 1; NaN where a rate is NaN (a single class)
     */
    public double area() {
        double[] trapezoids = new double[fpr.length - 1];
        for (int k = 0; k < trapezoids.length; k++) {
            trapezoids[k] = (fpr[k + 1] - fpr[k]) * (tpr[k + 1] + tpr[k]) / 2.0;
        }
        return NumpySum.of(trapezoids);
    }

    /** Whether the rates are defined, that is {@code yTrue} held both a positive and a negative row. */
    public boolean defined() {
        return !Double.isNaN(fpr[0]) && !Double.isNaN(tpr[0]);
    }

    @Override
    public double[] fpr() {
        return fpr.clone();
    }

    @Override
    public double[] tpr() {
        return tpr.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Equal when the three arrays are equal element by element. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RocCurve that && Arrays.equals(fpr, that.fpr) && Arrays.equals(tpr, that.tpr)
                && Arrays.equals(thresholds, that.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(fpr) + Arrays.hashCode(tpr)) + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "RocCurve[fpr=" + Arrays.toString(fpr) + ", tpr=" + Arrays.toString(tpr) + ", thresholds="
                + Arrays.toString(thresholds) + "]";
    }
}
